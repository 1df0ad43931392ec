/**
 * Words: tokenising normalised text, stemming (Porter2), stopwords, negations and capitalised names.
 * Shared by the matcher's analysis of sentences and claims and by the cheap gates that skip text.
 */
import { stem } from 'porter2';

/** Words that carry no claim on their own. Phrases in the lexicon may still contain them. */
export const STOPWORDS = new Set(
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

/**
 * Words Porter2 conflates with words of another meaning: "lawful" stems to "law", which would make a
 * ruling that use was lawful look like one about the law. They keep a stem of their own.
 */
const STEM_EXCEPTIONS: Record<string, string> = { lawful: 'lawful', lawfully: 'lawful', lawfulness: 'lawful' };

/** Stem of one token. Numbers and percentages are kept as they are. */
export function stemToken(token: string): string {
  if (!/^[a-z]/.test(token)) return token;
  return STEM_EXCEPTIONS[token] ?? stem(token);
}

export const NEGATIONS = new Set([
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
  CAPITALISED_RE.lastIndex = 0;
  for (let m = CAPITALISED_RE.exec(text); m; m = CAPITALISED_RE.exec(text)) {
    const before = text.slice(0, m.index + (m[1] ?? '').length).trimEnd();
    if (OPENERS.has(before.slice(-1))) continue;
    out.push((m[2] ?? '').toLowerCase());
  }
  return out;
}

let stopStems: Set<string> | undefined;
/** Whether a stem is a stopword's, for text that is already stemmed (the set is made on first use). */
export function isStopStem(stem: string): boolean {
  stopStems ??= new Set([...STOPWORDS].map(stemToken));
  return stopStems.has(stem);
}
