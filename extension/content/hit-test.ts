/**
 * Which highlighted sentence is under the pointer? The caret position at the point says which text
 * node and offset the pointer is over; a range containing it is a candidate; and the range's own
 * boxes must contain the point, because the caret APIs return the nearest text even over empty space.
 */

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** A little slack around line boxes, so the pointer between two lines of one sentence still counts. */
const SLACK_PX = 2;

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - SLACK_PX &&
      x <= rect.right + SLACK_PX &&
      y >= rect.top - SLACK_PX &&
      y <= rect.bottom + SLACK_PX
    ) {
      return true;
    }
  }
  return false;
}

/** Index of the range under the point, or -1. Only ranges that contain the caret are measured. */
export function rangeAtPoint(doc: Document, ranges: ReadonlyArray<Range | null>, x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (!r) continue;
    let inside: boolean;
    try {
      inside = r.isPointInRange(caret.node, caret.offset);
    } catch {
      inside = false; // the node is in another document or shadow tree
    }
    if (inside && rangeContainsPoint(r, x, y)) return i;
  }
  return -1;
}
