/**
 * The reader's verdicts as the background stores them (extension/background/verdicts.ts) and as pages read
 * them (extension/shared/verdicts.ts): one entry per sentence and claim, a "Not this claim" tied to its
 * site, unreadable items and values kept, a limit, and nothing stored beyond what SECURITY.md lists.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserMock } from '../i18n-mock';
import { memoryStorage } from '../storage-mock';

const { store, storage } = memoryStorage();
const runtime = { ...browserMock.runtime, getManifest: () => ({ version: '1.2.3' }) };

vi.mock('../../../extension/shared/browser', () => ({ default: { ...browserMock, runtime, storage } }));
const { clearVerdicts, recordVerdict, removeVerdict } = await import('../../../extension/background/verdicts');
const { MAX_VERDICTS, VERDICTS_BACKUP_KEY, VERDICTS_KEY, readVerdicts, verdictKey, verdictsFor } =
  await import('../../../extension/shared/verdicts');

const SENTENCE = 'The cameras were wrong 81% of the time, researchers found.';
const CLAIM = 'essex-review-81-percent-inaccurate';

beforeEach(() => store.clear());

describe('recordVerdict', () => {
  it('stores the sentence, the claim, the verdict and the version, and the site only for "Not this claim"', async () => {
    expect(
      await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'right-claim', host: 'www.News.example' }),
    ).toEqual({
      ok: true,
    });
    expect(
      await recordVerdict({ sentence: 'Other.', claimId: CLAIM, verdict: 'not-this-claim', host: 'www.News.example' }),
    ).toEqual({
      ok: true,
    });
    expect(store.get(VERDICTS_KEY)).toEqual([
      { sentence: SENTENCE, claimId: CLAIM, verdict: 'right-claim', version: '1.2.3' },
      { sentence: 'Other.', claimId: CLAIM, verdict: 'not-this-claim', site: 'news.example', version: '1.2.3' },
    ]);
  });

  it('a later verdict on the same sentence and claim replaces the earlier one; other sites keep theirs', async () => {
    const give = (verdict: 'right-claim' | 'not-this-claim', host: string) =>
      recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict, host });
    await give('not-this-claim', 'a.example');
    await give('not-this-claim', 'b.example');
    await give('not-this-claim', 'a.example');
    expect(readVerdicts(store.get(VERDICTS_KEY)).verdicts.map((v) => v.site)).toEqual(['b.example', 'a.example']);
    await give('right-claim', 'a.example');
    await give('right-claim', 'c.example');
    expect(readVerdicts(store.get(VERDICTS_KEY)).verdicts.map((v) => [v.verdict, v.site])).toEqual([
      ['not-this-claim', 'b.example'],
      ['right-claim', undefined],
    ]);
    // What a page on each site makes of them.
    const key = verdictKey(CLAIM, SENTENCE);
    expect(verdictsFor(store.get(VERDICTS_KEY), 'b.example').rejected.has(key)).toBe(true);
    expect(verdictsFor(store.get(VERDICTS_KEY), 'a.example').rejected.has(key)).toBe(false);
    expect(verdictsFor(store.get(VERDICTS_KEY), 'a.example').confirmed.has(key)).toBe(true);
  });

  it('refuses "Not this claim" without a site, and any verdict past the limit, with a reason', async () => {
    expect(await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'not-this-claim' })).toEqual({
      ok: false,
      reason: 'no-site',
    });
    store.set(
      VERDICTS_KEY,
      Array.from({ length: MAX_VERDICTS }, (_, i) => ({
        sentence: `S${i}`,
        claimId: CLAIM,
        verdict: 'right-claim',
        version: '1',
      })),
    );
    expect(await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'right-claim' })).toEqual({
      ok: false,
      reason: 'full',
    });
    expect((store.get(VERDICTS_KEY) as unknown[]).length).toBe(MAX_VERDICTS);
  });

  it('keeps stored items it cannot read, and moves a stored value that is not a list to the backup', async () => {
    const foreign = { sentence: 1, verdict: 'maybe' };
    store.set(VERDICTS_KEY, [foreign, 'x']);
    expect(readVerdicts(store.get(VERDICTS_KEY))).toEqual({ verdicts: [], unreadable: 2 });
    await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'right-claim' });
    expect(store.get(VERDICTS_KEY)).toEqual([
      foreign,
      'x',
      { sentence: SENTENCE, claimId: CLAIM, verdict: 'right-claim', version: '1.2.3' },
    ]);
    store.set(VERDICTS_KEY, 'corrupt');
    expect(readVerdicts(store.get(VERDICTS_KEY))).toEqual({ verdicts: [], unreadable: 1 });
    await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'right-claim' });
    expect(store.get(VERDICTS_BACKUP_KEY)).toEqual(['corrupt']);
    expect(readVerdicts(store.get(VERDICTS_KEY)).verdicts).toHaveLength(1);
  });

  it('two verdicts given at once are both stored', async () => {
    await Promise.all(
      ['a', 'b', 'c'].map((s) =>
        recordVerdict({ sentence: s, claimId: CLAIM, verdict: 'not-this-claim', host: 'x.example' }),
      ),
    );
    expect(readVerdicts(store.get(VERDICTS_KEY)).verdicts.map((v) => v.sentence)).toEqual(['a', 'b', 'c']);
  });
});

describe('removeVerdict and clearVerdicts', () => {
  it('removes one verdict exactly, then all of them with the backup', async () => {
    await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'not-this-claim', host: 'a.example' });
    await recordVerdict({ sentence: SENTENCE, claimId: CLAIM, verdict: 'not-this-claim', host: 'b.example' });
    const [first] = readVerdicts(store.get(VERDICTS_KEY)).verdicts;
    expect(await removeVerdict({ ...first!, site: 'c.example' })).toBe(false);
    expect(await removeVerdict(first!)).toBe(true);
    expect(readVerdicts(store.get(VERDICTS_KEY)).verdicts.map((v) => v.site)).toEqual(['b.example']);
    store.set(VERDICTS_BACKUP_KEY, ['old']);
    expect(await clearVerdicts()).toBe(true);
    expect(store.has(VERDICTS_KEY) || store.has(VERDICTS_BACKUP_KEY)).toBe(false);
  });
});
