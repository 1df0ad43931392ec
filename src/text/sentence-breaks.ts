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

/** Class of a non-ASCII code point (ASCII ones are in a table). */
function classify(cp: number): SB {
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

const ASCII = Uint8Array.from({ length: 128 }, (_, cp) => {
  if (cp >= 0x61 && cp <= 0x7a) return SB.Lower;
  if (cp >= 0x41 && cp <= 0x5a) return SB.Upper;
  if (cp >= 0x30 && cp <= 0x39) return SB.Numeric;
  if (cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c) return SB.Sp;
  if (cp === 0x0a) return SB.LF;
  if (cp === 0x0d) return SB.CR;
  if (cp === 0x2e) return SB.ATerm;
  if (cp === 0x21 || cp === 0x3f) return SB.STerm;
  if (cp === 0x2c || cp === 0x2d || cp === 0x3a || cp === 0x3b) return SB.SContinue;
  if ('"\'()[]{}'.includes(String.fromCharCode(cp))) return SB.Close;
  return SB.Other;
});

/** Classes of the non-ASCII code points met so far (a page uses a few hundred). */
const seen = new Map<number, SB>();
const SEEN_LIMIT = 20_000;

/** The class of the code point at `i` (a lone surrogate is Other). */
function classAt(text: string, i: number): SB {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return ASCII[unit] as SB;
  const cp = text.codePointAt(i) ?? 0;
  let c = seen.get(cp);
  if (c === undefined) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    c = classify(cp);
    seen.set(cp, c);
  }
  return c;
}

const width = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
const isParaSep = (c: SB) => c === SB.Sep || c === SB.CR || c === SB.LF;
const isTerm = (c: SB) => c === SB.ATerm || c === SB.STerm;
const isExtendOrFormat = (c: SB) => c === SB.Extend || c === SB.Format;

/**
 * Where the unit after the one starting at `i` starts. A unit is a character with the Extend and
 * Format characters after it (rule SB5), except that a paragraph separator takes none.
 */
function nextUnit(text: string, i: number): number {
  const c = classAt(text, i);
  let j = i + width(text, i);
  if (!isParaSep(c)) while (j < text.length && isExtendOrFormat(classAt(text, j))) j += width(text, j);
  return j;
}

/** The class of the unit that ends where `i` starts (Other at the start of the text). */
function classBefore(text: string, i: number): SB {
  let k = i - 1;
  while (k >= 0) {
    if (k > 0 && text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff) {
      const high = text.charCodeAt(k - 1);
      if (high >= 0xd800 && high <= 0xdbff) k--;
    }
    const c = classAt(text, k);
    if (!isExtendOrFormat(c)) return c;
    k--;
  }
  return SB.Other;
}

/**
 * The offsets where sentences end in `text` (each is where the next begins; the last is text.length,
 * for a non-empty text), as Intl.Segmenter with granularity 'sentence' would give them.
 */
export function sentenceEnds(text: string): number[] {
  const n = text.length;
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    // Fast path: letters, digits and spaces neither end a sentence nor separate paragraphs.
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      const a = ASCII[unit] as SB;
      if (a === SB.Lower || a === SB.Upper || a === SB.Sp || a === SB.Numeric || a === SB.Other) {
        i++;
        continue;
      }
    }
    const c = classAt(text, i);
    if (c === SB.CR && text.charCodeAt(i + 1) === 0x0a) {
      ends.push(i + 2); // SB3, then SB4
      i += 2;
      continue;
    }
    if (isParaSep(c)) {
      i += width(text, i);
      ends.push(i); // SB4
      continue;
    }
    if (!isTerm(c)) {
      i += width(text, i);
      continue;
    }
    const after = nextUnit(text, i);
    if (c === SB.ATerm && after < n) {
      const next = classAt(text, after);
      if (next === SB.Numeric) {
        i = after; // SB6: "3.5"
        continue;
      }
      if (next === SB.Upper) {
        const before = classBefore(text, i);
        if (before === SB.Upper || before === SB.Lower) {
          i = after; // SB7: "U.S"
          continue;
        }
      }
    }
    let j = after;
    while (j < n && classAt(text, j) === SB.Close) j = nextUnit(text, j);
    while (j < n && classAt(text, j) === SB.Sp) j = nextUnit(text, j);
    if (c === SB.ATerm) {
      // SB8: no break if a lower-case letter follows before any other letter or terminator ("e.g. the").
      let k = j;
      while (k < n) {
        const d = classAt(text, k);
        if (d === SB.OLetter || d === SB.Upper || d === SB.Lower || isParaSep(d) || isTerm(d)) break;
        k = nextUnit(text, k);
      }
      if (k < n && classAt(text, k) === SB.Lower) {
        i = j;
        continue;
      }
    }
    // SB8a: a comma, dash, colon or another terminator continues the sentence.
    if (j < n) {
      const d = classAt(text, j);
      if (d === SB.SContinue || isTerm(d)) {
        i = j;
        continue;
      }
    }
    // SB9–SB11: the sentence takes its closing punctuation, spaces and one paragraph separator.
    if (j < n) {
      const d = classAt(text, j);
      if (d === SB.CR && text.charCodeAt(j + 1) === 0x0a) j += 2;
      else if (isParaSep(d)) j += width(text, j);
    }
    if (j < n) ends.push(j);
    i = j;
  }
  if (n > 0 && ends[ends.length - 1] !== n) ends.push(n);
  return ends;
}
