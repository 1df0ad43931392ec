/**
 * Writing a large value in parts (shared/pack-keys.ts, StoredInParts): the background is its only writer.
 */
import browser from '../shared/browser';
import { partsOf, type StoredInParts, type StoredPart } from '../shared/pack-keys';

/**
 * Stores `texts` as the parts of the record under `key` (with `fields` beside its count and generation):
 * each part in a write of its own, the record last, then the parts left from a longer earlier value
 * are removed.
 */
export async function storeInParts(
  key: string,
  partKey: (n: number) => string,
  texts: readonly string[],
  fields: object = {},
): Promise<void> {
  const before = partsOf((await browser.storage.local.get(key))[key]);
  const generation = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  for (const [n, text] of texts.entries()) {
    const part: StoredPart = { generation, text };
    await browser.storage.local.set({ [partKey(n)]: part });
  }
  const record: StoredInParts = { ...fields, parts: texts.length, generation };
  await browser.storage.local.set({ [key]: record });
  await removeParts(partKey, texts.length, before);
}

/** Removes the record under `key` and its parts. */
export async function removeInParts(key: string, partKey: (n: number) => string): Promise<void> {
  const before = partsOf((await browser.storage.local.get(key))[key]);
  await browser.storage.local.remove(key);
  await removeParts(partKey, 0, before);
}

/** Removes parts `from` to `to` (exclusive), one at a time, as they were written. */
async function removeParts(partKey: (n: number) => string, from: number, to: number): Promise<void> {
  for (let n = from; n < to; n++) await browser.storage.local.remove(partKey(n));
}

/** `text` cut into pieces of at most `size` characters (none for an empty text). */
export function slices(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}
