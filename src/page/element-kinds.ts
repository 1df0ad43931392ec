/**
 * How the text extractor treats each element, decided from markup alone: no getComputedStyle and no
 * layout reads, because extraction runs on every page the user opens and must cost no reflow.
 *
 * What markup cannot tell us: text hidden by a stylesheet (`.x { display: none }`), text that a
 * stylesheet turns into a block (`span { display: block }`), and text moved off screen. Such text is
 * extracted anyway. A claim in hidden text gets an invisible highlight, which is harmless; two CSS
 * blocks without whitespace between them may run together into one "sentence", which can only cost
 * a missed match, never a wrong highlight.
 */

/** The four ways an element can take part in the extracted text. */
export type ElementKind =
  /** Not rendered, or not page prose: its subtree contributes nothing and separates nothing. */
  | 'skip'
  /** Contributes no text but ends the line ("\n"): br, form controls, embedded content, editing areas. */
  | 'break'
  /** A block: its text is separated from its neighbours by the block separator. */
  | 'block'
  /** Its text flows with its neighbours (a, em, span and unknown elements). */
  | 'inline';

/**
 * Never rendered (head, script, style, template...) or only rendered as a fallback (noscript, rp).
 * Matched by localName, so SVG `<style>`, `<script>` and `<title>` (a tooltip) are covered too.
 */
// prettier-ignore
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'datalist',
  'noembed', 'noframes', 'param', 'source', 'track', 'rp',
  // SVG and MathML parts that are never drawn as text.
  'desc', 'metadata', 'defs', 'symbol', 'annotation', 'annotation-xml',
]);

/**
 * Rendered as a box, but what is inside is not prose of the page: a user's own input (textarea,
 * input), UI labels ("Share", "Load more" buttons), another document (iframe, object, embed), or
 * fallback content shown only when the real thing fails (canvas, video, audio). Skipped, and they
 * end the line so the words on either side are not glued together.
 */
// prettier-ignore
const SKIPPED_BOXES = new Set([
  'textarea', 'input', 'select', 'option', 'optgroup', 'button', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'canvas', 'video', 'audio', 'meter', 'progress',
]);

/**
 * Elements the user-agent stylesheet renders as blocks (or table parts, list items) — the places
 * where a sentence cannot continue. SVG `<svg>` and `<text>` are here because each SVG text label is
 * positioned on its own: neighbouring chart labels are not one sentence.
 */
// prettier-ignore
const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu',
  'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'svg', 'text',
]);

/** `display: none` written in the element's own style attribute (the one CSS we can read for free). */
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;

/** Values of `contenteditable` that make an element an editing host (anything but "false"/"inherit"). */
function isEditingHost(value: string | null): boolean {
  if (value === null) return false;
  const v = value.trim().toLowerCase();
  return v !== 'false' && v !== 'inherit';
}

/** Hidden by markup: the `hidden` attribute or an inline `display:none`. */
function isHiddenByMarkup(el: Element): boolean {
  const hidden = el.getAttribute('hidden');
  // `hidden="until-found"` content is revealed by find-in-page and fragment links, so it is page text.
  if (hidden !== null && hidden.trim().toLowerCase() !== 'until-found') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_DISPLAY_NONE.test(style);
}

/**
 * Classifies one element. `aria-hidden="true"` is deliberately NOT skipped: it hides content from
 * screen readers, not from eyes, and sites set it on their whole page wrapper while a cookie or
 * newsletter dialog is open — skipping it would drop the entire article.
 */
export function classifyElement(el: Element): ElementKind {
  // The HTML parser never splits `<a0:li>` into prefix and local name: browsers see an unknown
  // inline element "a0:li". happy-dom splits it into prefix "a0" and local name "li", so use the
  // qualified name whenever there is a prefix, to classify it the way the browser does.
  const name = el.prefix ? el.tagName.toLowerCase() : el.localName;
  if (SKIPPED.has(name)) return 'skip';
  if (SKIPPED_BOXES.has(name)) return 'break';
  // A closed <dialog> is display:none in the user-agent stylesheet.
  if (name === 'dialog' && !el.hasAttribute('open')) return 'skip';
  // Fast path: most elements on a page carry no attributes we care about.
  if (el.hasAttributes()) {
    if (isHiddenByMarkup(el)) return 'skip';
    // Text the user is typing (comment boxes, rich editors) is the user's, not a claim of the page.
    if (isEditingHost(el.getAttribute('contenteditable'))) return 'break';
  }
  if (name === 'br') return 'break';
  return BLOCKS.has(name) ? 'block' : 'inline';
}
