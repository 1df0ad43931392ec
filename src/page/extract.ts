/**
 * Visible text of a page plus an offset map back to its text nodes (the shape of Hypothesis's
 * `anchoring/text-range.ts`: extraction returns text and offsets; turning offsets into a Range is a
 * separate step, in `ranges.ts`). The content script and the Node CLI (through happy-dom) both call
 * this, so a golden test sees exactly the text a user's browser sees.
 *
 * Two invariants the rest of `src/page` relies on:
 * - a text node's characters are copied one-for-one (only \t \n \r \f become a space), so an offset
 *   inside a node maps to the same offset in `text`;
 * - separators are made of "\n" only, and no copied node contains "\n", so any "\n" in `text` is a
 *   separator and a node's extent can be recovered from `starts` alone.
 */
import { ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, ownerDocumentOf } from './dom-constants';
import { runSteps } from '../text/steps';
import { classifyElement } from './element-kinds';

export interface PageText {
  /**
   * Visible text of the page. Text nodes are copied with whitespace characters (\t\n\r\f) replaced
   * by a space one-for-one (length-preserving); BLOCK_SEPARATOR is inserted between block-level
   * elements and LINE_SEPARATOR at `<br>` and skipped boxes (form controls, iframes), so sentence
   * segmentation never runs across blocks. Never starts or ends with a separator.
   */
  text: string;
  /** Offset map: text nodes in document order and the offset in `text` where each node's data starts. */
  nodes: Text[];
  starts: number[];
  /** True when `maxChars` cut the page short: `text` is a prefix of the full page text. */
  truncated: boolean;
}

export interface ExtractOptions {
  /** Cap on `text.length`; the walk stops there (the last node may be cut mid-way). */
  maxChars?: number;
  /** Aborting makes extractText throw the signal's reason (checked every ABORT_CHECK_INTERVAL nodes). */
  signal?: AbortSignal;
}

/** Between blocks: two newlines, a paragraph break for the sentence segmenter and for humans reading the CLI. */
export const BLOCK_SEPARATOR = '\n\n';
/** At `<br>` and skipped boxes: one newline, still a hard sentence break (UAX #29 rule SB4). */
export const LINE_SEPARATOR = '\n';
/**
 * Default cap: 5 million characters is ~100 times a long news article and ~25 times the longest
 * Wikipedia article; past it a page is a log dump or an infinite scroll, and matching it all would
 * stall the tab.
 */
export const DEFAULT_MAX_CHARS = 5_000_000;
/** Nodes walked between two abort checks: cheap enough to be invisible, often enough to stop in ~1 ms. */
const ABORT_CHECK_INTERVAL = 256;

const HTML_WHITESPACE = /[\t\n\r\f]/g;
const BLANK = /^[ \t\n\r\f]*$/;

/** The per-character whitespace mapping applied to every copied text node (length-preserving). */
export function normalizeNodeText(data: string): string {
  return data.replace(HTML_WHITESPACE, ' ');
}

/** Accumulates text in an array (joined once at the end: no quadratic string building on 10 MB pages). */
class TextBuilder {
  readonly parts: string[] = [];
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  length = 0;
  /** Separator owed before the next text: 0 none, else its length (1 line, 2 block). */
  pending = 0;
  /**
   * Blank nodes seen since the last text. They are written only if more text follows on the same
   * line; indentation before a block boundary (`</a>\n    </li>`) is not text.
   */
  private held: Text[] = [];
  truncated = false;

  constructor(private readonly maxChars: number) {}

  /** Requests a separator; it is written lazily, so leading, trailing and repeated ones vanish. */
  separate(size: number): void {
    if (size > this.pending) this.pending = size;
    this.held.length = 0;
  }

  /** A line break; two in a row (`<br><br>`, the old way to write paragraphs) make a block break. */
  lineBreak(): void {
    this.separate(this.pending >= LINE_SEPARATOR.length ? BLOCK_SEPARATOR.length : LINE_SEPARATOR.length);
  }

  /** Takes a text node; false when the cap is reached and the walk should stop. */
  add(node: Text): boolean {
    const data = node.data;
    if (data.length === 0) return true;
    if (BLANK.test(data)) {
      // Blank at the start or right after a separator: indentation, dropped.
      if (this.pending === 0 && this.length > 0) this.held.push(node);
      return true;
    }
    if (this.pending > 0 && this.length > 0) {
      if (this.length + this.pending >= this.maxChars) return this.stop();
      this.parts.push(this.pending === BLOCK_SEPARATOR.length ? BLOCK_SEPARATOR : LINE_SEPARATOR);
      this.length += this.pending;
    }
    this.pending = 0;
    for (const blank of this.held) if (!this.copy(blank)) return false;
    this.held.length = 0;
    return this.copy(node);
  }

  /** Copies a node's text (cut at the cap) and records it in the offset map. */
  private copy(node: Text): boolean {
    const data = node.data;
    const room = this.maxChars - this.length;
    if (room <= 0) return this.stop();
    const copied = normalizeNodeText(data.length > room ? data.slice(0, room) : data);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(copied);
    this.length += copied.length;
    return data.length > room ? this.stop() : true;
  }

  private stop(): false {
    this.truncated = true;
    return false;
  }

  result(): PageText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, truncated: this.truncated };
  }
}

/**
 * Extracts the visible text under `root` (a Document, Element, DocumentFragment or Text node).
 * Iterative (no recursion, so 10,000-deep DOMs are fine), reads no layout, and never throws on odd
 * trees; it only throws when `options.signal` is aborted.
 */
export function extractText(root: Node, options: ExtractOptions = {}): PageText {
  return runSteps(extractSteps(root, options));
}

/**
 * extractText as a sequence of steps: it yields every ABORT_CHECK_INTERVAL nodes, so a caller on the
 * page's main thread can pause between them and a long page is read in several short tasks. Should
 * the page change meanwhile, the walk goes on from where it is; the caller's MutationObserver sees the
 * change and has the changed blocks read again.
 */
export function* extractSteps(root: Node, options: ExtractOptions = {}): Generator<void, PageText> {
  const builder = new TextBuilder(Math.max(0, options.maxChars ?? DEFAULT_MAX_CHARS));
  const signal = options.signal;
  signal?.throwIfAborted();

  if (root.nodeType === TEXT_NODE) {
    builder.add(root as Text);
    return builder.result();
  }
  if (root.nodeType === ELEMENT_NODE) {
    const kind = classifyElement(root as Element);
    if (kind === 'skip' || kind === 'break') return builder.result();
  }

  const walker = ownerDocumentOf(root).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  // One entry per element we descended into: whether leaving it ends a block.
  const blockStack: boolean[] = [];
  let visited = 0;
  let node: Node = root;

  walk: for (;;) {
    if (++visited % ABORT_CHECK_INTERVAL === 0) {
      signal?.throwIfAborted();
      yield;
    }
    let descend = false;
    let isBlock = false;
    if (node.nodeType === TEXT_NODE) {
      if (!builder.add(node as Text)) break;
    } else if (node.nodeType === ELEMENT_NODE) {
      const kind = node === root ? 'block' : classifyElement(node as Element);
      if (kind === 'block' || kind === 'inline') {
        descend = true;
        isBlock = kind === 'block';
        if (isBlock) builder.separate(BLOCK_SEPARATOR.length);
      } else if (kind === 'break') {
        builder.lineBreak();
      }
    } else {
      descend = true; // the root Document or DocumentFragment
    }

    if (descend && walker.firstChild()) {
      blockStack.push(isBlock);
      node = walker.currentNode;
      continue;
    }
    // Done with `node`: move to its next sibling, closing finished ancestors on the way up.
    for (;;) {
      if (walker.currentNode === root) break walk;
      if (walker.nextSibling()) {
        node = walker.currentNode;
        continue walk;
      }
      if (!walker.parentNode()) break walk;
      if (blockStack.pop()) builder.separate(BLOCK_SEPARATOR.length);
    }
  }
  return builder.result();
}
