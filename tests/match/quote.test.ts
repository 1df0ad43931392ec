import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMatcher } from '../../src/cli/load-matcher';
import { TrigramKeys, type ClaimIndex } from '../../src/match/claim-index';
import { LIGHT_WORDS, longestSharedRun, quoteSimilarity, type QuoteExcerpt } from '../../src/match/quote';
import { SCORE } from '../../src/match/score';
import { normalizeText } from '../../src/text/normalize';

/** Edited excerpts this similar to their original are compared score for score by the filter property... */
const NEAR_QUOTE = 0.75;
/** ...and at least this many of the 400 random edits must be that similar, or the property checks nothing. */
const MIN_NEAR_QUOTES = 50;
import { tokenize } from '../../src/text/tokens';

let index: ClaimIndex;
let excerpts: QuoteExcerpt[];
beforeAll(() => {
  index = loadMatcher().matcher.index;
  excerpts = index.claimIds.flatMap((_, claim) => index.excerptsOf(claim).list);
});

/** The longest shared run by brute force: every pair of starting points, walked forward. */
function bruteRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let weight = 0;
      for (let k = 0; i + k < a.length && j + k < b.length && a[i + k] === b[j + k]; k++) {
        if (!LIGHT_WORDS.has(a[i + k] as string)) weight++;
        best = Math.max(best, weight);
      }
    }
  }
  return best;
}

const check = (sentence: string, minShare?: number) => {
  const normalized = normalizeText(sentence);
  const words = tokenize(normalized);
  return quoteSimilarity(normalized, words, index.trigramKeys(words), excerpts, minShare);
};

describe('longestSharedRun', () => {
  it('counts meaningful words in the longest common run, as brute force does', () => {
    const word = fc.constantFrom('the', 'of', 'a', 'police', 'facial', 'recognition', 'met', 'cameras');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 25 }), fc.array(word, { maxLength: 25 }), (a, b) => {
        expect(longestSharedRun(a, b)).toBe(bruteRun(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('does not count light words', () => {
    expect(longestSharedRun(tokenize('in the uk and the police'), tokenize('in the uk and the police'))).toBe(1);
    expect(
      longestSharedRun(tokenize('a huge threat to human rights'), tokenize('poses a huge threat to human rights')),
    ).toBe(4);
  });
});

describe('TrigramKeys', () => {
  it('gives two runs of three words the same key exactly when they are the same words', () => {
    const word = fc.constantFrom('the', 'met', 'police', 'facial', 'recognition', 'live', 'x', 'of');
    const strings = (words: string[]) =>
      new Set(words.slice(2).map((w, i) => `${words[i] ?? ''} ${words[i + 1] ?? ''} ${w}`));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { maxLength: 20 }), (a, b) => {
        const keys = new TrigramKeys();
        const [ka, kb] = [keys.of(a), keys.of(b)];
        const [sa, sb] = [strings(a), strings(b)];
        expect(ka.size).toBe(sa.size);
        expect([...ka].filter((k) => kb.has(k)).length).toBe([...sa].filter((t) => sb.has(t)).length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('quoteSimilarity', () => {
  it('finds a verbatim excerpt inside a longer sentence', () => {
    const ex = excerpts.find((e) => e.words.length >= 10) as QuoteExcerpt;
    const q = check(`Campaigners said on Tuesday that ${ex.text} according to reports.`);
    expect(q.similarity).toBe(1);
    expect(q.text).toBe(ex.text);
  });

  it('gives the same verdict with the fuzzy-search filter as without it, on edited excerpts', () => {
    // Excerpts with a few characters changed, dropped or doubled, alone or inside a longer sentence:
    // whatever the full check (fuse.js on every excerpt sharing a run of three words) says about them,
    // the filtered check must say too, and report the same similarity wherever it could matter.
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('change', 'drop', 'double'),
      char: fc.constantFrom('e', 'x', ' '),
    });
    let compared = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { maxLength: 6 }), fc.boolean(), (pick, edits, wrap) => {
        const ex = excerpts[pick % excerpts.length] as QuoteExcerpt;
        const chars = [...ex.text];
        for (const e of edits) {
          const at = e.at % chars.length;
          if (e.kind === 'change') chars[at] = e.char;
          else if (e.kind === 'drop') chars[at] = '';
          else chars[at] = `${chars[at] ?? ''}${chars[at] ?? ''}`;
        }
        const sentence = wrap ? `He said: ${chars.join('')}, the report found.` : chars.join('');
        const full = check(sentence, 0);
        const filtered = check(sentence);
        expect(filtered.run).toBe(full.run);
        expect(filtered.similarity >= SCORE.quoteSimilarity).toBe(full.similarity >= SCORE.quoteSimilarity);
        if (full.similarity >= NEAR_QUOTE) {
          compared++;
          expect(filtered.similarity).toBe(full.similarity);
        }
      }),
      { numRuns: 400 },
    );
    // The property is only worth something if the fuzzy search found quotes among the edited excerpts.
    expect(compared).toBeGreaterThan(MIN_NEAR_QUOTES);
  });
});
