/**
 * Installed claim packs, in the browser's extension storage (`storage.local`), written by the background
 * alone (background/packs.ts) and read by the settings page, the sidebar and the content script:
 *
 * - `packs`: the list (name, publisher, version, format, claims, imported on, on or off), in import order;
 * - `pack:<id>`: each pack's claim database (claims, documents, sources, timeline), as JSON text in parts
 *   (`packPart:<id>:<n>`, see pack-keys.ts): every context listening to storage changes (each tab's
 *   content script too) is handed the new value of a changed key, and a string is copied where 10,000
 *   claims as objects took a second to rebuild;
 * - `packIndex`: the matcher's index of the claims of every pack switched on, compiled once when the list
 *   changes, as JSON text in parts (`packIndex:<n>`; the content script parses it; without it only the
 *   bundled claims are matched).
 *
 * A stored value that cannot be read is reported and left where it is: nothing is deleted behind the
 * reader's back.
 */
import * as z from 'zod/mini';
import type { ClaimDatabase } from '../../src/claims/types';
import { mergeDatabases } from '../../src/packs/merge';
import browser from './browser';
import { PACKS_KEY, packKey, packPartKey, partsOf, type StoredInParts, type StoredPart } from './pack-keys';
import { packEntry } from './schemas';

export { PACK_INDEX_KEY, PACKS_KEY, packKey } from './pack-keys';

/** An installed pack as the list holds it (`importedOn`: an ISO date-time); its schema is packEntry. */
export type PackEntry = z.infer<typeof packEntry>;

/** The installed packs, or an error if the stored list cannot be read (it is then left as it is). */
export async function loadPackList(): Promise<{ packs: PackEntry[]; error?: string }> {
  const stored = (await browser.storage.local.get(PACKS_KEY))[PACKS_KEY];
  if (stored === undefined) return { packs: [] };
  const parsed = z.array(packEntry).safeParse(stored);
  return parsed.success
    ? { packs: parsed.data }
    : { packs: [], error: 'The list of installed claim packs in storage cannot be read.' };
}

/**
 * The text stored in parts under `key` (StoredInParts), or null if there is none, or a part is missing
 * or of another generation.
 */
async function readParts(key: string, partKey: (n: number) => string): Promise<string | null> {
  const record = (await browser.storage.local.get(key))[key] as Partial<StoredInParts> | undefined;
  const count = partsOf(record);
  if (count === 0) return null;
  const keys = Array.from({ length: count }, (_, n) => partKey(n));
  const stored = await browser.storage.local.get(keys);
  let text = '';
  for (const k of keys) {
    const part = stored[k] as Partial<StoredPart> | undefined;
    if (part?.generation !== record?.generation || typeof part?.text !== 'string') return null;
    text += part.text;
  }
  return text;
}

/** A pack's claim database, or null if it is missing or unreadable. */
export async function loadPackDatabase(id: string): Promise<ClaimDatabase | null> {
  const value: unknown = (await browser.storage.local.get(packKey(id)))[packKey(id)];
  let stored: Partial<ClaimDatabase> | undefined;
  try {
    // Stored in parts; before them, as one JSON text.
    const text = typeof value === 'string' ? value : await readParts(packKey(id), (n) => packPartKey(id, n));
    if (text === null) return null;
    stored = JSON.parse(text) as Partial<ClaimDatabase> | undefined;
  } catch {
    return null;
  }
  if (!stored || !Array.isArray(stored.claims) || !Array.isArray(stored.documents)) return null;
  return {
    claims: stored.claims,
    documents: stored.documents,
    entities: Array.isArray(stored.entities) ? stored.entities : [],
    timeline: Array.isArray(stored.timeline) ? stored.timeline : [],
  };
}

/** The databases of the packs switched on, in order, each with its entry. */
export async function loadEnabledPacks(): Promise<Array<{ entry: PackEntry; database: ClaimDatabase }>> {
  const { packs } = await loadPackList();
  const loaded = await Promise.all(
    packs.filter((p) => p.enabled).map(async (entry) => ({ entry, database: await loadPackDatabase(entry.id) })),
  );
  return loaded.filter((p): p is { entry: PackEntry; database: ClaimDatabase } => p.database !== null);
}

/** `bundled` and the claims of the packs switched on, as one database, each pack claim marked with its pack. */
export async function withEnabledPacks(bundled: ClaimDatabase): Promise<ClaimDatabase> {
  const packs = await loadEnabledPacks();
  return mergeDatabases(
    bundled,
    packs.map((p) => p.database),
    packs.map((p) => p.entry.name),
  );
}
