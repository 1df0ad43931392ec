/**
 * Numbers written as words, and the figures a sentence states. "Four out of five", "80 per cent" and
 * "eight of 42" are all figures; two claims agree on a figure only if their values are close.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

/** Every word that can be part of a number written in words. */
export const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)];

function isNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w in SCALES;
}

/**
 * Rewrites number words inside a run of words as digits ("forty-two" → "42", "two thousand five
 * hundred" → "2500", "two hundred and fifty" → "250", "a thousand" → "1000"); other words are kept.
 * `run` is lower case, its words joined by single spaces or hyphens.
 */
export function parseNumberWords(run: string): string {
  const parts = run.split(/([- ])/);
  // Fast path: most runs contain no number word at all.
  if (!parts.some(isNumberWord)) return run;
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    if (!isNumberWord(parts[i] ?? '')) {
      out.push(parts[i] ?? '');
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    let end = i; // one past the last part that belonged to the number
    while (j < parts.length) {
      const word = parts[j] ?? '';
      if (word === ' ' || word === '-') {
        j++;
        continue;
      }
      // Within the current hundred: "forty" takes "two", "hundred" takes "and one", "twelve" takes nothing.
      const rem = current % 100;
      const canTakeUnit = rem === 0 || (rem >= 20 && rem % 10 === 0);
      if (word in UNITS && canTakeUnit) current += UNITS[word] ?? 0;
      else if (word in TENS && current % 100 === 0) current += TENS[word] ?? 0;
      else if (word === 'hundred') current = (current || 1) * 100;
      else if (word in SCALES) {
        total += (current || 1) * (SCALES[word] ?? 1);
        current = 0;
      } else if (word === 'and' && total + current >= 100 && isNumberWord(parts[j + 2] ?? '')) {
        // "two hundred and fifty": the "and" belongs to the number.
        j++;
        continue;
      } else break;
      j++;
      end = j;
    }
    out.push(String(total + current));
    i = end;
  }
  // "a thousand", "a million": the article is the number one.
  return out.join('').replace(/\ba (100|1000|1000000)\b/g, '$1');
}

export type FigureKind = 'proportion' | 'number';

/** A figure stated in text: a proportion in [0, 1] (from "81%", "4 in 5", "8 of 42") or a plain number. */
export interface Figure {
  kind: FigureKind;
  value: number;
  /** The text it was read from, normalised ("81%", "4/5"). */
  text: string;
  /**
   * A proportion that gives a group's make-up by race or sex ("80% of those wrongly flagged were black"),
   * not how often something happened: it agrees only with a claim that is itself about race or sex.
   */
  makeup?: true;
}

/**
 * "81%", "0.08%", "4 in 5", "1 in every 1000", "4 out of 5", "8 of 42", "9 in 10" in normalised text, and
 * with a few words between when "every" or "each" makes it a rate: "1 false alert in every 1000", and
 * "once in every 1000".
 */
const PROPORTION_RE =
  /(\d+(?:\.\d+)?)%|\b(\d+(?:\.\d+)?|once) (?:in|out of|of)(?: every| each| the| all)? (\d+(?:\.\d+)?)\b(?!%)|\b(\d+(?:\.\d+)?) (?:[a-z]+ ){1,3}(?:in|out of) (?:every|each) (\d+(?:\.\d+)?)\b(?!%)/g;
const NUMBER_RE = /\b\d+(?:\.\d+)?\b(?!%)/g;
/**
 * What follows a proportion that gives a group's make-up: "of" the group, then, at its first verb, that
 * its members were of a race or sex ("... of those stopped were black", "... of the people flagged were
 * women").
 */
const MAKEUP_RE =
  /^ of\b(?:(?!\b(?:were|was|are|is)\b)[^.;:!?,]){0,100}\b(?:were|was|are|is)(?: [a-z]+)? (?:black|white|asian|women|men|female|male|from (?:a |an )?(?:black|ethnic|minority|asian))\b/i;

/** Reads the figures in normalised text (see normalizeText). Years (1900–2099) are plain numbers. */
export function extractFigures(normalized: string): Figure[] {
  const figures: Figure[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of normalized.matchAll(PROPORTION_RE)) {
    const start = m.index;
    if (m[1] !== undefined) {
      const makeup = MAKEUP_RE.test(normalized.slice(start + m[0].length));
      figures.push({ kind: 'proportion', value: Number(m[1]) / 100, text: `${m[1]}%`, ...(makeup && { makeup }) });
    } else {
      const part = m[2] ?? m[4];
      const whole = m[3] ?? m[5];
      const a = part === 'once' ? 1 : Number(part);
      const b = Number(whole);
      // "8 of 42" is a proportion only when the part is smaller than the whole: "2 of 3" yes, "5 of 2020" no.
      if (!(b > a && b > 1) || b >= 1900) continue;
      figures.push({ kind: 'proportion', value: a / b, text: `${part}/${whole}` });
    }
    taken.push([start, start + m[0].length]);
  }
  for (const m of normalized.matchAll(NUMBER_RE)) {
    const at = m.index;
    if (taken.some(([from, to]) => at >= from && at < to)) continue;
    figures.push({ kind: 'number', value: Number(m[0]), text: m[0] });
  }
  return figures;
}

/** Parses a figure as written in the claims file: "81%", "8/42" or "42". */
export function parseFigure(text: string): Figure | null {
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (pct) return { kind: 'proportion', value: Number(pct[1]) / 100, text };
  const ratio = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text);
  if (ratio && Number(ratio[2]) > 0) return { kind: 'proportion', value: Number(ratio[1]) / Number(ratio[2]), text };
  if (/^\d+(?:\.\d+)?$/.test(text)) return { kind: 'number', value: Number(text), text };
  return null;
}

/**
 * Two proportions agree when within PROPORTION_TOLERANCE of each other (so "4 in 5" = 80% agrees
 * with 81%, but 87% never agrees with 81%), or, for small rates such as "1 in 1,000", within
 * SMALL_RATE_RELATIVE_TOLERANCE of each other relative to their size (0.1% ≠ 0.08%).
 */
const PROPORTION_TOLERANCE = 0.012;
const SMALL_RATE = 0.05;
const SMALL_RATE_RELATIVE_TOLERANCE = 0.05;

export function figuresAgree(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number') return a.value === b.value;
  const small = Math.max(a.value, b.value) < SMALL_RATE;
  if (small) return Math.abs(a.value - b.value) <= SMALL_RATE_RELATIVE_TOLERANCE * Math.max(a.value, b.value);
  return Math.abs(a.value - b.value) <= PROPORTION_TOLERANCE;
}
