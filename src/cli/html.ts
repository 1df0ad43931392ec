/**
 * HTML -> Document for the CLI and tests, through happy-dom, so the Node side runs the very same
 * `src/page` code as the content script. The page is treated as inert data: no scripts, no
 * stylesheets, images or iframes, no navigation, and a fetch interceptor that refuses any request
 * that would get through anyway — scanning a saved page must never touch the network.
 *
 * Before parsing, the HTML string is cleaned of things happy-dom 21 gets wrong, none of which is
 * page text, so the extracted text still equals a browser's (checked against Chromium on the 130 real
 * pages of the benchmark set): comments, `<style>`, `<script>` (except JSON-LD, which
 * readPageDate reads) and preload links.
 */
import { Window } from 'happy-dom';

/** A parsed page. Call close() when done: it stops the window's timers and frees it. */
export interface ParsedHtml {
  document: Document;
  close(): Promise<void>;
}

/** The base URL when none is given; about:blank yields no URL date and resolves no relative link. */
const NO_URL = 'about:blank';
/** Status of every refused request (the interceptor's answer), chosen so logs say what happened. */
const BLOCKED_STATUS = 403;
const BLOCKED_STATUS_TEXT = 'ClaimLens CLI: network disabled';

type Settings = NonNullable<ConstructorParameters<typeof Window>[0]>['settings'];

const INERT_SETTINGS: Settings = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  enableCSSFileLoading: false,
  enableImageFileLoading: false,
  enableIframePageLoading: false,
  // Disabled loads then fire `load`, not `error`, so nothing reports them.
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
  fetch: {
    interceptor: {
      beforeAsyncRequest: async ({ window }) =>
        new window.Response(null, { status: BLOCKED_STATUS, statusText: BLOCKED_STATUS_TEXT }),
      beforeSyncRequest: ({ request, window }) => ({
        status: BLOCKED_STATUS,
        statusText: BLOCKED_STATUS_TEXT,
        ok: false,
        url: request.url,
        redirected: false,
        headers: new window.Headers(),
        body: null,
      }),
    },
  },
};

/** Comments (as the tokenizer ends them: `-->`, `--!>`, or the abrupt `<!-->`) and style/script start tags. */
const RAW_TEXT_START = /<!--(?:-?>|[\s\S]*?--!?>)|<(style|script)(?=[\s/>])[^>]*>/gi;
/** What a removed element leaves behind: a comment is skipped by extraction and valid anywhere. */
const PLACEHOLDER = '<!---->';
const JSON_LD_TYPE = /\stype\s*=\s*["']?\s*application\/ld\+json/i;
const SCRIPT_END = /<\/script[\s/>]/gi;
const SCRIPT_START = /<script[\s/>]/i;

/**
 * Replaces comments, `<style>` elements and `<script>` elements other than JSON-LD with an empty
 * comment. None of them is page text (extraction skips them), and happy-dom 21 mis-parses each:
 * - inside `<svg>` it never closes style/script, dropping everything after the first one
 *   (https://github.com/capricorn86/happy-dom/issues/2231; the cnet page came out empty);
 * - directly inside `<tr>`/`<table>` it moves style/script out and leaves their CSS/JS as table
 *   text (the yahoo-3 page leaked its search-box CSS);
 * - a comment holding a tag-like `</b--` or `<b--` never ends (the cnn page lost its header:
 *   `<!--script src="..."></script-->`).
 * Raw text runs to the first matching end tag, as in the HTML tokenizer. Not handled: "<script"
 * or "<!--" inside an attribute value (rare; the page would lose text up to the next end tag).
 */
export function stripNonText(html: string): string {
  const parts: string[] = [];
  let copiedUpTo = 0;
  RAW_TEXT_START.lastIndex = 0;
  for (let m = RAW_TEXT_START.exec(html); m; m = RAW_TEXT_START.exec(html)) {
    const [tag, rawName] = m;
    if (rawName === undefined) {
      parts.push(html.slice(copiedUpTo, m.index), PLACEHOLDER);
      copiedUpTo = RAW_TEXT_START.lastIndex;
      continue;
    }
    const endTag = new RegExp(`</${rawName}[\\s/>]`, 'gi');
    endTag.lastIndex =
      rawName.toLowerCase() === 'script' ? scriptSearchStart(html, RAW_TEXT_START.lastIndex) : RAW_TEXT_START.lastIndex;
    const end = endTag.exec(html);
    const closeEnd = end ? html.indexOf('>', end.index) : -1;
    const after = closeEnd < 0 ? html.length : closeEnd + 1;
    if (!(rawName.toLowerCase() === 'script' && JSON_LD_TYPE.test(tag))) {
      // An empty comment in its place keeps the text nodes on either side apart, as the element did.
      parts.push(html.slice(copiedUpTo, m.index), PLACEHOLDER);
      copiedUpTo = after;
    }
    RAW_TEXT_START.lastIndex = after;
  }
  parts.push(html.slice(copiedUpTo));
  return parts.join('');
}

/**
 * Where to look for a script's end tag. Old pages hide markup inside a script, in an HTML comment
 * holding a string such as `"<script>...</script>"`; the HTML tokenizer ("script data double
 * escaped state") does not end the script at the inner `</script>`, so neither do we.
 */
function scriptSearchStart(html: string, contentStart: number): number {
  SCRIPT_END.lastIndex = contentStart;
  const firstEnd = SCRIPT_END.exec(html);
  if (!firstEnd) return contentStart;
  const content = html.slice(contentStart, firstEnd.index);
  const commentOpen = content.indexOf('<!--');
  if (commentOpen < 0 || !SCRIPT_START.test(content.slice(commentOpen))) return contentStart;
  const commentClose = html.indexOf('-->', firstEnd.index);
  return commentClose < 0 ? contentStart : commentClose + 3;
}

/** `<link>` start tags (a void element: no content to skip). */
const LINK_TAG = /<link\b[^>]*>/gi;
const PRELOAD_REL = /\srel\s*=\s*["']?[^"'>]*preload/i;

/**
 * Renames the `rel` of `<link rel="preload">` and `rel="modulepreload"` so happy-dom ignores them.
 * happy-dom 21 fetches `rel=preload as=fetch` whatever the settings say (the fetch interceptor
 * still refuses it), and it resolves the href outside any try/catch inside an async method: a
 * relative href on a page without a URL, or a malformed one, becomes an unhandled promise
 * rejection that kills the Node process.
 */
export function defuseLinkPreloads(html: string): string {
  if (!/preload/i.test(html)) return html;
  return html.replace(LINK_TAG, (tag) =>
    PRELOAD_REL.test(tag) ? tag.replace(/(\s)rel(\s*=)/i, '$1data-inert-rel$2') : tag,
  );
}

/** `url` if happy-dom can use it as the document URL (absolute), else about:blank. */
function documentUrl(url: string | undefined): string {
  if (url === undefined) return NO_URL;
  try {
    return new URL(url).href;
  } catch {
    return NO_URL;
  }
}

/**
 * Parses `html` as a page served from `url` (used for `document.URL`, relative links and the
 * URL-path date). The document is happy-dom's, cast to the DOM's `Document` type: `src/page` is
 * written against the standard DOM and happy-dom implements the parts it uses.
 */
export function parseHtml(html: string, url?: string): ParsedHtml {
  // happy-dom's default VirtualConsole keeps page console output (and parse warnings) off stdout.
  const window = new Window({ url: documentUrl(url), settings: INERT_SETTINGS });
  const prepared = defuseLinkPreloads(stripNonText(html));
  // DOMParser's parser never evaluates scripts, unlike markup written into a live document.
  const parsed = new window.DOMParser().parseFromString(prepared, 'text/html');
  return {
    document: parsed as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
