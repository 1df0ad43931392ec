/**
 * Sentence boundaries by the rules of Unicode's UAX #29 (the rules ICU, and so Intl.Segmenter, uses),
 * in plain JavaScript.
 *
 * Why not Intl.Segmenter: creating the first one in a page loads ICU's locale and break-rule data, one
 * uninterruptible call of 15–80 ms on the page's main thread, paid on every page the content script
 * reads. These rules give the same boundaries (tests/text/sentence-breaks.test.ts compares the two on
 * generated text and on real pages) and cost nothing to set up.
 *
 * Character classes follow UAX #29's Sentence_Break property, built from the Unicode properties that
 * JavaScript regular expressions know.
 */

const enum SB {
  Other,
  CR,
  LF,
  Sep,
  Extend,
  Format,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

const ATERM = /[\u002E\u2024\uFE52\uFF0E]/u;
const SCONTINUE =
  /[\u002C\u002D\u003A\u003B\u037E\u0589\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE55\uFE54\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]/u;
const EXTEND = /[\p{Grapheme_Extend}\p{Mc}\u200D]/u;
const FORMAT = /\p{Cf}/u;
const SP = /\p{White_Space}/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const OLETTER = /[\p{Alphabetic}\u05F3]/u;
/** Digits, and the prepended concatenation marks (Arabic number signs), which are Line_Break = Numeric. */
const NUMERIC = /[\p{Nd}\u066B\u066C\u0600-\u0605\u06DD\u19DA\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const STERM = /\p{Sentence_Terminal}/u;
/** Opening and closing brackets, and quotation marks (Line_Break = Quotation, which includes ornaments). */
const CLOSE =
  /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\u0022\u0027\u201A\u201E\u275B-\u2760\u2E00-\u2E0D\u2E1C\u2E1D\u2E20\u2E21\u{1F676}-\u{1F678}]/u;

/** Class of a code point; ASCII letters, digits and spaces, most of any text, skip the regexes. */
function classify(cp: number): SB {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return SB.Lower;
    if (cp >= 0x41 && cp <= 0x5a) return SB.Upper;
    if (cp >= 0x30 && cp <= 0x39) return SB.Numeric;
    if (cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c) return SB.Sp;
    if (cp === 0x0a) return SB.LF;
    if (cp === 0x0d) return SB.CR;
    if (cp === 0x2e) return SB.ATerm;
    if (cp === 0x21 || cp === 0x3f) return SB.STerm;
    if (cp === 0x2c || cp === 0x2d || cp === 0x3a || cp === 0x3b) return SB.SContinue;
    if (
      cp === 0x22 ||
      cp === 0x27 ||
      cp === 0x28 ||
      cp === 0x29 ||
      cp === 0x5b ||
      cp === 0x5d ||
      cp === 0x7b ||
      cp === 0x7d
    )
      return SB.Close;
    return SB.Other;
  }
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) return SB.Sep;
  const ch = String.fromCodePoint(cp);
  // The order matters where properties overlap; it follows the table in UAX #29.
  if (EXTEND.test(ch)) return SB.Extend;
  if (NUMERIC.test(ch)) return SB.Numeric;
  if (cp !== 0x200c && cp !== 0x200d && FORMAT.test(ch)) return SB.Format;
  if (SP.test(ch)) return SB.Sp;
  // Georgian letters have case, but UAX #29 counts them as caseless.
  if (((cp >= 0x10d0 && cp <= 0x10ff) || (cp >= 0x1c90 && cp <= 0x1cbf)) && cp !== 0x10fc)
    return OLETTER.test(ch) ? SB.OLetter : SB.Other;
  if (LOWER.test(ch)) return SB.Lower;
  if (UPPER.test(ch)) return SB.Upper;
  if (OLETTER.test(ch)) return SB.OLetter;
  if (ATERM.test(ch)) return SB.ATerm;
  if (STERM.test(ch)) return SB.STerm;
  if (cp !== 0x5f3 && CLOSE.test(ch)) return SB.Close;
  if (SCONTINUE.test(ch)) return SB.SContinue;
  return SB.Other;
}

const isParaSep = (c: SB) => c === SB.Sep || c === SB.CR || c === SB.LF;
const isTerm = (c: SB) => c === SB.ATerm || c === SB.STerm;

/**
 * The text as units (rule SB5): each character with the Extend and Format characters that follow it
 * (except after a paragraph separator), as classes and the offset where each unit starts.
 */
function units(text: string): { cls: SB[]; at: number[] } {
  const cls: SB[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const c = classify(cp);
    const last = cls.length - 1;
    if ((c === SB.Extend || c === SB.Format) && last >= 0 && !isParaSep(cls[last] ?? SB.Other)) {
      // absorbed into the unit before it
    } else {
      cls.push(c);
      at.push(i);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  at.push(text.length);
  return { cls, at };
}

/**
 * The offsets where sentences end in `text` (each is where the next begins; the last is text.length,
 * for a non-empty text), as Intl.Segmenter with granularity 'sentence' would give them.
 */
export function sentenceEnds(text: string): number[] {
  const { cls, at } = units(text);
  const n = cls.length;
  const ends: number[] = [];
  const get = (k: number) => (k < n ? (cls[k] as SB) : SB.Other);
  let i = 0;
  while (i < n) {
    const c = get(i);
    if (c === SB.CR && get(i + 1) === SB.LF) {
      ends.push(at[i + 2] as number); // SB3, then SB4
      i += 2;
      continue;
    }
    if (isParaSep(c)) {
      ends.push(at[i + 1] as number); // SB4
      i += 1;
      continue;
    }
    if (!isTerm(c)) {
      i += 1;
      continue;
    }
    const next = get(i + 1);
    if (c === SB.ATerm && i + 1 < n) {
      if (next === SB.Numeric) {
        i += 1; // SB6: "3.5"
        continue;
      }
      const before = i > 0 ? get(i - 1) : SB.Other;
      if (next === SB.Upper && (before === SB.Upper || before === SB.Lower)) {
        i += 1; // SB7: "U.S"
        continue;
      }
    }
    let j = i + 1;
    while (j < n && get(j) === SB.Close) j++;
    while (j < n && get(j) === SB.Sp) j++;
    if (c === SB.ATerm) {
      // SB8: no break if a lower-case letter follows before any other letter or terminator ("e.g. the").
      let k = j;
      while (k < n) {
        const d = get(k);
        if (d === SB.OLetter || d === SB.Upper || d === SB.Lower || isParaSep(d) || isTerm(d)) break;
        k++;
      }
      if (k < n && get(k) === SB.Lower) {
        i = j;
        continue;
      }
    }
    // SB8a: a comma, dash, colon or another terminator continues the sentence.
    if (j < n && (get(j) === SB.SContinue || isTerm(get(j)))) {
      i = j;
      continue;
    }
    // SB9–SB11: the sentence takes its closing punctuation, spaces and one paragraph separator.
    if (j < n && get(j) === SB.CR && get(j + 1) === SB.LF) j += 2;
    else if (j < n && isParaSep(get(j))) j += 1;
    if (j < n) ends.push(at[j] as number);
    i = j;
  }
  if (n > 0 && ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}
