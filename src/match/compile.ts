/**
 * Compiling the claim index: analyses every claim wording and computes every weight. It runs in Node
 * (the CLI, the tests, and the extension's build), never in the browser: the extension ships the
 * result (IndexData) and loads it with loadClaimIndex.
 */
import type { Claim, ClaimFrame, Entity } from '../claims/types';
import { normalizeText } from '../text/normalize';
import { parseFigure, type Figure } from '../text/numbers';
import { capitalisedNames, isStopStem, stemToken, tokenize } from '../text/tokens';
import { round, YEAR_RE, type IndexData, type Phrasing, type PhrasingKind } from './claim-index';
import { compileEntities, EntityFinder } from './entities';
import { disputes } from './relation';
import { storeFrame, storeGate, storePhrasing } from './index-format';
import { compileFrame } from './frame';
import { CONCEPTS } from './lexicon';
import { addTo, storeSingle, Vocabulary, type VocabularySnapshot } from './vocabulary';

type Lexicon = Readonly<Record<string, readonly string[]>>;

/** The lexicon as vocabulary data: each entry normalised and stemmed, phrases longest first. */
export function lexiconSnapshot(lexicon: Lexicon = CONCEPTS): VocabularySnapshot {
  const names: string[] = [];
  const single = new Map<string, number[]>();
  const phrases = new Map<string, Array<[string[], number[]]>>();
  for (const [name, entries] of Object.entries(lexicon)) {
    const id = names.push(`@${name}`) - 1;
    for (const entry of entries) {
      const [first, ...rest] = tokenize(normalizeText(entry)).map(stemToken);
      if (first === undefined) continue;
      if (rest.length === 0) addTo(single, first, id);
      else {
        const list = phrases.get(first) ?? [];
        const existing = list.find(([r]) => r.join(' ') === rest.join(' '));
        if (!existing) list.push([rest, [id]]);
        else if (!existing[1].includes(id)) existing[1].push(id);
        list.sort((a, b) => b[0].length - a[0].length);
        phrases.set(first, list);
      }
    }
  }
  return { names, groupCount: names.length, single: storeSingle(single), phrases: [...phrases] };
}

/**
 * A case-insensitive regular expression source for the entries of lexicon groups as written, to find
 * them in raw text without analysing it.
 */
export function lexiconPattern(groups: readonly string[], lexicon: Lexicon = CONCEPTS): string {
  const entries = groups.flatMap((g) => lexicon[g] ?? []);
  const alternatives = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]'));
  return `\\b(?:${alternatives.join('|')})\\b`;
}

/**
 * Concepts that tell that a sentence is about police facial recognition but not which claim it makes.
 * They weigh TOPIC_WEIGHT_FACTOR of their idf weight, so sharing only the topic never makes a match.
 */
export const TOPIC_GROUPS = ['facial-recognition', 'met', 'police', 'technology', 'camera', 'use'];
const TOPIC_WEIGHT_FACTOR = 0.35;
/** The topic groups that name the subject itself (not "technology" or "use", which every page has). */
const SUBJECT_GROUPS = ['facial-recognition', 'met', 'police'];
/** A page must name facial recognition, and the police or surveillance, to be about this topic. */
const PAGE_TOPIC_GROUPS: [string[], string[]] = [
  ['facial-recognition'],
  ['police', 'surveillance-state', 'watchlist', 'forces'],
];
/**
 * The second test reads the police and surveillance groups and the forces' names written out: the
 * thesaurus's bare "met" would also match the verb ("we met").
 */
const PAGE_TOPIC_LEXICON: Lexicon = {
  ...CONCEPTS,
  forces: ['metropolitan police', 'met police', 'scotland yard', 'south wales police'],
};

/**
 * The frame of a claim that has none (a claim pack's): its figures are its core. A sentence that gives none
 * of the large numbers ("52,000 faces") or proportions ("one in ten") the claim states is not stating it,
 * however many of its words it shares (a headline about the same vans). Every bundled claim has a frame.
 */
export function impliedFrame(claim: Claim): ClaimFrame | undefined {
  const numbers = [...normalizeText(claim.statement).matchAll(/\b\d{3,}(?:\.\d+)?\b/g)]
    .map((m) => m[0])
    .filter((n) => !/^(19|20)\d\d$/.test(n));
  const core = [...new Set([...numbers, ...claim.figures.filter((f) => parseFigure(f)?.kind === 'proportion')])];
  return core.length > 0 ? { who: [], core: [core] } : undefined;
}

/** Inverse claim frequency: a concept found in every claim says nothing about which claim a sentence makes. */
function idf(claimCount: number, claimsWithConcept: number): number {
  return Math.log(1 + claimCount / claimsWithConcept);
}

export interface IndexOptions {
  /**
   * How specific a word stem is in general English, in (0, 1]: 1 for rare words, less for everyday
   * ones ("today", "week"). Without it every claim word counts as specific.
   */
  specificity?: (stem: string) => number;
  /** The entities claim frames name (seeds/entities.yaml); claims with frames need them. */
  entities?: readonly Entity[];
}

/** A vocabulary as plain data, for the index. */
function snapshot(vocab: Vocabulary): VocabularySnapshot {
  return {
    names: [...vocab.names],
    groupCount: vocab.groupCount,
    single: storeSingle(vocab.single),
    phrases: [...vocab.phrases].map(([first, list]) => [
      first,
      list.map((p): [string[], number[]] => [p.rest, p.concepts]),
    ]),
  };
}

/**
 * Every word stem with the concepts it can bring into a sentence: those it stands for alone, and
 * those of the lexicon phrases whose key word it is (`viaPhrase`). A phrase's key is its most specific
 * word that is not a stopword ("accordance" in "in accordance with the law"), so that a gate looking
 * at single words never takes "the" or "in" for evidence. Phrases made only of stopwords have no key.
 */
function* wordConcepts(
  vocab: Vocabulary,
  specificity: (stem: string) => number = (s) => s.length,
): Generator<[string, readonly number[], boolean]> {
  for (const [stem, concepts] of vocab.single) yield [stem, concepts, false];
  for (const [stem, id] of vocab.ids) if (!vocab.single.has(stem) && id >= vocab.groupCount) yield [stem, [id], false];
  for (const [first, list] of vocab.phrases) {
    for (const p of list) {
      const words = [first, ...p.rest].filter((w) => !isStopStem(w));
      if (words.length === 0) continue;
      const key = words.reduce((a, b) => (specificity(b) > specificity(a) ? b : a));
      yield [key, p.concepts, true];
    }
  }
}

/** Every word stem → the concepts it can bring into a sentence (see wordConcepts). */
function wordIndex(vocab: Vocabulary): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const [stem, concepts] of wordConcepts(vocab)) for (const c of concepts) addTo(byKey, stem, c);
  return byKey;
}

/** Analyses every claim wording and computes all weights: the expensive part, done once. */
export function compileClaimIndex(claims: readonly Claim[], options: IndexOptions = {}): IndexData {
  const vocab = Vocabulary.fromSnapshot(lexiconSnapshot());
  const specificity = options.specificity ?? (() => 1);
  const phrasings: Phrasing[] = [];
  const proportions: Array<Array<[number, string]>> = [];
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
      // Statements are our own summaries; quoted excerpts and the listed figures state the claim's figures.
      if (kind !== 'statement') figures.push(...a.figures.filter((f) => f.kind === 'proportion'));
      const phrasing: Phrasing = { claim: ci, kind, concepts: [...a.concepts], negated: a.negated };
      if (kind === 'excerpt') phrasing.text = text;
      phrasings.push(phrasing);
    }
    for (const f of claim.figures) {
      const parsed = parseFigure(f);
      if (parsed?.kind === 'proportion') figures.push(parsed);
    }
    proportions.push(figures.map((f) => [f.value, f.text]));
    mentions.push(counts);
  });

  const df = new Map<number, number>();
  for (const counts of mentions) for (const c of counts.keys()) df.set(c, (df.get(c) ?? 0) + 1);

  const groupIds = (names: readonly string[]) =>
    names.map((g) => vocab.group(g)).filter((id): id is number => id !== undefined);
  const topic = new Set(groupIds(TOPIC_GROUPS));
  const weights: number[] = new Array<number>(vocab.names.length).fill(0);
  for (const [c, n] of df) {
    const name = vocab.names[c] ?? '';
    const factor = topic.has(c) ? TOPIC_WEIGHT_FACTOR : vocab.isGroup(c) ? 1 : specificity(name);
    weights[c] = round(idf(claims.length, n) * factor);
  }

  const years = claims.map((claim) => {
    const texts = [
      claim.date.value,
      claim.statement,
      claim.measures?.period ?? '',
      ...claim.excerpts.map((e) => e.text),
    ];
    texts.push(...claim.variants, ...claim.context.map((n) => n.text));
    return [...new Set(texts.flatMap((t) => (t.match(YEAR_RE) ?? []).map(Number)))];
  });

  // Gate weights: how much evidence one word gives before any analysis. A thesaurus word counts its
  // group's weight scaled by how specific the word is in general English ("public" little, "moratorium"
  // fully); a phrase counts through its most specific word only.
  const gate = new Map<string, number>();
  for (const [stem, concepts, viaPhrase] of wordConcepts(vocab, specificity)) {
    for (const c of concepts) {
      if (topic.has(c)) continue;
      const w = round((weights[c] ?? 0) * (vocab.isGroup(c) || viaPhrase ? specificity(stem) : 1));
      if (w > (gate.get(stem) ?? 0)) gate.set(stem, w);
    }
  }

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
    for (const t of texts) {
      for (const w of capitalisedNames(t)) contextNames.add(w);
      // Names in titles and at the start of a note are still names.
      for (const w of t.match(/\p{Lu}\p{Ll}+/gu) ?? []) contextNames.add(w.toLowerCase());
    }
  }

  // The stems that name the subject (SUBJECT_GROUPS), alone or as the key word of a lexicon phrase: the
  // page gates ask this of every word they meet (scan-text.ts).
  const subject = new Set(groupIds(SUBJECT_GROUPS));
  const subjectStems = [...wordIndex(vocab)]
    .filter(([, concepts]) => concepts.some((c) => subject.has(c)))
    .map(([stem]) => stem)
    .sort();

  const entities = compileEntities(options.entities ?? []);
  const finder = new EntityFinder(entities);
  const frames = claims.map((c) => {
    const frame = c.frame ?? impliedFrame(c);
    return frame ? storeFrame(compileFrame(frame, (id) => finder.indexOf(id), vocab, c.id)) : null;
  });

  return {
    format: 4,
    claimIds: claims.map((c) => c.id),
    vocabulary: snapshot(vocab),
    phrasings: phrasings.map(storePhrasing),
    weights,
    proportions,
    years,
    topic: [...topic],
    subjectStems,
    gate: storeGate(gate),
    // A name the vocabulary knows is known anyway (ClaimIndex.isKnownName): only the others are shipped.
    contextNames: [...contextNames].filter((name) => !vocab.knows(stemToken(name))).sort(),
    topicPatterns: [lexiconPattern(PAGE_TOPIC_GROUPS[0]), lexiconPattern(PAGE_TOPIC_GROUPS[1], PAGE_TOPIC_LEXICON)],
    entities,
    frames,
    disputing: claims.flatMap((c, i) =>
      [c.statement, ...c.variants, ...c.excerpts.map((e) => e.text)].some(disputes) ? [i] : [],
    ),
  };
}
