/**
 * How the background stores the packs' index (extension/background/packs.ts, shared/pack-keys.ts): its
 * wordings in parts written one at a time before the head that names them, parts left from a larger
 * index removed after it, everything removed when no pack is on, and what the content script reads back.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PackKeys from '../../../extension/shared/pack-keys';
import { browserMock } from '../i18n-mock';

/** extension storage.local, in memory, with every write in order. */
const store = new Map<string, unknown>();
const writes: Array<{ set?: string[]; remove?: string[] }> = [];
const pick = (keys: string | string[]) =>
  Object.fromEntries([keys].flat().flatMap((k) => (store.has(k) ? [[k, structuredClone(store.get(k))]] : [])));
const storage = {
  local: {
    get: (keys: string | string[]) => Promise.resolve(pick(keys)),
    set: (items: Record<string, unknown>) => {
      writes.push({ set: Object.keys(items) });
      for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
      return Promise.resolve();
    },
    remove: (keys: string | string[]) => {
      writes.push({ remove: [keys].flat() });
      for (const k of [keys].flat()) store.delete(k);
      return Promise.resolve();
    },
  },
};

vi.mock('../../../extension/shared/browser', () => ({ default: { ...browserMock, storage } }));
const pageKeys = vi.hoisted(() => ({ perPart: 2000 }));
vi.mock('../../../extension/shared/pack-keys', async (original) => ({
  ...(await original<typeof PackKeys>()),
  get PHRASINGS_PER_PART() {
    return pageKeys.perPart;
  },
}));
const { importPack, recompilePackIndex, removePack, setPackEnabled } =
  await import('../../../extension/background/packs');
const { loadIndexes, reloadIndexes } = await import('../../../extension/content/index-loader');

const PACK = readFileSync('tests/fixtures/packs/example-pack.json', 'utf8');
const importExample = () => importPack('example-pack.json', PACK, false, () => {});
const partKeys = () => [...store.keys()].filter((k) => k.startsWith('packIndex:')).sort();

beforeEach(() => {
  store.clear();
  writes.length = 0;
  pageKeys.perPart = 2000;
});

describe('the packs’ index in storage', () => {
  it('is written part by part, each in a write of its own, and the head that names them last', async () => {
    pageKeys.perPart = 2;
    const result = await importExample();
    expect(result.ok).toBe(true);
    const head = store.get('packIndex') as { parts: number; generation: string; head: string };
    expect(head.parts).toBeGreaterThan(1);
    expect(partKeys()).toEqual(Array.from({ length: head.parts }, (_, n) => `packIndex:${n}`).sort());
    const indexWrites = writes.filter((w) => w.set?.some((k) => k.startsWith('packIndex')));
    expect(indexWrites.map((w) => w.set)).toEqual([
      ...Array.from({ length: head.parts }, (_, n) => [`packIndex:${n}`]),
      ['packIndex'],
    ]);
    for (const key of partKeys()) expect((store.get(key) as { generation: string }).generation).toBe(head.generation);

    // The content script reads it back: the pack's claims, every wording.
    reloadIndexes();
    const [, pack] = await loadIndexes();
    const ids = (JSON.parse(PACK) as { claims: Array<{ id: string }> }).claims.map((c) => c.id);
    expect(pack?.claimIds).toEqual(ids);
  });

  it('removes parts left from a larger index after the new head, and everything when no pack is on', async () => {
    pageKeys.perPart = 1;
    await importExample();
    const many = partKeys().length;
    pageKeys.perPart = 2000;
    writes.length = 0;
    await recompilePackIndex();
    expect(partKeys()).toEqual(['packIndex:0']);
    const headWrite = writes.findIndex((w) => w.set?.includes('packIndex'));
    const removals = writes.flatMap((w, i) => (w.remove ? [i] : []));
    expect(removals).toHaveLength(many - 1);
    expect(Math.min(...removals)).toBeGreaterThan(headWrite);

    const id = (store.get('packs') as Array<{ id: string }>)[0]!.id;
    expect(await setPackEnabled(id, false)).toBe(true);
    expect(store.has('packIndex')).toBe(false);
    expect(partKeys()).toEqual([]);
    expect(await setPackEnabled(id, true)).toBe(true);
    expect(partKeys()).toEqual(['packIndex:0']);
    expect(await removePack(id)).toBe(true);
    expect([...store.keys()]).toEqual(['packs']);
  });
});
