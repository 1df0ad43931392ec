// @vitest-environment happy-dom
/**
 * The claim index is loaded once per page and shared (extension/content/index-loader.ts); an aborted
 * load is forgotten, and the next caller starts it again.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileClaimIndex } from '../../../src/match/compile';
import { readClaimDatabase } from '../../../src/cli/seeds';
import { runSteps } from '../../../src/text/steps';

const db = readClaimDatabase();
const data = compileClaimIndex(db.claims, { entities: db.entities });
let parsed = 0;
vi.mock('virtual:claimlens/index', () => ({
  default: () => {
    parsed++;
    return structuredClone(data);
  },
}));
/** What storage holds: the claim packs' index and its parts, as the background stores them, or nothing. */
const storage = vi.hoisted(() => new Map<string, unknown>());
vi.mock('../../../extension/shared/browser', () => ({
  default: {
    storage: {
      local: {
        get: (keys: string | string[]) =>
          Promise.resolve(
            Object.fromEntries([keys].flat().flatMap((key) => (storage.has(key) ? [[key, storage.get(key)]] : []))),
          ),
      },
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
    const store = (parts: unknown[], generation = 'g1', index: object = {}) => {
      storage.clear();
      storage.set('packIndex', { head: JSON.stringify(head), parts: parts.length, generation, ...index });
      parts.forEach((part, n) => storage.set(`packIndex:${n}`, part));
      reloadIndexes();
    };
    const part = (list: unknown[], generation = 'g1') => ({ generation, text: JSON.stringify(list) });
    store([part(phrasings.slice(0, half)), part(phrasings.slice(half))]);
    const [bundled, deferred] = await loadIndexes();
    expect(bundled.claimIds).toHaveLength(data.claimIds.length);
    // Its gates are read at once; its wordings when a sentence first needs them, once for every caller.
    const [weight, stems] = head.gate.at(-1)!;
    const heaviest = stems.split(' ')[0]!;
    expect(deferred?.gate.stemWeight(heaviest)).toBe(weight);
    expect(weight).toBeGreaterThan(0);
    const pack = runSteps(deferred!.steps());
    expect(pack?.claimIds).toEqual(db.claims.slice(0, 3).map((c) => c.id));
    expect(pack?.phrasings).toHaveLength(phrasings.length);
    expect(runSteps(deferred!.steps())).toBe(pack);
    // A part that turns out unreadable when the wordings are needed: the packs match nothing.
    store([{ generation: 'g1', text: '[1' }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [, broken] = await loadIndexes();
    expect(runSteps(broken!.steps())).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cannot be read'), expect.anything());
    const unreadable: Array<() => void> = [
      () => store([part(phrasings)], 'g1', { head: '{broken' }),
      // A part left from an earlier index (a new one is being stored), or one not there yet.
      () => store([part(phrasings.slice(0, half)), part(phrasings.slice(half), 'g0')]),
      () => store([part(phrasings)], 'g1', { parts: 2 }),
      // The index as an earlier version stored it, and a value that is no index at all.
      () => store([], 'g1', { parts: undefined, phrasings: [JSON.stringify(phrasings)] }),
      () => {
        storage.clear();
        storage.set('packIndex', 'text');
        reloadIndexes();
      },
    ];
    for (const broken of unreadable) {
      broken();
      expect(await loadIndexes()).toHaveLength(1);
    }
    storage.clear();
    reloadIndexes();
    warn.mockRestore();
  });
});
