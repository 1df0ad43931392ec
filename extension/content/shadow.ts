/**
 * Open shadow roots (web components) are separate trees: the text walker does not enter them and the
 * highlight stylesheet the manifest injects does not style them. ClaimLens finds them, reads them as
 * their own roots, and gives each a constructed stylesheet for its highlights, which adds no node.
 * Closed shadow roots are, by design, invisible to it.
 */
import highlightCss from './content.css?inline';

const ELEMENT = 1;

/** Every open shadow root under `root`, including ones nested inside other shadow roots. */
export function openShadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (tree: Node) => {
    const doc = tree.ownerDocument ?? (tree as Document);
    const walker = doc.createTreeWalker(tree, 0x1 /* SHOW_ELEMENT */);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      const shadow = n.nodeType === ELEMENT ? (n as Element).shadowRoot : null;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}

let sheet: CSSStyleSheet | null | undefined;

/** Adds the highlight styles to a shadow root, where the browser allows a content script to. */
export function adoptHighlightStyles(root: ShadowRoot): void {
  try {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss);
    }
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts cannot adopt stylesheets into a page's trees: the findings are still
    // counted and listed in the sidebar, only not painted.
    sheet ??= null;
  }
}
