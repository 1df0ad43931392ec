/**
 * The index the matcher searches: every way a claim is worded (its excerpts, its statement, the
 * variants an editor wrote), each reduced to weighted concepts, plus an inverted index from concept
 * to wordings so a sentence only ever meets the few claims it shares distinctive concepts with.
 *
 * compile.ts does the work once (at build time for the extension) and returns plain data, IndexData;
 * `loadClaimIndex` turns that data into lookup structures in a few milliseconds.
 */
import { normalizeText } from '../text/normalize';
import type { Figure } from '../text/numbers';
import { stemToken, tokenize } from '../text/tokens';
import { Vocabulary, type VocabularySnapshot } from './vocabulary';

export type PhrasingKind = 'excerpt' | 'statement' | 'variant';

export interface Phrasing {
  claim: number;
  kind: PhrasingKind;
  /** The wording itself, kept for excerpts only (quotation checks need it; the rest is in the database). */
  text?: string;
  concepts: number[];
  /** Whether the wording contains a negation. */
  negated: boolean;
  /** Sum of the weights of `concepts` in this wording. */
  total: number;
}

export interface Essentials {
  concepts: number[];
  weights: number[];
  total: number;
}

/** Everything the matcher needs, as JSON-safe data. */
export interface IndexData {
  format: 1;
  claimIds: string[];
  vocabulary: VocabularySnapshot;
  phrasings: Phrasing[];
  /** concept id → weight of the concept in general (0 for concepts in no claim): used for sentences. */
  weights: number[];
  /** [concept, wordings that mention it, its weight in each wording]. */
  postings: Array<[number, number[], number[]]>;
  /** claim index → the proportions it states, as [value, text]. */
  proportions: Array<Array<[number, string]>>;
  /** claim index → the years the claim, its wordings and its context speak of. */
  years: number[][];
  /** claim index → its essential concepts: what any restatement of the claim has to say. */
  essentials: Essentials[];
  topic: number[];
  subject: number[];
  /** [stem, the most evidence the word can give on its own] for the cheap gates. */
  gate: Array<[string, number]>;
  /** Capitalised words of the claims' context (people, places, publications). */
  contextNames: string[];
  /** Regular expression sources: facial recognition; the police or surveillance. */
  topicPatterns: [string, string];
}

/** The wordings that mention one concept, and the concept's weight in each. */
export interface Posting {
  phrasings: number[];
  weights: number[];
}

export interface ClaimIndex {
  claimIds: readonly string[];
  vocab: Vocabulary;
  phrasings: readonly Phrasing[];
  /** claim index → its excerpts, normalised, for quotation checks. */
  excerpts: Array<Array<{ text: string; normalized: string }>>;
  /** claim index → every run of three words in its excerpts: a quotation shares at least one. */
  excerptTrigrams: Array<Set<string>>;
  weights: Float64Array;
  postings: Map<number, Posting>;
  proportions: Figure[][];
  years: Array<Set<number>>;
  essentials: Essentials[];
  /** Concept ids that only say a sentence is on topic (see TOPIC_GROUPS). */
  topic: Set<number>;
  /** The most evidence a word stem gives on its own, beyond the topic; 0 if none. */
  stemWeight(stem: string): number;
  /** Whether a stem names facial recognition or the police. */
  isTopicStem(stem: string): boolean;
  /** Whether a capitalised word names something the claims or their context mention. */
  isKnownName(word: string): boolean;
  topicPatterns: [RegExp, RegExp];
  data: IndexData;
}

/** Years from 1990 to 2099 as written in text. */
export const YEAR_RE = /\b(?:199\d|20\d\d)\b/g;

/** Turns compiled index data into the lookup structures the matcher uses. */
export function loadClaimIndex(data: IndexData): ClaimIndex {
  if (data.format !== 1) throw new Error(`Unsupported claim index format ${String(data.format)}`);
  const vocab = Vocabulary.fromSnapshot(data.vocabulary);
  const gate = new Map(data.gate);
  const subject = new Set(data.subject);
  const contextNames = new Set(data.contextNames);
  const postings = new Map(data.postings.map(([c, phrasings, weights]) => [c, { phrasings, weights }]));
  const excerpts = data.claimIds.map((): Array<{ text: string; normalized: string }> => []);
  for (const p of data.phrasings)
    if (p.text !== undefined) excerpts[p.claim]?.push({ text: p.text, normalized: normalizeText(p.text) });
  const excerptTrigrams = excerpts.map((list) => new Set(list.flatMap((e) => trigrams(tokenize(e.normalized)))));
  return {
    claimIds: data.claimIds,
    vocab,
    phrasings: data.phrasings,
    excerpts,
    excerptTrigrams,
    weights: Float64Array.from(data.weights),
    postings,
    proportions: data.proportions.map((list) =>
      list.map(([value, text]) => ({ kind: 'proportion' as const, value, text })),
    ),
    years: data.years.map((ys) => new Set(ys)),
    essentials: data.essentials,
    topic: new Set(data.topic),
    stemWeight: (stem) => gate.get(stem) ?? 0,
    isTopicStem: (stem) => vocab.conceptsOfWord(stem).some((c) => subject.has(c)),
    isKnownName: (word) => contextNames.has(word) || vocab.knows(stemToken(word)),
    topicPatterns: [new RegExp(data.topicPatterns[0], 'gi'), new RegExp(data.topicPatterns[1], 'gi')],
    data,
  };
}

/** Runs of three consecutive words, joined by spaces. */
export function trigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}
