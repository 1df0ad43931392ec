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
const { loadIndex } = await import('../../../extension/content/index-loader');

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
});
