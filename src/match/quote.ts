/**
 * Quote or paraphrase? Two measures, both only for a sentence's best candidates:
 * - the longest run of words the sentence shares verbatim with an excerpt ("a huge threat to human
 *   rights"): a long shared run is a quotation even inside a longer sentence;
 * - fuse.js similarity: how much of the shorter text (sentence or excerpt) appears nearly letter for
 *   letter in the longer one, which tolerates typos and changed punctuation.
 */
import Fuse from 'fuse.js/basic';
import { tokenize } from '../text/tokens';

/** A quotation shares at least this many characters with the excerpt; shorter overlaps are phrases, not quotes. */
const MIN_QUOTE_CHARS = 30;
/** Bitap tolerance per 32-character chunk: allows typos, changed punctuation and a swapped word. */
const CHUNK_THRESHOLD = 0.3;
/** Words that do not make a shared run distinctive on their own ("of the", "in the UK"). */
const LIGHT_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'and',
  'or',
  'is',
  'was',
  'that',
  'it',
  'for',
  'by',
  'with',
  'as',
  'at',
  'be',
  'this',
  'uk',
]);

export interface QuoteResult {
  /** 1 when the shorter text appears verbatim in the longer, falling towards 0 as it differs. */
  similarity: number;
  /** Longest run of words shared verbatim with an excerpt, counting only words that carry meaning. */
  run: number;
  /** The excerpt it was compared with. */
  text: string;
}

export function quoteSimilarity(
  normalizedSentence: string,
  excerpts: ReadonlyArray<{ text: string; normalized: string }>,
): QuoteResult {
  let best: QuoteResult = { similarity: 0, run: 0, text: '' };
  const words = tokenize(normalizedSentence);
  for (const ex of excerpts) {
    const similarity = fuzzySimilarity(normalizedSentence, ex.normalized);
    const run = longestSharedRun(words, tokenize(ex.normalized));
    if (similarity > best.similarity || (similarity === best.similarity && run > best.run))
      best = { similarity, run, text: ex.text };
    else if (run > best.run) best = { ...best, run };
  }
  return best;
}

/** Length, in meaningful words, of the longest run of consecutive words common to `a` and `b`. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  // Classic dynamic programme over suffix lengths, one row at a time; both inputs are sentences.
  let prev = new Int32Array(b.length + 1);
  let prevWeight = new Int32Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const row = new Int32Array(b.length + 1);
    const rowWeight = new Int32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = (prev[j - 1] ?? 0) + 1;
      rowWeight[j] = (prevWeight[j - 1] ?? 0) + (LIGHT_WORDS.has(a[i - 1] ?? '') ? 0 : 1);
      if ((rowWeight[j] ?? 0) > best) best = rowWeight[j] ?? 0;
    }
    prev = row;
    prevWeight = rowWeight;
  }
  return best;
}

function fuzzySimilarity(a: string, b: string): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < MIN_QUOTE_CHARS) return 0;
  // Exact fast path before the fuzzy one.
  if (longer.includes(shorter)) return 1;
  const fuse = new Fuse([longer], {
    includeScore: true,
    ignoreLocation: true,
    threshold: CHUNK_THRESHOLD,
    isCaseSensitive: true,
    shouldSort: false,
  });
  const [hit] = fuse.search(shorter);
  return hit?.score === undefined ? 0 : 1 - hit.score;
}
