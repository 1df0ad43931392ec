/**
 * Offsets in PageText.text <-> DOM positions. Separate from extraction (as in Hypothesis's
 * text-range.ts) because it runs later, after matching, against a DOM that may have changed since:
 * every function here returns null rather than throwing when the map no longer fits the page.
 */
import {
  DOCUMENT_POSITION_CONTAINED_BY,
  DOCUMENT_POSITION_DISCONNECTED,
  DOCUMENT_POSITION_FOLLOWING,
  TEXT_NODE,
  ownerDocumentOf,
} from './dom-constants';
import type { PageText } from './extract';

/** Index of the last node whose start is <= offset (or < offset when `strict`); -1 if none. */
function lastNodeAtOrBefore(starts: readonly number[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = starts[mid]!;
    if (strict ? s < offset : s <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Where node `i`'s text ends in `page.text`. Copied nodes never contain "\n" and separators are
 * only "\n", so the node runs up to the newlines before the next node's start.
 */
function nodeEnd(page: PageText, i: number): number {
  const next = page.starts[i + 1];
  if (next === undefined) return page.text.length;
  let end = next;
  while (end > page.starts[i]! && page.text.charCodeAt(end - 1) === 10 /* \n */) end--;
  return end;
}

interface Point {
  index: number;
  offset: number;
}

/** A start offset: inside a node, or snapped forward to the start of the next node. */
function resolveStart(page: PageText, start: number): Point | null {
  const i = lastNodeAtOrBefore(page.starts, start, false);
  if (i < 0) return null;
  const end = nodeEnd(page, i);
  if (start < end) return { index: i, offset: start - page.starts[i]! };
  if (i + 1 < page.nodes.length) return { index: i + 1, offset: 0 };
  return start === end ? { index: i, offset: end - page.starts[i]! } : null;
}

/** An end offset: inside a node, or snapped back to the end of the previous node. */
function resolveEnd(page: PageText, end: number): Point | null {
  const i = lastNodeAtOrBefore(page.starts, end, true);
  if (i < 0) return null;
  return { index: i, offset: Math.min(end, nodeEnd(page, i)) - page.starts[i]! };
}

/** Node `i` if it is still in the document with at least `offset` characters; else null. */
function liveNode(page: PageText, point: Point): Text | null {
  const node = page.nodes[point.index];
  if (!node || !node.isConnected || node.length < point.offset) return null;
  return node;
}

/**
 * A DOM Range over `page.text.slice(start, end)`. Its toString() equals that slice up to the
 * whitespace mapping and separators (an end that falls in a separator snaps back to the previous
 * node's end, a start snaps forward to the next node's start), except that a Range cannot leave
 * out skipped content lying between its ends. Within one line of `text` (a sentence never spans
 * lines) that can only be invisible content — a `<style>`, `<script>`, `hidden` or inline
 * `display:none` element — because every visible skipped box (button, textarea, iframe...) ends
 * the line. So a highlight never paints text that was not matched; only toString() can differ.
 *
 * Null when the offsets are out of range, cover only a separator, or the nodes have left the
 * document (the page re-rendered since extraction). `start === end` gives a collapsed range.
 */
export function rangeFromOffsets(page: PageText, start: number, end: number): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end < start || end > page.text.length) return null;
  const from = resolveStart(page, start);
  const to = start === end ? from : resolveEnd(page, end);
  if (!from || !to) return null;
  if (from.index > to.index || (from.index === to.index && from.offset > to.offset)) return null;
  const startNode = liveNode(page, from);
  const endNode = liveNode(page, to);
  if (!startNode || !endNode) return null;
  try {
    const range = ownerDocumentOf(startNode).createRange();
    range.setStart(startNode, from.offset);
    range.setEnd(endNode, to.offset);
    return range;
  } catch {
    // The nodes moved into different documents or trees since extraction.
    return null;
  }
}

/** Per-PageText index of node -> position, built on the first hover (Array#indexOf is O(n)). */
const nodeIndexCache = new WeakMap<PageText, Map<Node, number>>();

function indexOfNode(page: PageText, node: Node): number {
  let index = nodeIndexCache.get(page);
  if (!index) {
    index = new Map(page.nodes.map((n, i) => [n, i]));
    nodeIndexCache.set(page, index);
  }
  return index.get(node) ?? -1;
}

/**
 * First mapped node at or after a DOM boundary point, by binary search in document order.
 * `ref` is the node right after the point, or null when the point is after all of `container`.
 */
function firstNodeAfter(page: PageText, container: Node, ref: Node | null): number | null {
  const isAfter = (n: Text): boolean => {
    if (ref) return n === ref || (ref.compareDocumentPosition(n) & DOCUMENT_POSITION_FOLLOWING) !== 0;
    const pos = container.compareDocumentPosition(n);
    return (pos & DOCUMENT_POSITION_FOLLOWING) !== 0 && (pos & DOCUMENT_POSITION_CONTAINED_BY) === 0;
  };
  const first = page.nodes[0];
  if (!first || container.compareDocumentPosition(first) & DOCUMENT_POSITION_DISCONNECTED) return null;
  let lo = 0;
  let hi = page.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(page.nodes[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Maps a DOM caret position (from caretPositionFromPoint / caretRangeFromPoint, or a Range
 * boundary) to an offset in `page.text`, for hover hit-testing. A position outside the mapped
 * text (in a skipped element, a dropped blank node, between blocks) maps to the start of the next
 * mapped node, or to the end of the text. Null when the node is not in the extracted tree or the
 * offset is not a valid position in it.
 */
export function offsetsFromPoint(page: PageText, node: Node, offset: number): number | null {
  if (!Number.isInteger(offset) || offset < 0) return null;
  const i = indexOfNode(page, node);
  if (i >= 0) {
    if (offset > (node as Text).length) return null;
    return Math.min(page.starts[i]! + offset, nodeEnd(page, i));
  }
  let after: number | null;
  if (node.nodeType === TEXT_NODE) {
    if (offset > (node as Text).length) return null;
    after = firstNodeAfter(page, node, null);
  } else {
    if (offset > node.childNodes.length) return null;
    after = firstNodeAfter(page, node, node.childNodes[offset] ?? null);
  }
  if (after === null) return null;
  return after < page.starts.length ? page.starts[after]! : page.text.length;
}
