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
import { PACK_INDEX_KEY, packIndexPartKey, type StoredPackIndex, type StoredPart } from '../shared/pack-keys';
import { runInSlices, yieldToPage } from './schedule';

let loading: Promise<ClaimIndex[]> | undefined;

async function load(signal?: AbortSignal): Promise<ClaimIndex[]> {
  // Fetched while the bundled index is parsed and derived: the packs' index and all its parts, each by
  // a request of its own.
  const pack = fetchPackIndex();
  const indexes: ClaimIndex[] = [];
  for (const data of [parseIndexData, async () => packData(await pack, signal)]) {
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

/** More parts than a pack of PACK_LIMITS.claims claims is stored in. */
const MAX_PARTS = 1000;

interface FetchedPackIndex {
  index: Partial<StoredPackIndex>;
  parts: Array<Partial<StoredPart> | undefined>;
}

/** The packs' stored index (StoredPackIndex) and its parts; none if there is none or storage fails. */
async function fetchPackIndex(): Promise<FetchedPackIndex | undefined> {
  try {
    const index = (await browser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY] as
      Partial<StoredPackIndex> | undefined;
    if (index === undefined) return undefined;
    // At most MAX_PARTS requests, whatever the stored value says (a part holds thousands of wordings).
    const count = Number.isInteger(index.parts) ? Math.min(index.parts ?? 0, MAX_PARTS) : 0;
    const parts = await Promise.all(
      Array.from({ length: count }, async (_, n) => {
        const key = packIndexPartKey(n);
        return (await browser.storage.local.get(key))[key] as Partial<StoredPart> | undefined;
      }),
    );
    return { index, parts };
  } catch (err) {
    console.warn('ClaimLens: the claim packs’ index cannot be read', err);
    return undefined;
  }
}

/**
 * The packs' index from its stored head and parts, each part parsed in a task of its own. None if there
 * is none, if it cannot be read, or if a part is of another generation (a new index is being stored:
 * its head's change starts the load again).
 */
async function packData(fetched: FetchedPackIndex | undefined, signal?: AbortSignal): Promise<IndexData | undefined> {
  if (fetched === undefined) return undefined;
  const { index, parts } = fetched;
  try {
    if (typeof index.head !== 'string' || !Number.isInteger(index.parts) || typeof index.generation !== 'string')
      throw new Error('not an index this version stores');
    const head = JSON.parse(index.head) as Omit<IndexData, 'phrasings'>;
    const phrasings: IndexData['phrasings'] = [];
    for (const [n, part] of parts.entries()) {
      if (part?.generation !== index.generation || typeof part.text !== 'string')
        throw new Error(`part ${n} is missing or of another generation`);
      // Not in the task that received the stored value.
      await yieldToPage();
      signal?.throwIfAborted();
      phrasings.push(...(JSON.parse(part.text) as IndexData['phrasings']));
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
