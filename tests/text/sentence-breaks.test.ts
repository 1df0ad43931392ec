import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../src/text/sentence-breaks';

/** The reference: ICU's sentence boundaries, as Node's Intl.Segmenter gives them. */
const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string) => [...icu.segment(text)].map((s) => s.index + s.segment.length);

/** Characters of every class the rules tell apart, and the ones where classes overlap. */
const UNITS = [
  'a',
  'b',
  'Z',
  'É',
  'é',
  'ǅ',
  '3',
  '0',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u2029',
  '\u0085',
  '.',
  '!',
  '?',
  '…',
  '。',
  '؟',
  '।',
  '\u2024',
  '\uff0e',
  '"',
  "'",
  '(',
  ')',
  '[',
  '“',
  '”',
  '«',
  '»',
  ',',
  ';',
  ':',
  '-',
  '–',
  '—',
  '\u055d',
  '\ufe54',
  '\u0301',
  '\u200d',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u0600',
  '👩🏽',
  'ا',
  '漢',
  '٫',
  '&',
  '/',
  '%',
  '\u05f3',
  'ª',
  'ʰ',
  'ᾈ',
  'ა',
  '\u10fc',
  'Ა',
  '\u2e06',
];

describe('sentenceEnds', () => {
  it('breaks where UAX #29 does, and not after decimals, initialisms or before lower case', () => {
    const text = 'It cost 3.5 m. The U.S. Army agreed. e.g. this stays. "Really?" she asked. Yes!\nNext';
    const ends = sentenceEnds(text);
    const pieces = ends.map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end));
    expect(pieces).toEqual([
      'It cost 3.5 m. ',
      'The U.S. ',
      'Army agreed. e.g. this stays. ',
      // SB8 keeps a lower-case continuation only after a full stop, not after ? or !
      '"Really?" ',
      'she asked. ',
      'Yes!\n',
      'Next',
    ]);
  });

  it('gives no boundary in an empty text and one at the end of any other', () => {
    expect(sentenceEnds('')).toEqual([]);
    expect(sentenceEnds('no full stop')).toEqual([12]);
  });

  it('agrees with ICU on generated text of every character class', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom(...UNITS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
          maxLength: 40,
        }),
        (text) => {
          expect(sentenceEnds(text)).toEqual(icuEnds(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('agrees with ICU on every code point, in the contexts where its class decides a boundary', () => {
    const contexts = [
      (x: string) => `.${x}`,
      (x: string) => `a.${x}B`,
      (x: string) => `!${x} B`,
      (x: string) => `. ${x}a`,
      (x: string) => `a.${x} b`,
      (x: string) => `A${x}.B`,
      (x: string) => `${x}. b`,
      (x: string) => `x\n${x}.`,
      (x: string) => `a.${x}3`,
    ];
    const disagreements: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 0x101) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const x = String.fromCodePoint(cp);
      for (const context of contexts) {
        const text = context(x);
        if (sentenceEnds(text).join() !== icuEnds(text).join()) {
          disagreements.push(`U+${cp.toString(16)} in ${JSON.stringify(text)}`);
          break;
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with ICU on the five seed articles', () => {
    const dir = join(import.meta.dirname, '../../seeds/documents');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const name of files)
      for (const block of readFileSync(join(dir, name), 'utf8').split(/\n[ \t]*\n/))
        expect(sentenceEnds(block)).toEqual(icuEnds(block));
  });
});
