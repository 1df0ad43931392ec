/**
 * Canonical text for comparison. Pages and seeds write the same words in many ways: curly or straight
 * quotes, en and em dashes, no-break spaces, "per cent" or "%", "1,000" or "1000", "eight" or "8".
 * `normalizeText` maps all of these to one form so that a quote and its source compare equal.
 */
import { NUMBER_WORDS, parseNumberWords } from './numbers';

/** Typographic characters and their plain equivalents. */
const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u3000': ' ',
  '\u00AD': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\uFEFF': '',
};
// An alternation, not a character class: the map holds joiners (U+200D) that a class would fuse.
const CHAR_RE = new RegExp(Object.keys(CHAR_MAP).join('|'), 'g');

/** "81 per cent", "81 percent", "81 pc" and "81%" all become "81%". */
const PERCENT_RE = /(\d)\s*(?:%|per\s?cent\b|pc\b|percentage points?\b)/g;
/** Thousands separators: "1,000" and "12,120" (but not "1,2" or a list "3, 4"). */
const THOUSANDS_RE = /\b(\d{1,3})((?:,\d{3})+)(?!\d)/g;
const MPS_RE = /\bMPs\b/g;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const DIGIT_RE = /\d/;
const NUMBER_WORD_RE = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`);
/** Words made only of letters, possibly joined by hyphens: candidates for number words. */
const WORD_RUN_RE = /[a-z]+(?:[- ][a-z]+)*/g;

/** Replaces typographic characters with their plain forms; keeps length only where no character is dropped. */
export function foldCharacters(text: string): string {
  return text.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
}

/**
 * Lower case, NFKC, plain quotes and dashes, single spaces, "%" for "per cent", digits for number
 * words ("forty-two" → "42", "one in a thousand" → "1 in 1000"), no thousands separators.
 */
export function normalizeText(text: string): string {
  // Each step runs only when its input can occur: most sentences are plain ASCII without numbers.
  let s = NON_ASCII_RE.test(text) ? foldCharacters(text.normalize('NFKC')) : text;
  // "MPs" (Members of Parliament) and "MPS" (the Metropolitan Police Service) differ only in case.
  s = s.replace(MPS_RE, 'members of parliament').toLowerCase();
  if (NUMBER_WORD_RE.test(s)) s = s.replace(WORD_RUN_RE, (run) => parseNumberWords(run));
  if (DIGIT_RE.test(s)) {
    s = s.replace(THOUSANDS_RE, (_m, head: string, rest: string) => head + rest.replace(/,/g, ''));
    s = s.replace(PERCENT_RE, '$1%');
  }
  return s.replace(/\s+/g, ' ').trim();
}
