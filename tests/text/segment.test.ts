import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, segmentSentences } from '../../src/text/segment';

describe('segmentSentences', () => {
  it('returns offsets into the original text', () => {
    const text = '  Police said so.  The report disagreed! Why?\n\nA new block';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Police said so.', 'The report disagreed!', 'Why?', 'A new block']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never joins two blocks into one sentence', () => {
    const sentences = segmentSentences('A heading without a full stop\n\nThe first sentence of the article.');
    expect(sentences.map((s) => s.text)).toEqual([
      'A heading without a full stop',
      'The first sentence of the article.',
    ]);
  });

  it('does not break after titles and numbered abbreviations', () => {
    const text = 'Mr. Smith met Dr. Jones on Jan. 24. Prof. Fussey agreed.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 24.',
      'Prof. Fussey agreed.',
    ]);
  });

  it('handles curly quotes, emoji and right-to-left text with correct offsets', () => {
    const text = '\u201CIt is 81% wrong,\u201D she said. 👩🏽‍⚖️ The court agreed. مرحبا بالعالم. Done.';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts walls of text without punctuation into bounded pieces', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const sentences = segmentSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('offsets always point at the sentence text, for any input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'B', ' ', '.', '!', '\n', 'é', '“', '”', 'Mr.', '\n\n'),
          maxLength: 200,
        }),
        (text) => {
          let last = 0;
          for (const s of segmentSentences(text)) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            expect(s.start).toBeGreaterThanOrEqual(last);
            last = s.end;
          }
        },
      ),
    );
  });
});
