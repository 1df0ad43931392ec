/**
 * Offsets in PageText.text -> DOM Ranges. Separate from extraction (as in Hypothesis's
 * text-range.ts) because it runs later, after matching, against a DOM that may have changed since:
 * every function here returns null rather than throwing when the map no longer fits the page.
 */
import { ownerDocumentOf } from './dom-constants';
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
