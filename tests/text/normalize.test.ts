import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharacters, normalizeText } from '../../src/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['curly quotes', '\u201CIt\u2019s \u2018fine\u2019\u201D', "\"it's 'fine'\""],
    ['dashes', 'a \u2013 b \u2014 c \u2212 d', 'a - b - c - d'],
    ['no-break and thin spaces', 'live\u00A0facial\u202Frecognition', 'live facial recognition'],
    ['per cent', '81 per cent, 87 percent and 0.08 per cent', '81%, 87% and 0.08%'],
    ['thousands separators', '1,000 and 12,120 faces', '1000 and 12120 faces'],
    ['number words', 'four out of five and forty-two matches', '4 out of 5 and 42 matches'],
    ['compound numbers', 'two hundred and fifty thousand', '250000'],
    ['"a thousand"', 'one in a thousand', '1 in 1000'],
    ['MPs is not MPS', 'MPs asked the MPS', 'members of parliament asked the mps'],
    ['soft hyphens and zero-width joiners', 'surveil\u00ADlance\u200B', 'surveillance'],
    ['runs of whitespace', '  a \n\t b  ', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('leaves a list of numbers alone', () => {
    expect(normalizeText('3, 4 and 5')).toBe('3, 4 and 5');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it('never returns typographic quotes, dashes or no-break spaces', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\u2019', '\u201C', '\u2013', '\u00A0', '1', ','), maxLength: 40 }),
        (s) => {
          expect(normalizeText(s)).not.toMatch(/[\u2019\u201C\u2013\u00A0]/);
        },
      ),
    );
  });

  it('foldCharacters keeps the length of text without dropped characters', () => {
    expect(foldCharacters('\u2018a\u2019 \u2013 b').length).toBe('\u2018a\u2019 \u2013 b'.length);
  });
});
