/**
 * DOM numeric constants, spelled out because the Node CLI runs this code against happy-dom documents
 * without installing its globals: `Node.TEXT_NODE` and `NodeFilter.SHOW_TEXT` do not exist there, and
 * `instanceof Text` would compare against the wrong realm. These numbers are fixed by the DOM standard.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

/** The document that owns `node` (a Document owns itself). */
export function ownerDocumentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}
