/**
 * How the matcher turns evidence into a score. Every constant is named and says why it has its value.
 */
import type { PhrasingKind } from './claim-index';

export interface Evidence {
  /** Share of the claim wording's concept weight that the sentence mentions (recall of the wording). */
  coverage: number;
  /** Share of the sentence's known concept weight that the wording explains (precision). */
  precision: number;
  /** Weight of the shared concepts that say more than the topic. */
  distinct: number;
  /** Whether the sentence states a figure the claim states ('agree'), none at all ('none'). */
  figures: 'agree' | 'none' | 'conflict';
  phrasingKind: PhrasingKind;
}

export const SCORE = {
  /**
   * Default floor for a highlight, on the calibrated score: a sentence is highlighted once it has a
   * one-in-four chance of stating the claim and its frame (frame.ts) rules nothing out. On the
   * development set this finds four in five paraphrases while flagging under a twentieth of the
   * same-topic sentences that state no claim, and every highlight on the development articles is right
   * (`npm run eval`).
   */
  floor: 0.25,
  /**
   * Weaker matches, down to this score, are not highlighted at the default sensitivity but listed as
   * "possibly related" (the Broad sensitivity highlights them too): on the development articles, three
   * of the five sentences listed this way state the claim they are listed with.
   */
  relatedFloor: 0.15,
  /**
   * Shared concepts beyond the topic must weigh at least this much: one rare concept (a name, a
   * figure, "moratorium") or two ordinary ones. Sharing only the topic is never a claim.
   */
  minDistinctWeight: 2.5,
  /**
   * A sentence must share at least this many concepts with a claim wording (or state one of its
   * figures): one word in common, however rare, is chance ("a safety prompt" is not "only a prompt").
   */
  minSharedConcepts: 2,
  /** A sentence must cover this share of a claim wording (or state one of its figures) to match it at all. */
  minCoverage: 0.4,
  /** fuse.js similarity from which a sentence counts as quoting an excerpt rather than paraphrasing it. */
  quoteSimilarity: 0.8,
  /** A sentence that does not mention facial recognition, on a page that does not either, keeps this share of its score. */
  offTopicFactor: 0.85,
  /** A sentence about police cameras or technology, without naming facial recognition, keeps this share. */
  nearTopicFactor: 0.9,
  /** How many of a sentence's best candidates are checked for quotation. */
  quoteCandidates: 3,
  /**
   * A concept found in more wordings than this says too little about which claim a sentence states to
   * nominate candidates: it only adds its weight to wordings that rarer concepts nominated. With a large
   * database ("police", "technology" in thousands of wordings) this keeps a sentence's candidates to the
   * few that share something distinctive with it. Above the seed database's total number of wordings
   * (under 400), so it changes nothing there.
   */
  nominatingPostings: 512,
  /** ...but a sentence's rarest concepts always nominate, however common: this many of them. */
  nominatingConcepts: 1,
  /** Meaningful words in a row shared verbatim with an excerpt from which a sentence quotes it. */
  quoteRun: 5,
  /** Raw score of a sentence that quotes a claim's excerpt: well above the floor. */
  quoteRunRaw: 0.75,
  /** A sentence that quotes an excerpt shares at least this share of its concept weight; checked before fuse.js runs. */
  quoteMinCoverage: 0.5,
  /** Each capitalised name that no claim or context note mentions keeps this share of the score... */
  unknownNameFactor: 0.85,
  /** ...for at most this many names. */
  maxNamePenalties: 2,
  /** A negation in the sentence but not in the claim wording, or the reverse, keeps this share. */
  negationMismatchFactor: 0.9,
  /**
   * Weight of a content word that no claim uses, in the sentence's total for precision: such words say
   * the sentence is also (or instead) about something else. Less than a claim word, which weighs 1-4.
   */
  unknownWordWeight: 0.3,
  /** A sentence that mentions none of a claim's essential concepts keeps this share of its score. */
  essentialFloor: 0.85,
  /** A sentence naming a year that the claim and its context never mention keeps this share. */
  otherYearFactor: 0.85,
  /** Recall of the claim wording matters more than precision: news sentences add context around a claim. */
  beta: 2,
  /** An agreeing figure weighs as much as a rare shared concept towards minDistinctWeight. */
  figureWeight: 3,
  /** A figure the claim states, found in the sentence, is strong evidence: it closes this share of the gap to 1. */
  figureBonus: 0.35,
  /**
   * Calibration: a logistic curve (Platt scaling) fitted on the development set, so that the score is
   * the share of sentences with that raw score that really state the claim. Refit with
   * `npm run eval -- --calibrate` after changing the scoring.
   */
  calibrationCentre: 0.519,
  calibrationSlope: 9.57,
} as const;

/**
 * The floor to match at when highlights start at `highlightFloor`: low enough to also find what is listed
 * as possibly related.
 */
export function listingFloor(highlightFloor: number): number {
  return Math.min(highlightFloor, SCORE.relatedFloor);
}

/** Raw score in [0, 1]: an F-measure of coverage and precision, raised by an agreeing figure. */
export function combine(e: Evidence): number {
  const b2 = SCORE.beta * SCORE.beta;
  const f =
    e.coverage + e.precision === 0 ? 0 : ((1 + b2) * e.precision * e.coverage) / (b2 * e.precision + e.coverage);
  return e.figures === 'agree' ? 1 - (1 - f) * (1 - SCORE.figureBonus) : f;
}

/** Maps the raw score to a calibrated one. */
export function calibrate(raw: number): number {
  return 1 / (1 + Math.exp(-SCORE.calibrationSlope * (raw - SCORE.calibrationCentre)));
}
