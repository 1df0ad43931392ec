/**
 * The claim indexes, loaded once per page and shared by every session on it: the bundled claims', and the
 * one of the claim packs switched on if there are any (compiled by the background, stored as JSON text).
 * Each is parsed in a task of its own, then derived in slices that give the page the thread between them
 * (runInSlices). index.ts starts the load at once, while the settings are being read; a session waits
 * for it. An aborted or failed load is forgotten, and the next caller starts it again.
 */
import parseIndexData from 'virtual:claimlens/index';
import { loadClaimIndexSteps, type ClaimIndex, type IndexData } from '../../src/match/claim-index';
import browser from '../shared/browser';
import { PACK_INDEX_KEY, type StoredPackIndex } from '../shared/pack-keys';
import { runInSlices, yieldToPage } from './schedule';

let loading: Promise<ClaimIndex[]> | undefined;

async function load(signal?: AbortSignal): Promise<ClaimIndex[]> {
  const packText = browser.storage.local.get(PACK_INDEX_KEY).then(
    (stored) => stored[PACK_INDEX_KEY],
    () => undefined,
  );
  const indexes: ClaimIndex[] = [];
  const packIndexData = async () => {
    const stored = await packText;
    if (stored === undefined) return undefined;
    // Not in the task that received the stored value (turning megabytes of it into strings is work too).
    await yieldToPage();
    return packData(stored, signal);
  };
  for (const data of [parseIndexData, packIndexData]) {
    // Not in the task that evaluated the script: parsing an index is a task of its own.
    await yieldToPage();
    signal?.throwIfAborted();
    const parsed = await data();
    if (!parsed) continue;
    await yieldToPage();
    signal?.throwIfAborted();
    indexes.push(await runInSlices(loadClaimIndexSteps(parsed), signal));
  }
  return indexes;
}

/**
 * The packs' index from its stored parts (StoredPackIndex), each parsed in a task of its own; none if
 * there is none or it cannot be read.
 */
async function packData(stored: unknown, signal?: AbortSignal): Promise<IndexData | undefined> {
  const parts = stored as Partial<StoredPackIndex> | undefined;
  if (typeof parts?.head !== 'string' || !Array.isArray(parts.phrasings)) return undefined;
  try {
    const head = JSON.parse(parts.head) as Omit<IndexData, 'phrasings'>;
    const phrasings: IndexData['phrasings'] = [];
    for (const part of parts.phrasings) {
      await yieldToPage();
      signal?.throwIfAborted();
      phrasings.push(...(JSON.parse(String(part)) as IndexData['phrasings']));
    }
    return { ...head, phrasings };
  } catch (err) {
    if ((err as { name?: string } | null)?.name === 'AbortError') throw err;
    console.warn('ClaimLens: the claim packs’ index cannot be read', err);
    return undefined;
  }
}

/** Forgets the loaded indexes (the claim packs changed): the next caller loads them again. */
export function reloadIndexes(): void {
  loading = undefined;
}

/** The claim indexes, the bundled claims' first; `signal` aborts the load (the caller that started it decides). */
export function loadIndexes(signal?: AbortSignal): Promise<ClaimIndex[]> {
  if (!loading) {
    const started = load(signal);
    loading = started;
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}
