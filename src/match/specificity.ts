/**
 * How specific a word is, from how often it is used in general English: everyday words in a claim
 * ("today", "week") weigh less than specific ones ("moratorium", "Essex"). The counts are SUBTLEX-US's
 * (a corpus of about 51 million words), summed by stem; the command line reads them from their package
 * (src/cli/word-frequency.ts), and the extension ships the counts of the stems frequent enough to matter.
 */

/** SUBTLEX-US counts words in a corpus of about 51 million words. */
export const CORPUS_MILLIONS = 51;
/** Words rarer than this (per million) are fully specific; the median English word is far rarer. */
export const RARE_PER_MILLION = 5;
/** Each tenfold increase in frequency above that takes away this much specificity... */
const LOSS_PER_DECADE = 0.5;
/** ...down to this floor: even "people" can matter when a claim is about people. */
const MIN_SPECIFICITY = 0.2;
/** Small numbers and years say as little as an everyday word. */
const COMMON_NUMBER_SPECIFICITY = 0.4;

/** The specificity in [MIN_SPECIFICITY, 1] of a stem, given each stem's count in the corpus. */
export function specificityFrom(counts: ReadonlyMap<string, number>): (stem: string) => number {
  return (stem) => {
    // Numbers below 100 and years are everywhere; larger ones ("2,500", "100,000") are specific.
    if (/^\d/.test(stem)) return Number(stem) >= 100 && !/^(19|20)\d\d$/.test(stem) ? 1 : COMMON_NUMBER_SPECIFICITY;
    // One- and two-letter tokens ("v", "id", "uk") are abbreviations and initials: never specific.
    if (stem.length <= 2) return COMMON_NUMBER_SPECIFICITY;
    const fpm = (counts.get(stem) ?? 0) / CORPUS_MILLIONS;
    if (fpm <= RARE_PER_MILLION) return 1;
    return Math.max(MIN_SPECIFICITY, 1 - LOSS_PER_DECADE * Math.log10(fpm / RARE_PER_MILLION));
  };
}
