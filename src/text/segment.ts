/**
 * Sentence segmentation with offsets into the original text: boundaries by UAX #29 (sentence-breaks.ts),
 * then a few English abbreviations that those rules break after. Blocks (separated by a blank line, as
 * src/page writes them) are segmented separately so a sentence never spans two paragraphs.
 */
import { sentenceEnds } from './sentence-breaks';

export interface Sentence {
  /** Offset of the first non-space character in the segmented text. */
  start: number;
  /** Offset one past the last non-space character. */
  end: number;
  text: string;
}

/** Sentences longer than this are cut at the next clause boundary: real sentences rarely exceed it,
 *  and unpunctuated walls of text (lists, tables, code) would otherwise become one huge "sentence". */
export const MAX_SENTENCE_CHARS = 600;

const BLOCK_BREAK = /\n[ \t]*\n/g;

/** UAX #29's sentence rules break after every "Mr." and "Dr."; these abbreviations never end a sentence. */
const TITLE_END =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sgt|Insp|Supt|Det|Gen|Col|Lt|Capt|Cllr|Rev|Hon|Sen|Rep|Gov|St)\.\s*$/;
/** These end a sentence only when the next one does not start with a number ("Jan. 24", "No. 10"). */
const NUMBERED_END = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|para|paras|art|s)\.\s*$/i;
const STARTS_WITH_DIGIT = /^\s*\d/;
const SPACE = /\s/;

/** Calls `visit` for each block (maximal run of text without a blank line) with its offsets. */
export function forEachBlock(text: string, visit: (start: number, end: number) => void): void {
  let from = 0;
  BLOCK_BREAK.lastIndex = 0;
  for (let m = BLOCK_BREAK.exec(text); m; m = BLOCK_BREAK.exec(text)) {
    if (m.index > from) visit(from, m.index);
    from = m.index + m[0].length;
  }
  if (from < text.length) visit(from, text.length);
}

/** Appends the sentences of `text.slice(start, end)` to `out`, with offsets into `text`. */
export function segmentRange(text: string, start: number, end: number, out: Sentence[]): void {
  const block = text.slice(start, end);
  let pendingStart = -1;
  let segStart = 0;
  const ends = sentenceEnds(block);
  for (const segEnd of ends) {
    const segment = block.slice(segStart, segEnd);
    if (pendingStart < 0) pendingStart = segStart;
    segStart = segEnd;
    const next = block.slice(segEnd, segEnd + 8);
    if (
      segEnd < block.length &&
      (TITLE_END.test(segment) || (NUMBERED_END.test(segment) && STARTS_WITH_DIGIT.test(next)))
    ) {
      continue; // keep accumulating: the abbreviation does not end the sentence
    }
    let s = pendingStart;
    let e = segEnd;
    pendingStart = -1;
    while (s < e && SPACE.test(block[s] ?? '')) s++;
    while (e > s && SPACE.test(block[e - 1] ?? '')) e--;
    if (e === s) continue;
    pushCapped(block, s, e, start, out);
  }
}

function pushCapped(block: string, s: number, e: number, base: number, out: Sentence[]): void {
  while (e - s > MAX_SENTENCE_CHARS) {
    // Cut at the last clause boundary (; : or a line break) before the cap, else at the last space.
    const window = block.slice(s, s + MAX_SENTENCE_CHARS);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(': '), window.lastIndexOf('\n'));
    if (cut < MAX_SENTENCE_CHARS / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE_CHARS - 1;
    const segEnd = s + cut + 1;
    let trimmed = segEnd;
    while (trimmed > s && SPACE.test(block[trimmed - 1] ?? '')) trimmed--;
    out.push({ start: base + s, end: base + trimmed, text: block.slice(s, trimmed) });
    s = segEnd;
    while (s < e && SPACE.test(block[s] ?? '')) s++;
  }
  if (e > s) out.push({ start: base + s, end: base + e, text: block.slice(s, e) });
}

/** All sentences of `text`, in order, never crossing a blank line. */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  forEachBlock(text, (start, end) => segmentRange(text, start, end, out));
  return out;
}
