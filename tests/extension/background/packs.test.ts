/**
 * How the background stores the packs' index (extension/background/packs.ts, shared/pack-keys.ts): its
 * wordings in parts written one at a time before the head that names them, parts left from a larger
 * index removed after it, everything removed when no pack is on, and what the content script reads back.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PackKeys from '../../../extension/shared/pack-keys';
import { browserMock } from '../i18n-mock';
import { memoryStorage } from '../storage-mock';
import { runSteps } from '../../../src/text/steps';

const { store, writes, storage } = memoryStorage();

vi.mock('../../../extension/shared/browser', () => ({ default: { ...browserMock, storage } }));
const pageKeys = vi.hoisted(() => ({ perPart: 2000, chars: 256 * 1024 }));
vi.mock('../../../extension/shared/pack-keys', async (original) => ({
  ...(await original<typeof PackKeys>()),
  get PHRASINGS_PER_PART() {
    return pageKeys.perPart;
  },
  get PACK_PART_CHARS() {
    return pageKeys.chars;
  },
}));
const { importPack, installBundledPack, recompilePackIndex, removePack, setPackEnabled } =
  await import('../../../extension/background/packs');
const { loadIndexes, reloadIndexes } = await import('../../../extension/content/index-loader');
const { loadPackDatabase } = await import('../../../extension/shared/packs');

const PACK = readFileSync('tests/fixtures/packs/example-pack.json', 'utf8');
const importExample = () => importPack('example-pack.json', PACK, false, () => {});
const partKeys = () => [...store.keys()].filter((k) => k.startsWith('packIndex:')).sort();

beforeEach(() => {
  store.clear();
  writes.length = 0;
  pageKeys.perPart = 2000;
  pageKeys.chars = 256 * 1024;
});

describe('a pack’s database in storage', () => {
  const packParts = (id: string) => [...store.keys()].filter((k) => k.startsWith(`packPart:${id}:`)).sort();

  it('is written in parts, one write each, before the record that names them; read back whole', async () => {
    pageKeys.chars = 300;
    expect((await importExample()).ok).toBe(true);
    const id = (store.get('packs') as Array<{ id: string }>)[0]!.id;
    const record = store.get(`pack:${id}`) as { parts: number; generation: string };
    expect(record.parts).toBeGreaterThan(3);
    expect(packParts(id)).toHaveLength(record.parts);
    const sets = writes.flatMap((w) => w.set ?? []).filter((k) => k.startsWith('pack:') || k.startsWith('packPart:'));
    expect(sets).toEqual([...Array.from({ length: record.parts }, (_, n) => `packPart:${id}:${n}`), `pack:${id}`]);
    for (const key of packParts(id)) {
      const part = store.get(key) as { generation: string; text: string };
      expect(part.generation).toBe(record.generation);
      expect(part.text.length).toBeLessThanOrEqual(300);
    }
    const database = await loadPackDatabase(id);
    const file = JSON.parse(PACK) as { claims: Array<{ id: string; statement: string }> };
    expect(database?.claims.map((c) => [c.id, c.statement])).toEqual(file.claims.map((c) => [c.id, c.statement]));

    // Imported again in larger parts: the parts left over are removed; removed, nothing is left.
    pageKeys.chars = 256 * 1024;
    expect((await importExample()).ok).toBe(true);
    expect(packParts(id)).toEqual([`packPart:${id}:0`]);
    expect((await loadPackDatabase(id))?.claims).toHaveLength(file.claims.length);
    expect(await removePack(id)).toBe(true);
    expect(packParts(id)).toEqual([]);
    expect(store.has(`pack:${id}`)).toBe(false);
  });

  it('is read as an earlier version stored it (one JSON text), and not read with a part missing or left over', async () => {
    await importExample();
    const id = (store.get('packs') as Array<{ id: string }>)[0]!.id;
    const whole = await loadPackDatabase(id);
    store.set(`pack:${id}`, JSON.stringify(whole));
    expect(await loadPackDatabase(id)).toEqual(whole);
    store.set(`pack:${id}`, { parts: 1, generation: 'new' });
    expect(await loadPackDatabase(id)).toBeNull();
    store.set(`pack:${id}`, {
      parts: 2,
      generation: (store.get(`packPart:${id}:0`) as { generation: string }).generation,
    });
    expect(await loadPackDatabase(id)).toBeNull();
  });
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
    const [, deferred] = await loadIndexes();
    const pack = runSteps(deferred!.steps());
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

describe('the pack that comes with ClaimLens', () => {
  const entryOf = (id: string) =>
    (store.get('packs') as Array<{ id: string; enabled: boolean; builtIn?: boolean; version: string }>).find(
      (p) => p.id === id,
    );

  it('is installed when missing, first in the list, switchable but not removable, and not reinstalled when current', async () => {
    await importExample();
    await installBundledPack();
    const list = store.get('packs') as Array<{ id: string }>;
    expect(list.map((p) => p.id)).toEqual(['claims-since-2023', 'example-newsroom']);
    expect(entryOf('claims-since-2023')).toMatchObject({ builtIn: true, enabled: true, name: 'Claims since 2023' });
    expect((await loadPackDatabase('claims-since-2023'))?.claims.length).toBeGreaterThanOrEqual(40);
    reloadIndexes();
    expect(await loadIndexes()).toHaveLength(2);

    expect(await removePack('claims-since-2023')).toBe(false);
    expect(await setPackEnabled('claims-since-2023', false)).toBe(true);
    writes.length = 0;
    await installBundledPack();
    // Current: nothing written, and the reader's switch stays off.
    expect(writes).toEqual([]);
    expect(entryOf('claims-since-2023')?.enabled).toBe(false);

    // Another version stored (an update): installed again, the switch kept.
    store.set(
      'packs',
      (store.get('packs') as object[]).map((p) => ({ ...p, version: '2025.1' })),
    );
    await installBundledPack();
    expect(entryOf('claims-since-2023')).toMatchObject({ enabled: false, builtIn: true });
    expect(entryOf('claims-since-2023')?.version).not.toBe('2025.1');
  });

  it('keeps its id: a file that claims it is refused and changes nothing', async () => {
    await installBundledPack();
    const before = JSON.stringify([...store.entries()]);
    const file = JSON.parse(PACK) as Record<string, unknown>;
    const result = await importPack(
      'same-id.json',
      JSON.stringify({ ...file, id: 'claims-since-2023' }),
      false,
      () => {},
    );
    expect(result).toMatchObject({ ok: false, problems: [{ path: ['id'] }] });
    expect(JSON.stringify([...store.entries()])).toBe(before);
  });
});
