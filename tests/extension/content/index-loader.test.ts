// @vitest-environment happy-dom
/**
 * The claim index is loaded once per page and shared (extension/content/index-loader.ts); an aborted
 * load is forgotten, and the next caller starts it again.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileClaimIndex } from '../../../src/match/compile';
import { readClaimDatabase } from '../../../src/cli/seeds';

const db = readClaimDatabase();
const data = compileClaimIndex(db.claims, { entities: db.entities });
let parsed = 0;
vi.mock('virtual:claimlens/index', () => ({
  default: () => {
    parsed++;
    return structuredClone(data);
  },
}));
/** What storage holds: the claim packs' index, as the background stores it, or nothing. */
const storage = vi.hoisted(() => ({ packIndex: undefined as unknown }));
vi.mock('../../../extension/shared/browser', () => ({
  default: {
    storage: {
      local: { get: () => Promise.resolve(storage.packIndex === undefined ? {} : { packIndex: storage.packIndex }) },
    },
  },
}));
const { loadIndexes, reloadIndexes } = await import('../../../extension/content/index-loader');
const loadIndex = async (signal?: AbortSignal) => (await loadIndexes(signal))[0]!;

describe('the claim index loader', () => {
  it('is aborted by the signal of the caller that started it, and started again by the next caller', async () => {
    const controller = new AbortController();
    const first = loadIndex(controller.signal);
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    const index = await loadIndex();
    expect(index.claimIds.length).toBe(data.claimIds.length);
  });

  it('loads once: later callers share the same index', async () => {
    const [a, b] = await Promise.all([loadIndex(), loadIndex()]);
    expect(a).toBe(b);
    expect(await loadIndex()).toBe(a);
    // Parsed once in this file: the aborted load stopped before parsing, the next one parsed.
    expect(parsed).toBe(1);
  });

  it('adds the claim packs’ index when one is stored, and ignores one that cannot be read', async () => {
    expect(await loadIndexes()).toHaveLength(1);
    // As the background stores it: the index without its wordings, and the wordings in parts.
    const { phrasings, ...head } = compileClaimIndex(db.claims.slice(0, 3), { entities: db.entities });
    const half = Math.ceil(phrasings.length / 2);
    storage.packIndex = {
      head: JSON.stringify(head),
      phrasings: [JSON.stringify(phrasings.slice(0, half)), JSON.stringify(phrasings.slice(half))],
    };
    reloadIndexes();
    const [bundled, pack] = await loadIndexes();
    expect(bundled?.claimIds).toHaveLength(data.claimIds.length);
    expect(pack?.claimIds).toEqual(db.claims.slice(0, 3).map((c) => c.id));
    expect(pack?.phrasings).toHaveLength(phrasings.length);
    for (const broken of [
      { head: '{broken', phrasings: [] },
      { head: JSON.stringify(head), phrasings: ['[1'] },
      'text',
    ]) {
      storage.packIndex = broken;
      reloadIndexes();
      expect(await loadIndexes()).toHaveLength(1);
    }
    storage.packIndex = undefined;
    reloadIndexes();
  });
});
