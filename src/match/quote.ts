/**
 * Quote or paraphrase? Two measures, both only for a sentence's best candidates and only against the
 * excerpts it shares a run of three words with:
 * - the longest run of words the sentence shares verbatim with an excerpt ("a huge threat to human
 *   rights"): a long shared run is a quotation even inside a longer sentence;
 * - fuse.js similarity: how much of the shorter text (sentence or excerpt) appears nearly letter for
 *   letter in the longer one, which tolerates typos and changed punctuation. The search costs far more
 *   than the rest of a match, so it only runs where a quotation is possible (FUZZY_MIN_TRIGRAM_SHARE).
 */
import Fuse from 'fuse.js/basic';

/** A quotation shares at least this many characters with the excerpt; shorter overlaps are phrases, not quotes. */
const MIN_QUOTE_CHARS = 30;
/** Bitap tolerance per 32-character chunk: allows typos, changed punctuation and a swapped word. */
const CHUNK_THRESHOLD = 0.3;
/** Words that do not make a shared run distinctive on their own ("of the", "in the UK"). */
export const LIGHT_WORDS: ReadonlySet<string> = new Set([
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

/**
 * fuse.js runs only when the shorter text shares at least this share of its runs of three words with
 * the longer: a quotation keeps most of them, typos and all. Over the development sentences against
 * every excerpt, and over excerpts with 2–12% of their characters changed, every pair that fuse.js
 * scored 0.75 or more shared at least two thirds, and no pair sharing under half scored above 0.17.
 */
export const FUZZY_MIN_TRIGRAM_SHARE = 1 / 3;

/** An excerpt as the quotation check needs it (see ClaimExcerpts). */
export interface QuoteExcerpt {
  text: string;
  normalized: string;
  /** The words of `normalized` (tokenize). */
  words: readonly string[];
  /** Keys of its runs of three words (ClaimIndex.trigramKeys). */
  trigrams: ReadonlySet<number>;
}

export interface QuoteResult {
  /** 1 when the shorter text appears verbatim in the longer, falling towards 0 as it differs. */
  similarity: number;
  /** Longest run of words shared verbatim with any of the excerpts, counting only words that carry meaning. */
  run: number;
  /** The excerpt it was compared with. */
  text: string;
}

/**
 * The best quotation measures of a sentence against excerpts. `sentenceWords` are the words of
 * `normalizedSentence` (tokenize) and `sentenceTrigrams` the keys of their runs of three words, made
 * like the excerpts' (ClaimIndex.trigramKeys). Excerpts sharing none are not compared at all, and
 * fuse.js only runs on those sharing `minTrigramShare` of them (tests pass 0 to compare with the full check).
 */
export function quoteSimilarity(
  normalizedSentence: string,
  sentenceWords: readonly string[],
  sentenceTrigrams: ReadonlySet<number>,
  excerpts: readonly QuoteExcerpt[],
  minTrigramShare = FUZZY_MIN_TRIGRAM_SHARE,
): QuoteResult {
  let best: QuoteResult = { similarity: 0, run: 0, text: '' };
  for (const ex of excerpts) {
    let shared = 0;
    for (const t of sentenceTrigrams) if (ex.trigrams.has(t)) shared++;
    if (shared === 0) continue;
    const possible = shared >= minTrigramShare * Math.min(sentenceTrigrams.size, ex.trigrams.size);
    const similarity = possible ? fuzzySimilarity(normalizedSentence, ex.normalized) : 0;
    const run = longestSharedRun(sentenceWords, ex.words);
    // `run` is the longest over all the excerpts compared, whichever is the most similar: it must not
    // depend on which of them fuse.js was run on.
    if (similarity > best.similarity || (similarity === best.similarity && run > best.run))
      best = { similarity, run: Math.max(run, best.run), text: ex.text };
    else if (run > best.run) best = { ...best, run };
  }
  return best;
}

/** Length, in meaningful words, of the longest run of consecutive words common to `a` and `b`. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  // Classic dynamic programme over suffix lengths, one row at a time (two rows, reused): row[j] is the
  // number of meaningful words in the run shared by a[..i] and b[..j]; light words extend a run but add nothing.
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1] as string;
    const meaningful = LIGHT_WORDS.has(word) ? 0 : 1;
    for (let j = 1; j <= b.length; j++) {
      if (word !== b[j - 1]) {
        row[j] = 0;
        continue;
      }
      const w = (prev[j - 1] as number) + meaningful;
      row[j] = w;
      if (w > best) best = w;
    }
    const done = prev;
    prev = row;
    row = done;
  }
  return best;
}

function fuzzySimilarity(a: string, b: string): number {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
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
  const hit = fuse.search(shorter)[0];
  return hit?.score === undefined ? 0 : 1 - hit.score;
}
