// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/page/extract';
import { rangeFromOffsets } from '../../src/page/ranges';
import { mapWhitespace, pageOf, setBody } from './dom';

const ARTICLE = [
  '<h1>Met to use live facial recognition</h1>',
  '<p>The Met said false alerts occur in <em>one in every</em> <a href="#">1,000 cases</a>.',
  ' An independent review found the system was <strong><span>81%</span> inaccurate</strong>.</p>',
  '<p>Big Brother Watch called it\nan enormous expansion\tof the surveillance state.</p>',
].join('');

/** The range for the first occurrence of `phrase` in the extracted text. */
function rangeFor(
  page: ReturnType<typeof pageOf>,
  phrase: string,
): { range: Range | null; start: number; end: number } {
  const start = page.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = start + phrase.length;
  return { range: rangeFromOffsets(page, start, end), start, end };
}

describe('rangeFromOffsets', () => {
  it.each([
    ['inside one text node', 'live facial'],
    ['across an <em> and an <a>', 'occur in one in every 1,000 cases.'],
    ['across nested inline elements', 'was 81% inaccurate.'],
    [
      'a whole paragraph with mapped whitespace',
      'Big Brother Watch called it an enormous expansion of the surveillance state.',
    ],
    ['a single character at a node start', '8'],
  ])('round-trips %s', (_name, phrase) => {
    const page = pageOf(ARTICLE);
    const { range, start, end } = rangeFor(page, phrase);
    expect(range).not.toBeNull();
    expect(mapWhitespace(range!.toString())).toBe(page.text.slice(start, end));
  });

  it('round-trips every sentence-sized slice of every line', () => {
    const page = pageOf(ARTICLE);
    let lineStart = 0;
    for (const line of page.text.split(/\n+/)) {
      lineStart = page.text.indexOf(line, lineStart);
      for (let s = lineStart; s <= lineStart + line.length; s += 3) {
        for (let e = s; e <= lineStart + line.length; e += 7) {
          expect(mapWhitespace(rangeFromOffsets(page, s, e)!.toString())).toBe(page.text.slice(s, e));
        }
      }
      lineStart += line.length;
    }
  });

  it('spans blocks, leaving out the separator', () => {
    const page = pageOf('<p>one two</p><p>three four</p>');
    const range = rangeFromOffsets(page, page.text.indexOf('two'), page.text.indexOf(' four'));
    expect(range!.toString()).toBe('twothree');
  });

  it('snaps a start inside a separator forward and an end inside one back', () => {
    const page = pageOf('<p>alpha</p><p>beta</p>');
    expect(page.text).toBe('alpha\n\nbeta');
    // start in the separator -> start of "beta"
    expect(rangeFromOffsets(page, 6, 11)!.toString()).toBe('beta');
    expect(rangeFromOffsets(page, 5, 11)!.toString()).toBe('beta');
    // end in the separator -> end of "alpha"
    expect(rangeFromOffsets(page, 0, 6)!.toString()).toBe('alpha');
    expect(rangeFromOffsets(page, 0, 7)!.toString()).toBe('alpha');
    // only separator characters: nothing to highlight
    expect(rangeFromOffsets(page, 5, 7)).toBeNull();
    expect(rangeFromOffsets(page, 6, 7)).toBeNull();
  });

  it('gives collapsed ranges for empty slices', () => {
    const page = pageOf('<p>alpha</p>');
    const range = rangeFromOffsets(page, 2, 2)!;
    expect(range.collapsed).toBe(true);
    expect(rangeFromOffsets(page, 5, 5)!.collapsed).toBe(true);
  });

  it.each([
    [-1, 2],
    [0, 99],
    [3, 2],
    [0.5, 2],
    [Number.NaN, 2],
  ])('returns null for out-of-range offsets (%s, %s)', (start, end) => {
    expect(rangeFromOffsets(pageOf('<p>alpha</p>'), start, end)).toBeNull();
  });

  it('returns null for an empty page', () => {
    expect(rangeFromOffsets(pageOf(''), 0, 0)).toBeNull();
  });

  it('returns null when the nodes left the document', () => {
    const page = pageOf('<p id="a">alpha</p><p id="b">beta</p>');
    document.getElementById('b')!.remove();
    expect(rangeFromOffsets(page, 0, 5)!.toString()).toBe('alpha');
    expect(rangeFromOffsets(page, 7, 11)).toBeNull();
    expect(rangeFromOffsets(page, 0, 11)).toBeNull();
    setBody('');
    expect(rangeFromOffsets(page, 0, 5)).toBeNull();
  });

  it('returns null when a node became shorter than the offsets', () => {
    const page = pageOf('<p>alpha beta</p>');
    page.nodes[0]!.data = 'al';
    expect(rangeFromOffsets(page, 6, 10)).toBeNull();
    expect(rangeFromOffsets(page, 0, 2)!.toString()).toBe('al');
  });

  it('maps the cut node of a truncated page', () => {
    setBody('<p>alpha beta</p>');
    const page = extractText(document.body, { maxChars: 8 });
    expect(page.text).toBe('alpha be');
    expect(rangeFromOffsets(page, 6, 8)!.toString()).toBe('be');
  });
});
