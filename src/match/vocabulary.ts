/**
 * The matcher's vocabulary and the analysis of a sentence against it. Thesaurus groups (lexicon.ts)
 * get the first concept ids; any other stem gets an id when first seen in a claim (`learn`), so page
 * words that appear in no claim are ignored cheaply. A vocabulary is built from plain data
 * (`fromSnapshot`): compile.ts makes that data from the lexicon at build time, so the extension ships
 * neither the lexicon nor the work of stemming it.
 */
import { normalizeText } from '../text/normalize';
import { extractFigures, type Figure } from '../text/numbers';
import { capitalisedNames, NEGATIONS, isStopStem, stemToken, tokenize } from '../text/tokens';

export interface Analysis {
  /** The text as given (names and months are told by their capitals). */
  text: string;
  /** Concept ids mentioned. */
  concepts: Set<number>;
  /** The word stems in order (claim frames look for their own words and phrases in them). */
  stems: string[];
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

/** A vocabulary as plain data. */
export interface VocabularySnapshot {
  names: string[];
  groupCount: number;
  /** Single-word entries: [concept ids joined by ",", the stems that stand for them joined by " "]. */
  single: Array<[string, string]>;
  phrases: Array<[string, Array<[string[], number[]]>]>;
}

/** Single-word entries as stored: the stems grouped by the concepts they stand for. */
export function storeSingle(single: ReadonlyMap<string, readonly number[]>): Array<[string, string]> {
  const byConcepts = new Map<string, string[]>();
  for (const [stem, concepts] of single) {
    const key = concepts.join(',');
    const list = byConcepts.get(key) ?? [];
    list.push(stem);
    byConcepts.set(key, list);
  }
  return [...byConcepts].map(([key, stems]) => [key, stems.join(' ')]);
}

export class Vocabulary {
  /** Concept name → id (the build reads these three; see compile.ts). */
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** stem → concepts of the single-word lexicon entries with that stem. */
  readonly single = new Map<string, number[]>();
  /** first stem → multi-word phrases starting with it, longest first. */
  readonly phrases = new Map<string, Phrase[]>();
  /** Concept ids below this are thesaurus groups; the others are plain stems. */
  groupCount = 0;

  static fromSnapshot(s: VocabularySnapshot): Vocabulary {
    const v = new Vocabulary();
    for (const name of s.names) v.intern(name);
    v.groupCount = s.groupCount;
    for (const [key, stems] of s.single) {
      const concepts = key.split(',').map(Number);
      for (const stem of stems.split(' ')) v.single.set(stem, concepts);
    }
    for (const [first, list] of s.phrases)
      v.phrases.set(
        first,
        list.map(([rest, concepts]) => ({ rest, concepts })),
      );
    return v;
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
      if (isStopStem(s) || s.endsWith('%')) continue;
      const groups = this.single.get(s);
      if (groups) for (let k = 0; k < groups.length; k++) concepts.add(groups[k] as number);
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
    const { normalized, stems, figures, names, negated } = wordsOf(text);
    const { concepts, unknownWords } = this.conceptsOf(stems, learn);
    return { text, concepts, stems, figures, normalized, unknownWords, names, negated };
  }
}

/** What analysis reads from a text whatever the vocabulary: its words, stems, figures and names. */
interface Words {
  text: string;
  normalized: string;
  tokens: string[];
  stems: string[];
  figures: Figure[];
  names: string[];
  negated: boolean;
}

/**
 * The last text's words: the matchers of the bundled claims and of the claim packs each analyse the
 * same sentence in turn, with vocabularies of their own over the same words.
 */
let lastWords: Words | undefined;

function wordsOf(text: string): Words {
  if (lastWords?.text === text) return lastWords;
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized);
  lastWords = {
    text,
    normalized,
    tokens,
    stems: tokens.map(stemToken),
    figures: extractFigures(normalized),
    names: capitalisedNames(text),
    negated: tokens.some((t) => NEGATIONS.has(t)),
  };
  return lastWords;
}

export function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
