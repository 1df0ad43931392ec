/**
 * The index the matcher searches: every way a claim is worded (its excerpts, its statement, the
 * variants an editor wrote), each reduced to weighted concepts, plus an inverted index from concept
 * to wordings so a sentence only ever meets the few claims it shares distinctive concepts with.
 */
import type { Claim } from '../claims/types';
import { parseFigure, type Figure } from '../text/numbers';
import { stemToken, Vocabulary } from './analyze';

export type PhrasingKind = 'excerpt' | 'statement' | 'variant';

export interface Phrasing {
  claim: number;
  kind: PhrasingKind;
  text: string;
  normalized: string;
  concepts: Int32Array;
  /** Whether the wording contains a negation. */
  negated: boolean;
  /** Sum of the weights of `concepts`. */
  total: number;
}

/** The wordings that mention one concept, and the concept's weight in each. */
export interface Posting {
  phrasings: number[];
  weights: number[];
}

export interface ClaimIndex {
  claims: readonly Claim[];
  vocab: Vocabulary;
  phrasings: Phrasing[];
  /** concept id → weight of the concept in general (0 for concepts in no claim): used for sentences. */
  weights: Float64Array;
  /** concept id → the wordings that mention it, with its weight in each wording's claim. */
  postings: Map<number, Posting>;
  /** claim index → the years the claim, its wordings and its context speak of. */
  years: Array<Set<number>>;
  /** claim index → the proportions it states (figures from the claims file and from its excerpts). */
  proportions: Figure[][];
  /**
   * claim index → its essential concepts (beyond the topic, mentioned by most of its wordings) and
   * their weights: what any restatement of the claim has to say.
   */
  essentials: Array<{ concepts: number[]; weights: number[]; total: number }>;
  /** Concept ids that only say a sentence is on topic (see TOPIC_GROUPS). */
  topic: Set<number>;
  /**
   * The most a word stem can add to a match beyond the topic: the largest weight of the concepts it
   * stands for, 0 if none. Phrase starts count as the phrase's weight. Used to skip blocks cheaply.
   */
  stemWeight(stem: string): number;
  /** Whether a stem (alone or starting a phrase) names facial recognition or the police. */
  isTopicStem(stem: string): boolean;
  /** Whether a capitalised word names something the claims or their context mention. */
  isKnownName(word: string): boolean;
}

/**
 * Concepts that tell that a sentence is about police facial recognition but not which claim it makes.
 * They weigh TOPIC_WEIGHT_FACTOR of their idf weight, so sharing only the topic never makes a match.
 */
export const TOPIC_GROUPS = ['facial-recognition', 'met', 'police', 'technology', 'camera', 'use'];
const TOPIC_WEIGHT_FACTOR = 0.35;
/** The topic groups that name the subject itself (not "technology" or "use", which every page has). */
const SUBJECT_GROUPS = ['facial-recognition', 'met', 'police'];

/**
 * How central a concept is to a claim, from the share of the claim's wordings that mention it. A
 * concept in every wording is the claim's essence ("unlawful" for a ruling that use was unlawful); one
 * in a single excerpt is usually incidental context. Incidental concepts keep SALIENCE_FLOOR of their weight.
 */
const SALIENCE_FLOOR = 0.35;
function salience(share: number): number {
  return SALIENCE_FLOOR + (1 - SALIENCE_FLOOR) * share;
}

/** Years from 1990 to 2099 as written in text. */
export const YEAR_RE = /\b(?:199\d|20\d\d)\b/g;

/** A concept mentioned by at least this share of a claim's wordings is essential to the claim. */
const ESSENTIAL_SHARE = 0.5;

/** Inverse claim frequency: a concept found in every claim says nothing about which claim a sentence makes. */
function idf(claimCount: number, claimsWithConcept: number): number {
  return Math.log(1 + claimCount / claimsWithConcept);
}

export interface IndexOptions {
  /**
   * How specific a plain word (not a thesaurus group) is in general English, in (0, 1]: 1 for rare
   * words, less for everyday ones ("today", "week"). Without it every claim word counts as specific.
   */
  specificity?: (stem: string) => number;
  vocab?: Vocabulary;
}

export function buildClaimIndex(claims: readonly Claim[], options: IndexOptions = {}): ClaimIndex {
  const vocab = options.vocab ?? new Vocabulary();
  const specificity = options.specificity ?? (() => 1);
  const phrasings: Phrasing[] = [];
  const proportions: Figure[][] = [];
  /** claim index → concept → number of the claim's wordings that mention it. */
  const mentions: Array<Map<number, number>> = [];

  claims.forEach((claim, ci) => {
    const texts: Array<[PhrasingKind, string]> = [
      ...claim.excerpts.map((e): [PhrasingKind, string] => ['excerpt', e.text]),
      ['statement', claim.statement],
      ...claim.variants.map((v): [PhrasingKind, string] => ['variant', v]),
    ];
    const figures: Figure[] = [];
    const counts = new Map<number, number>();
    for (const [kind, text] of texts) {
      const a = vocab.analyze(text, true);
      for (const c of a.concepts) counts.set(c, (counts.get(c) ?? 0) + 1);
      // Statements are our own summaries; only quoted excerpts state the claim's figures verbatim.
      if (kind !== 'statement') figures.push(...a.figures.filter((f) => f.kind === 'proportion'));
      phrasings.push({
        claim: ci,
        kind,
        text,
        normalized: a.normalized,
        concepts: Int32Array.from(a.concepts),
        negated: a.negated,
        total: 0,
      });
    }
    for (const f of claim.figures) {
      const parsed = parseFigure(f);
      if (parsed?.kind === 'proportion') figures.push(parsed);
    }
    proportions.push(figures);
    mentions.push(counts);
  });

  const df = new Map<number, number>();
  for (const counts of mentions) for (const c of counts.keys()) df.set(c, (df.get(c) ?? 0) + 1);

  const topic = new Set(TOPIC_GROUPS.map((g) => vocab.group(g)).filter((id): id is number => id !== undefined));
  const weights = new Float64Array(vocab.names.length);
  for (const [c, n] of df) {
    const name = vocab.names[c] ?? '';
    const factor = topic.has(c) ? TOPIC_WEIGHT_FACTOR : vocab.isGroup(c) ? 1 : specificity(name);
    weights[c] = idf(claims.length, n) * factor;
  }

  const postings = new Map<number, Posting>();
  const wordingCount = claims.map((_, ci) => phrasings.filter((p) => p.claim === ci).length);
  phrasings.forEach((p, pi) => {
    let total = 0;
    for (const c of p.concepts) {
      const share = (mentions[p.claim]?.get(c) ?? 0) / (wordingCount[p.claim] ?? 1);
      const w = (weights[c] ?? 0) * salience(share);
      total += w;
      const posting = postings.get(c) ?? { phrasings: [], weights: [] };
      posting.phrasings.push(pi);
      posting.weights.push(w);
      postings.set(c, posting);
    }
    p.total = total;
  });

  const years = claims.map((claim) => {
    const texts = [
      claim.date.value,
      claim.statement,
      claim.measures?.period ?? '',
      ...claim.excerpts.map((e) => e.text),
      ...claim.variants,
      ...claim.context.map((n) => n.text),
    ];
    return new Set(texts.flatMap((t) => (t.match(YEAR_RE) ?? []).map(Number)));
  });

  const essentials = mentions.map((counts, ci) => {
    const out = { concepts: [] as number[], weights: [] as number[], total: 0 };
    for (const [c, n] of counts) {
      if (topic.has(c) || n / (wordingCount[ci] ?? 1) < ESSENTIAL_SHARE) continue;
      out.concepts.push(c);
      out.weights.push(weights[c] ?? 0);
      out.total += weights[c] ?? 0;
    }
    return out;
  });

  // Gate weights: how much evidence one word gives before any analysis. A thesaurus word counts its
  // group's weight scaled by how specific the word is in general English ("public" little, "moratorium"
  // fully); a phrase counts through its most specific word only.
  const gate = new Map<string, number>();
  const raise = (stem: string, w: number) => {
    if (w > (gate.get(stem) ?? 0)) gate.set(stem, w);
  };
  for (const [stem, concepts, viaPhrase] of vocab.wordConcepts(specificity)) {
    for (const c of concepts) {
      if (topic.has(c)) continue;
      raise(stem, (weights[c] ?? 0) * (vocab.isGroup(c) || viaPhrase ? specificity(stem) : 1));
    }
  }
  const stemWeight = (stem: string): number => gate.get(stem) ?? 0;

  const subject = new Set(SUBJECT_GROUPS.map((g) => vocab.group(g)).filter((id): id is number => id !== undefined));
  const isTopicStem = (stem: string): boolean => vocab.conceptsOfWord(stem).some((c) => subject.has(c));

  // Names in the claims' context (people, places, publications) are expected in sentences about them.
  const contextNames = new Set<string>();
  for (const claim of claims) {
    const texts = [
      claim.claimant.name,
      claim.claimant.organisation,
      claim.claimant.role ?? '',
      claim.measures?.what ?? '',
    ];
    for (const note of claim.context) {
      texts.push(note.text);
      for (const src of note.sources) texts.push(src.publication, src.title ?? '', src.note ?? '');
    }
    for (const t of texts) for (const w of t.match(/\p{L}+/gu) ?? []) contextNames.add(w.toLowerCase());
  }
  const isKnownName = (word: string): boolean => contextNames.has(word) || vocab.knows(stemToken(word));

  return {
    claims,
    vocab,
    phrasings,
    weights,
    postings,
    proportions,
    years,
    essentials,
    topic,
    stemWeight,
    isTopicStem,
    isKnownName,
  };
}
