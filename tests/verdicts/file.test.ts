/** The reader's verdicts file (src/verdicts/file.ts) and what `npm run eval -- --verdicts` makes of it. */
import { describe, expect, it } from 'vitest';
import { evaluateVerdicts, verdictsReport } from '../../src/cli/eval-verdicts';
import { loadMatcher } from '../../src/cli/load-matcher';
import { readVerdictsFile, writeVerdictsFile, type LabelledVerdict } from '../../src/verdicts/file';

const { matcher, db } = loadMatcher();
const claim = (id: string) => db.claims.find((c) => c.id === id)!;

describe('the verdicts file', () => {
  it('round-trips, leaving out anything beyond the labelled fields (the site)', () => {
    const stored = [
      { sentence: 'A.', claimId: 'x', verdict: 'not-this-claim' as const, site: 'news.example', version: '0.1.0' },
    ];
    const text = writeVerdictsFile(stored, '0.2.0');
    expect(text).not.toContain('news.example');
    expect(readVerdictsFile(text)).toEqual({
      format: 'claimlens-verdicts',
      formatVersion: 1,
      claimlensVersion: '0.2.0',
      verdicts: [{ sentence: 'A.', claimId: 'x', verdict: 'not-this-claim', version: '0.1.0' }],
    });
  });

  it.each([
    ['{', /not JSON/],
    ['[]', /not a ClaimLens verdicts file/],
    ['{"format":"claimlens-verdicts","formatVersion":2,"verdicts":[]}', /formatVersion 2/],
    ['{"format":"claimlens-verdicts","formatVersion":1,"verdicts":{}}', /must be a list/],
    [
      '{"format":"claimlens-verdicts","formatVersion":1,"verdicts":[{"sentence":"A","claimId":"x","verdict":"maybe","version":"1"}]}',
      /verdicts\[0\]/,
    ],
  ])('refuses %s with a clear reason', (text, reason) => expect(() => readVerdictsFile(text)).toThrow(reason));
});

describe('evaluateVerdicts', () => {
  it("counts the reader's confirmed sentences still found and rejected ones still highlighted", () => {
    // A seed claim's own statement is highlighted as that claim; the same words said of another claim are not.
    const stated = claim(db.claims[0]!.id);
    const other = db.claims.find((c) => c.id !== stated.id)!;
    const verdicts: LabelledVerdict[] = [
      { sentence: stated.statement, claimId: stated.id, verdict: 'right-claim', version: '1' },
      { sentence: 'The weather was fine on Tuesday.', claimId: stated.id, verdict: 'right-claim', version: '1' },
      { sentence: stated.statement, claimId: stated.id, verdict: 'not-this-claim', version: '1' },
      { sentence: stated.statement, claimId: other.id, verdict: 'not-this-claim', version: '1' },
      { sentence: 'Anything.', claimId: 'a-pack-claim', verdict: 'right-claim', version: '1' },
    ];
    const r = evaluateVerdicts(matcher, db, {
      format: 'claimlens-verdicts',
      formatVersion: 1,
      claimlensVersion: '1',
      verdicts,
    });
    expect(r.right).toEqual({ n: 2, same: 1, other: 0 });
    expect(r.rejected).toEqual({ n: 2, still: 1 });
    expect(r.unknown).toBe(1);
    expect(verdictsReport(r, true).join('\n')).toMatch(/still highlighted as that claim 1\/2[\s\S]*not highlighted/);
  });
});
