/** Test helpers for DOM tests (run under `// @vitest-environment happy-dom`). */
import { extractText, type PageText } from '../../src/page/extract';

/** Replaces the test document's body with `html` and returns the body. */
export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/**
 * The extracted text of `html` in a detached container (detached, so happy-dom does not try to
 * load iframes or images while we only read text).
 */
export function textOf(html: string): string {
  const container = document.createElement('div');
  container.innerHTML = html;
  return extractText(container).text;
}

/** Extracts `html` placed in the body, with the full PageText. */
export function pageOf(html: string): PageText {
  return extractText(setBody(html));
}

/** The whitespace mapping extraction applies to node text: \t \n \r \f become a space. */
export function mapWhitespace(s: string): string {
  return s.replace(/[\t\n\r\f]/g, ' ');
}

/**
 * `depth` nested elements under `parent`, built top-down one append at a time: happy-dom connects
 * and disconnects subtrees recursively, so attaching or removing a 10,000-deep tree in one call
 * overflows its stack (a test-environment limit, not one of the code under test).
 */
export function nest(parent: Node, depth: number, tag = 'div', leafText = 'deep'): HTMLElement {
  const root = parent.appendChild(document.createElement(tag));
  let cur: Node = root;
  for (let i = 1; i < depth; i++) cur = cur.appendChild(document.createElement(tag));
  cur.appendChild(document.createTextNode(leafText));
  return root;
}

/** Removes a deep tree bottom-up, for the same reason as `nest`. */
export function unnest(root: Node): void {
  let leaf: Node = root;
  while (leaf.lastChild) leaf = leaf.lastChild;
  while (leaf !== root) {
    const parent = leaf.parentNode!;
    parent.removeChild(leaf);
    leaf = parent;
  }
  root.parentNode?.removeChild(root);
}
