/**
 * Turns a sentence into what the matcher compares: the set of concepts it mentions (thesaurus groups
 * from lexicon.ts, or the stem of any other content word) and the figures it states.
 */
import { stem } from 'porter2';
import { normalizeText } from '../text/normalize';
import { extractFigures, type Figure } from '../text/numbers';
import { CONCEPTS } from './lexicon';

/** Words that carry no claim on their own. Phrases in the lexicon may still contain them. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having us ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    "said says say told according added also would may might must shall one ones its it's mr mrs ms dr sir " +
    'like yet still even per via upon onto among amid though although however whether across around ' +
    'within without including include includes included every each another many much several whose ' +
    'also already ahead due set way part order since well just now then today yesterday week month year ' +
    'last next first second new old make made get got go going come came take took put give given ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

/** Normalised text → word tokens: letters and digits, with internal apostrophes and decimal points. */
const TOKEN_RE = /[a-z0-9]+(?:[.'][a-z0-9]+)*%?/g;

/** Contractions: "won't" → "will not", "you're" → "you", "Met's" → "met". */
const CONTRACTION_RE = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/;
const IRREGULAR_NEGATIONS: Record<string, string> = { won: 'will', can: 'can', shan: 'shall' };

export function tokenize(normalized: string): string[] {
  const out: string[] = [];
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const c = CONTRACTION_RE.exec(m[0]);
    if (!c) out.push(m[0]);
    else if (c[2] === "n't") out.push(IRREGULAR_NEGATIONS[c[1] ?? ''] ?? c[1] ?? '', 'not');
    else out.push(c[1] ?? '');
  }
  return out;
}

/** Stem of one token. Numbers and percentages are kept as they are. */
export function stemToken(token: string): string {
  return /^[a-z]/.test(token) ? stem(token) : token;
}

export interface Analysis {
  /** Concept ids mentioned. */
  concepts: Set<number>;
  figures: Figure[];
  normalized: string;
  /** Content words (not stopwords, not figures) that stand for no known concept: what else the sentence is about. */
  unknownWords: number;
  /** Capitalised words inside the sentence (lower-cased): mostly names. */
  names: string[];
  /** Whether the sentence contains a negation ("not", "no", "never", "n't"). */
  negated: boolean;
}

interface Phrase {
  rest: string[];
  concepts: number[];
}

/**
 * The vocabulary: lexicon concepts get the first ids; any other stem gets an id when first seen in a
 * claim (`learn`), so sentence words that appear in no claim are ignored cheaply.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** stem → concepts of the single-word lexicon entries with that stem. */
  private readonly single = new Map<string, number[]>();
  /** first stem → multi-word phrases starting with it, longest first. */
  private readonly phrases = new Map<string, Phrase[]>();
  /** Concept ids that are thesaurus groups (as opposed to plain stems). */
  readonly groupCount: number;
  /** stem → concepts it can bring into a sentence (see conceptsOfWord); built on first use. */
  private byKey: Map<string, number[]> | undefined;

  constructor(private readonly entries: Readonly<Record<string, readonly string[]>> = CONCEPTS) {
    for (const [name, entries] of Object.entries(this.entries)) {
      const id = this.intern(`@${name}`);
      for (const entry of entries) {
        const stems = tokenize(normalizeText(entry)).map(stemToken);
        if (stems.length === 0) continue;
        const [first, ...rest] = stems as [string, ...string[]];
        if (rest.length === 0) addTo(this.single, first, id);
        else {
          const list = this.phrases.get(first) ?? [];
          const existing = list.find((p) => p.rest.join(' ') === rest.join(' '));
          if (existing && !existing.concepts.includes(id)) existing.concepts.push(id);
          else if (!existing) list.push({ rest, concepts: [id] });
          list.sort((a, b) => b.rest.length - a.rest.length);
          this.phrases.set(first, list);
        }
      }
    }
    this.groupCount = this.names.length;
  }

  private intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** Whether a concept id is a thesaurus group rather than a plain stem. */
  isGroup(id: number): boolean {
    return id < this.groupCount;
  }

  /** Concept id of a lexicon group by name (without the @). */
  group(name: string): number | undefined {
    return this.ids.get(`@${name}`);
  }

  /** Whether a stem is part of the vocabulary (a lexicon word or a learned claim word). */
  knows(stemmed: string): boolean {
    return this.single.has(stemmed) || this.phrases.has(stemmed) || this.ids.has(stemmed);
  }

  /**
   * A case-insensitive regular expression (global) for the entries of lexicon groups as written, to
   * find them in raw text without analysing it.
   */
  pattern(...groups: string[]): RegExp {
    const entries = groups.flatMap((g) => this.entries[g] ?? []);
    const alternatives = [...entries]
      .sort((a, b) => b.length - a.length)
      .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]'));
    return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
  }

  /**
   * Every word stem with the concepts it can bring into a sentence: those it stands for alone, and
   * those of the lexicon phrases whose key word it is (`viaPhrase`). A phrase's key is its most specific
   * word that is not a stopword ("accordance" in "in accordance with the law"), so that a gate looking
   * at single words never takes "the" or "in" for evidence. Phrases made only of stopwords have no key.
   */
  *wordConcepts(
    specificity: (stem: string) => number = (s) => s.length,
  ): Generator<[string, readonly number[], boolean]> {
    for (const [stem, concepts] of this.single) yield [stem, concepts, false];
    for (const [stem, id] of this.ids) if (!this.single.has(stem) && id >= this.groupCount) yield [stem, [id], false];
    for (const [first, list] of this.phrases) {
      for (const p of list) {
        const words = [first, ...p.rest].filter((w) => !STOPWORDS_STEMMED.has(w));
        if (words.length === 0) continue;
        const key = words.reduce((a, b) => (specificity(b) > specificity(a) ? b : a));
        yield [key, p.concepts, true];
      }
    }
  }

  /** Concepts a word stem can bring into a sentence (see wordConcepts). */
  conceptsOfWord(stemmed: string): readonly number[] {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const [stem, concepts] of this.wordConcepts()) for (const c of concepts) addTo(this.byKey, stem, c);
    }
    return this.byKey.get(stemmed) ?? [];
  }

  /**
   * Concepts of a stem sequence. With `learn`, unknown content stems become new concepts (used for
   * claims); without it they are dropped (used for page sentences) and counted as unknown words.
   */
  conceptsOf(stems: readonly string[], learn: boolean): { concepts: Set<number>; unknownWords: number } {
    const concepts = new Set<number>();
    let unknownWords = 0;
    let i = 0;
    while (i < stems.length) {
      const s = stems[i] ?? '';
      const phrase = this.phrases.get(s)?.find((p) => p.rest.every((r, k) => stems[i + 1 + k] === r));
      if (phrase) {
        for (const c of phrase.concepts) concepts.add(c);
        i += 1 + phrase.rest.length;
        continue;
      }
      i++;
      // Percentages are compared as figures (numbers.ts), with tolerance; as words they would only match exactly.
      if (STOPWORDS_STEMMED.has(s) || s.endsWith('%')) continue;
      const groups = this.single.get(s);
      if (groups) for (const c of groups) concepts.add(c);
      else if (learn) concepts.add(this.intern(s));
      else {
        const id = this.ids.get(s);
        if (id !== undefined) concepts.add(id);
        else if (!/^\d/.test(s)) unknownWords++;
      }
    }
    return { concepts, unknownWords };
  }

  /** Full analysis of a piece of text. */
  analyze(text: string, learn = false): Analysis {
    const normalized = normalizeText(text);
    const tokens = tokenize(normalized);
    const stems = tokens.map(stemToken);
    const { concepts, unknownWords } = this.conceptsOf(stems, learn);
    const names = capitalisedNames(text);
    const negated = tokens.some((t) => NEGATIONS.has(t));
    return { concepts, figures: extractFigures(normalized), normalized, unknownWords, names, negated };
  }
}

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  "n't",
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  "won't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  'cannot',
  "couldn't",
  "shouldn't",
  "wouldn't",
  "hasn't",
  "haven't",
  "hadn't",
]);

/** A capitalised word, with the character before it (to tell a sentence start from a name). */
const CAPITALISED_RE = /(^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+)/gu;
/** Characters after which a capital letter starts a sentence or a quotation, not a name. */
const OPENERS = new Set([
  '',
  '.',
  '!',
  '?',
  ':',
  ';',
  '"',
  "'",
  '\u201C',
  '\u2018',
  '(',
  '[',
  '-',
  '\u2013',
  '\u2014',
  '\u2026',
]);
/** Above this share of capitalised words the text is a headline in title case, where capitals mean nothing. */
const TITLE_CASE_SHARE = 0.45;

/**
 * Lower-cased capitalised words that are not at the start of a sentence or quotation: mostly names.
 * Headlines in title case and all-caps text give none.
 */
export function capitalisedNames(text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length === 0 || capitalised / words.length > TITLE_CASE_SHARE) return [];
  const out: string[] = [];
  for (const m of text.matchAll(CAPITALISED_RE)) {
    const before = text.slice(0, m.index + (m[1] ?? '').length).trimEnd();
    if (OPENERS.has(before.slice(-1))) continue;
    out.push((m[2] ?? '').toLowerCase());
  }
  return out;
}

const STOPWORDS_STEMMED = new Set([...STOPWORDS].map(stemToken));

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
