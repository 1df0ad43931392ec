import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize';
import { extractFigures, figuresAgree, parseFigure, parseNumberWords } from '../../src/text/numbers';

const figures = (text: string) => extractFigures(normalizeText(text)).map((f) => `${f.kind[0]}:${f.text}`);

describe('number words', () => {
  it.each([
    ['forty-two', '42'],
    ['two thousand five hundred', '2500'],
    ['nine in ten', '9 in 10'],
    ['no numbers here', 'no numbers here'],
    ['one hundred and one', '101'],
  ])('%s → %s', (words, digits) => expect(parseNumberWords(words)).toBe(digits));
});

describe('extractFigures', () => {
  it.each([
    ['81% inaccurate', ['p:81%']],
    ['an 87 per cent failure rate', ['p:87%']],
    ['four out of five people', ['p:4/5']],
    ['one in every 1,000 cases', ['p:1/1000']],
    ['only eight of 42 matches', ['p:8/42']],
    ['16 of the 42 matches', ['p:16/42']],
    ['between 0 to 0.08 per cent', ['p:0.08%', 'n:0']],
    ['5 of 2020 is not a proportion', ['n:5', 'n:2020']],
    ['a 14-year-old schoolboy', ['n:14']],
  ])('%s', (text, expected) => expect(figures(text).sort()).toEqual([...expected].sort()));

  it.each([
    ['80% of those wrongly flagged were black', true],
    ['about 60 per cent of the people stopped were women', true],
    ['70% of the people on the list are from ethnic minority backgrounds', true],
    ['81% of the people flagged were wrongly identified', false],
    ['81% of the matches were wrong, and most of those stopped were black', false],
    ['80% of officers said the cameras helped', false],
  ])('%s: a group’s make-up by race or sex (%s)', (text, makeup) =>
    expect(extractFigures(normalizeText(text))[0]?.makeup ?? false).toBe(makeup),
  );
});

describe('figuresAgree', () => {
  const f = (s: string) => parseFigure(s)!;
  it('81% never agrees with 87%', () => expect(figuresAgree(f('81%'), f('87%'))).toBe(false));
  it('"four in five" agrees with 81%', () => expect(figuresAgree(f('4/5'), f('81%'))).toBe(true));
  it('"8 of 42" agrees with 19%', () => expect(figuresAgree(f('8/42'), f('19%'))).toBe(true));
  it('"nine in ten" agrees with itself but not with 87%', () => {
    expect(figuresAgree(f('9/10'), f('90%'))).toBe(true);
    expect(figuresAgree(f('9/10'), f('87%'))).toBe(false);
  });
  it('small rates compare relative to their size: 0.1% is not 0.08%', () => {
    expect(figuresAgree(f('1/1000'), f('0.1%'))).toBe(true);
    expect(figuresAgree(f('1/1000'), f('0.08%'))).toBe(false);
  });
  it('a proportion never agrees with a plain number', () => expect(figuresAgree(f('42'), f('42%'))).toBe(false));
});
