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
import { runSteps } from '../text/steps';
import { stemToken, tokenize } from '../text/tokens';
import { EntityFinder, type EntityData } from './entities';
import type { FrameData } from './frame';
import {
  readFrame,
  readGate,
  readPhrasing,
  type Phrasing,
  type StoredFrame,
  type StoredGate,
  type StoredPhrasing,
} from './index-format';
import type { QuoteExcerpt } from './quote';
import { Vocabulary, type VocabularySnapshot } from './vocabulary';

export type { Phrasing, PhrasingKind } from './index-format';

/** A wording as the matcher uses it, with the weight of its concepts added up. */
export interface IndexedPhrasing extends Phrasing {
  /** The weight of each of `concepts` in this wording (same order). */
  weights: number[];
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
  format: 4;
  claimIds: string[];
  vocabulary: VocabularySnapshot;
  /** The claims' wordings (index-format.ts). */
  phrasings: StoredPhrasing[];
  /** concept id → weight of the concept in general (0 for concepts in no claim): used for sentences. */
  weights: number[];
  /** claim index → the proportions it states, as [value, text]. */
  proportions: Array<Array<[number, string]>>;
  /** claim index → the years the claim, its wordings and its context speak of. */
  years: number[][];
  topic: number[];
  /** Word stems that name the subject (facial recognition or the police), alone or as a phrase's key word. */
  subjectStems: string[];
  /** The most evidence each word stem can give on its own, for the cheap gates (index-format.ts). */
  gate: StoredGate;
  /** Capitalised words of the claims' context (people, places, publications). */
  contextNames: string[];
  /** Regular expression sources: facial recognition; the police or surveillance. */
  topicPatterns: [string, string];
  /** The actors claims are about and those told apart from them (seeds/entities.yaml). */
  entities: EntityData[];
  /** claim index → its frame (frame.ts, stored as in index-format.ts), or null for a claim without one. */
  frames: Array<StoredFrame | null>;
  /** The claims that themselves dispute something ("critics dispute that..."): restating them is not disputing. */
  disputing: number[];
}

/** The wordings that mention one concept, and the concept's weight in each. */
export interface Posting {
  phrasings: number[];
  weights: number[];
}

export interface ClaimExcerpts {
  /** Each excerpt, normalised, with its words and its runs of three words. */
  list: QuoteExcerpt[];
}

/** What the page scan's gates know of an index's words (scan-text.ts). */
export interface WordGate {
  /** The most evidence a word stem gives on its own, beyond the topic; 0 if none. */
  stemWeight(stem: string): number;
  /** Whether a stem names facial recognition or the police. */
  isTopicStem(stem: string): boolean;
}

export interface ClaimIndex extends WordGate {
  claimIds: readonly string[];
  vocab: Vocabulary;
  phrasings: readonly IndexedPhrasing[];
  /**
   * A claim's excerpts, normalised, for quotation checks, and every run of three words in them (a
   * quotation shares at least one). Worked out on first use: only a sentence's best candidates need them.
   */
  excerptsOf(claim: number): ClaimExcerpts;
  /**
   * Keys of the runs of three words in `words`: two runs have the same key exactly when they are the same
   * three words (see TrigramKeys). Sentences and excerpts are compared through these.
   */
  trigramKeys(words: readonly string[]): Set<number>;
  weights: Float64Array;
  postings: Map<number, Posting>;
  proportions: Figure[][];
  years: Array<Set<number>>;
  /** claim index → its essential concepts: what any restatement of the claim has to say. */
  essentials: Essentials[];
  /** Concept ids that only say a sentence is on topic (see TOPIC_GROUPS). */
  topic: Set<number>;
  /** Whether a capitalised word names something the claims or their context mention. */
  isKnownName(word: string): boolean;
  topicPatterns: [RegExp, RegExp];
  /** Finds the entities a text names. */
  entities: EntityFinder;
  frames: ReadonlyArray<FrameData | null>;
  /** Whether a claim itself disputes something (relation.ts). */
  isDisputing(claim: number): boolean;
}

/** Years from 1990 to 2099 as written in text. */
export const YEAR_RE = /\b(?:199\d|20\d\d)\b/g;

/** The gates' view of an index, read from its data alone: a few thousand map entries. */
export function readWordGate(data: Pick<IndexData, 'gate' | 'subjectStems'>): WordGate {
  const gate = readGate(data.gate);
  const subjectStems = new Set(data.subjectStems);
  return {
    stemWeight: (stem) => gate.get(stem) ?? 0,
    isTopicStem: (stem) => subjectStems.has(stem),
  };
}

/**
 * An index whose gates are known at once and whose lookup structures are derived only when a sentence
 * first needs them (a claim pack's, on a page: most pages never do). `steps` derives it; every call gives
 * the same index, derived once (sharedSteps), or null if its data cannot be read.
 */
export interface DeferredIndex {
  readonly gate: WordGate;
  steps(): Generator<void, ClaimIndex | null>;
}

/** Turns compiled index data into the lookup structures the matcher uses. */
export function loadClaimIndex(data: IndexData): ClaimIndex {
  return runSteps(loadClaimIndexSteps(data));
}

/**
 * The same, as steps of a few milliseconds each (the vocabulary, the gates, the weights), so the
 * extension can give the page the thread between them (see extension/content/schedule.ts).
 */
export function* loadClaimIndexSteps(data: IndexData): Generator<void, ClaimIndex> {
  if (data.format !== 4) throw new Error(`Unsupported claim index format ${String(data.format)}`);
  const vocab = Vocabulary.fromSnapshot(data.vocabulary);
  yield;
  const gate = readWordGate(data);
  const disputing = new Set(data.disputing);
  const contextNames = new Set(data.contextNames);
  const topic = new Set(data.topic);
  yield;
  const stored: Phrasing[] = [];
  for (const [i, p] of data.phrasings.entries()) {
    if (i > 0 && i % READ_PER_STEP === 0) yield;
    stored.push(readPhrasing(p));
  }
  const { phrasings, postings, essentials } = yield* weighWordingSteps(
    stored,
    data.weights,
    data.claimIds.length,
    topic,
  );
  yield;
  // Per claim: its figures, years and frame, read in steps too (a 10,000-claim pack has 10,000 of each).
  const proportions: ClaimIndex['proportions'] = [];
  const years: Array<Set<number>> = [];
  const frames: Array<FrameData | null> = [];
  for (const claim of data.claimIds.keys()) {
    if (claim > 0 && claim % READ_PER_STEP === 0) yield;
    const list = data.proportions[claim] ?? [];
    proportions.push(list.map((figure) => ({ kind: 'proportion' as const, value: figure[0], text: figure[1] })));
    years.push(new Set(data.years[claim]));
    const frame = data.frames[claim];
    frames.push(frame ? readFrame(frame) : null);
  }
  yield;
  const excerptTexts = data.claimIds.map((): string[] => []);
  for (const p of stored) if (p.text !== undefined) excerptTexts[p.claim]?.push(p.text);
  const keys = new TrigramKeys();
  const trigramKeys = (words: readonly string[]) => keys.of(words);
  const excerpts = new Map<number, ClaimExcerpts>();
  const excerptsOf = (claim: number): ClaimExcerpts => {
    let found = excerpts.get(claim);
    if (!found) {
      const list = (excerptTexts[claim] ?? []).map((text) => {
        const normalized = normalizeText(text);
        const words = tokenize(normalized);
        return { text, normalized, words, trigrams: keys.of(words) };
      });
      found = { list };
      excerpts.set(claim, found);
    }
    return found;
  };
  return {
    claimIds: data.claimIds,
    vocab,
    phrasings,
    excerptsOf,
    trigramKeys,
    weights: Float64Array.from(data.weights),
    postings,
    proportions,
    years,
    essentials,
    topic,
    ...gate,
    isKnownName: (word) => contextNames.has(word) || vocab.knows(stemToken(word)),
    topicPatterns: [new RegExp(data.topicPatterns[0], 'gi'), new RegExp(data.topicPatterns[1], 'gi')],
    entities: new EntityFinder(data.entities),
    frames,
    isDisputing: (claim) => disputing.has(claim),
  };
}

/**
 * How central a concept is to a claim (its salience), from the share of the claim's wordings that
 * mention it: SALIENCE_FLOOR + (1 − SALIENCE_FLOOR) × share. A concept in every wording is the claim's
 * essence ("unlawful" for a ruling that use was unlawful); one in a single excerpt is usually incidental
 * context. Incidental concepts keep SALIENCE_FLOOR of their weight.
 */
const SALIENCE_FLOOR = 0.35;
/** A concept mentioned by at least this share of a claim's wordings is essential to the claim. */
const ESSENTIAL_SHARE = 0.5;

/** Three decimals: weights are stored and compared at this precision. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * loadClaimIndexSteps yields after reading this many wordings, or claims' figures and frames (a
 * 10,000-claim pack has 30,000 wordings): each is a few microseconds as warm code, and ten times that
 * as the cold code of a page's content script (2,000 at a time took 15–45 ms there).
 */
export const READ_PER_STEP = 500;

/** weighWordingSteps yields after this many claims: the work is a slice's worth on a slow machine. */
export const CLAIMS_PER_STEP = 8;

/**
 * The weights of each concept in each wording, the inverted index from concept to wordings, and each
 * claim's essential concepts. All follow from the wordings and the concepts' general weights, so they
 * are worked out when the index is loaded (a few thousand additions) rather than shipped. A step
 * generator (see steps.ts): in one piece, as cold code on a 2-core machine, it took 9–19 ms in traces.
 */
export function* weighWordingSteps(
  stored: readonly Phrasing[],
  weights: readonly number[],
  claimCount: number,
  topic: ReadonlySet<number>,
): Generator<void, { phrasings: IndexedPhrasing[]; postings: Map<number, Posting>; essentials: Essentials[] }> {
  // A plain loop: spreading each wording's concepts into Math.max took 90 ms for a 10,000-claim pack;
  // in steps, as cold code in a page it took 40–85 ms in one piece.
  let conceptCount = weights.length;
  const wordingsOf = Array.from({ length: claimCount }, (): number[] => []);
  for (const [pi, p] of stored.entries()) {
    if (pi > 0 && pi % READ_PER_STEP === 0) yield;
    for (const c of p.concepts) if (c >= conceptCount) conceptCount = c + 1;
    wordingsOf[p.claim]?.push(pi);
  }
  yield;
  /** For the claim at hand: concept → number of its wordings that mention it (reset after each claim). */
  const mentions = new Int32Array(conceptCount);
  /** The last wording each concept was counted for, so a concept repeated in a wording counts once. */
  const lastCounted = new Int32Array(conceptCount).fill(-1);
  /** Per concept: the wordings that mention it, and its weight in each. */
  const posted: Array<Posting | undefined> = [];
  const phrasings: IndexedPhrasing[] = [];
  const essentials: Essentials[] = [];
  for (const [claim, own] of wordingsOf.entries()) {
    if (claim > 0 && claim % CLAIMS_PER_STEP === 0) yield;
    const mentioned: number[] = [];
    for (const pi of own)
      for (const c of stored[pi]!.concepts) {
        if (lastCounted[c] === pi) continue;
        lastCounted[c] = pi;
        if (mentions[c] === 0) mentioned.push(c);
        mentions[c] = mentions[c]! + 1;
      }
    const count = own.length || 1;
    /** The share of the claim's wordings that mention a concept. */
    const share = (c: number) => mentions[c]! / count;
    for (const pi of own) {
      const p = stored[pi]!;
      const conceptWeights = p.concepts.map((c) =>
        round((weights[c] ?? 0) * (SALIENCE_FLOOR + (1 - SALIENCE_FLOOR) * share(c))),
      );
      p.concepts.forEach((c, k) => {
        const posting = (posted[c] ??= { phrasings: [], weights: [] });
        posting.phrasings.push(pi);
        posting.weights.push(conceptWeights[k]!);
      });
      const { claim, kind, concepts, negated, text } = p;
      const total = round(conceptWeights.reduce((sum, w) => sum + w, 0));
      phrasings[pi] = {
        claim,
        kind,
        concepts,
        negated,
        weights: conceptWeights,
        total,
        ...(text === undefined ? {} : { text }),
      };
    }
    const essential = mentioned.filter((c) => !topic.has(c) && share(c) >= ESSENTIAL_SHARE);
    essentials[claim] = {
      concepts: essential,
      weights: essential.map((c) => weights[c] ?? 0),
      total: essential.reduce((total, c) => round(total + (weights[c] ?? 0)), 0),
    };
    for (const c of mentioned) mentions[c] = 0;
  }
  // In concept order, as the matcher walks them.
  const postings = new Map<number, Posting>();
  posted.forEach((posting, c) => posting && postings.set(c, posting));
  return { phrasings, postings, essentials };
}

/** Words get ids below this; three ids make one exact key below 2^51. */
const WORD_ID_LIMIT = 2 ** 17;

/**
 * Runs of three words as numbers: each word gets an id when first seen, and a run's key is made of its
 * three ids. Numbers are cheaper to make and to look up than joined strings, which matters most on a
 * page's first sentences, compared with excerpts prepared at that moment. Past WORD_ID_LIMIT distinct
 * words, new words share the last id: their runs may then share keys without being equal, which can
 * only make the quotation check look closer (it compares the words themselves), never miss a quotation.
 */
export class TrigramKeys {
  private readonly ids = new Map<string, number>();

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = Math.min(this.ids.size, WORD_ID_LIMIT - 1);
      if (this.ids.size < WORD_ID_LIMIT) this.ids.set(word, id);
    }
    return id;
  }

  of(words: readonly string[]): Set<number> {
    const keys = new Set<number>();
    if (words.length < 3) return keys;
    let a = this.idOf(words[0] as string);
    let b = this.idOf(words[1] as string);
    for (let i = 2; i < words.length; i++) {
      const c = this.idOf(words[i] as string);
      keys.add((a * WORD_ID_LIMIT + b) * WORD_ID_LIMIT + c);
      a = b;
      b = c;
    }
    return keys;
  }
}
