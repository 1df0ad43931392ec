/**
 * The claim indexes, loaded once per page and shared by every session on it: the bundled claims', and the
 * one of the claim packs switched on if there are any (compiled by the background, stored in parts:
 * pack-keys.ts). The bundled index is parsed in a task of its own, then derived in slices that give the
 * page the thread between them (runInSlices). The packs' index is fetched meanwhile, but only its gates
 * are read: the rest is derived the first time a sentence needs it (DeferredIndex), which on many pages
 * never happens. index.ts starts the load at once, while the settings are being read; a session waits
 * for it. An aborted or failed load is forgotten, and the next caller starts it again.
 */
import parseIndexData from 'virtual:claimlens/index';
import {
  loadClaimIndexSteps,
  readWordGate,
  type ClaimIndex,
  type DeferredIndex,
  type IndexData,
} from '../../src/match/claim-index';
import { sharedSteps } from '../../src/text/steps';
import browser from '../shared/browser';
import { PACK_INDEX_KEY, packIndexPartKey, type StoredPackIndex, type StoredPart } from '../shared/pack-keys';
import { runInSlices, yieldToPage } from './schedule';

/** The bundled claims' index, then the claim packs' if any are switched on. */
export type PageIndexes = [ClaimIndex, ...DeferredIndex[]];

let loading: Promise<PageIndexes> | undefined;

async function load(signal?: AbortSignal): Promise<PageIndexes> {
  // Fetched while the bundled index is parsed and derived: the packs' index and all its parts.
  const pack = fetchPackIndex();
  // Not in the task that evaluated the script: parsing an index is a task of its own.
  await yieldToPage();
  signal?.throwIfAborted();
  const data = parseIndexData();
  await yieldToPage();
  signal?.throwIfAborted();
  const bundled = await runInSlices(loadClaimIndexSteps(data), signal);
  const fetched = await pack;
  // Reading the packs' gates is a task of its own too.
  await yieldToPage();
  signal?.throwIfAborted();
  const packs = deferredPackIndex(fetched);
  return packs ? [bundled, packs] : [bundled];
}

const unreadable = (err: unknown) => console.warn('ClaimLens: the claim packs’ index cannot be read', err);

/** More parts than a pack of PACK_LIMITS.claims claims is stored in. */
const MAX_PARTS = 1000;

interface FetchedPackIndex {
  index: Partial<StoredPackIndex>;
  parts: Array<Partial<StoredPart> | undefined>;
}

/** The packs' stored index (StoredPackIndex) and its parts; none if there is none or storage fails. */
async function fetchPackIndex(): Promise<FetchedPackIndex | undefined> {
  try {
    // The head and its first part in one request: a pack index of up to PHRASINGS_PER_PART wordings (the
    // claims since 2023 alone) has just that part.
    const first = await browser.storage.local.get([PACK_INDEX_KEY, packIndexPartKey(0)]);
    const index = first[PACK_INDEX_KEY] as Partial<StoredPackIndex> | undefined;
    if (index === undefined) return undefined;
    // At most MAX_PARTS requests, whatever the stored value says (a part holds thousands of wordings).
    const count = Number.isInteger(index.parts) ? Math.min(index.parts ?? 0, MAX_PARTS) : 0;
    const parts = await Promise.all(
      Array.from({ length: count }, async (_, n) => {
        const key = packIndexPartKey(n);
        const stored = n === 0 ? first : await browser.storage.local.get(key);
        return stored[key] as Partial<StoredPart> | undefined;
      }),
    );
    return { index, parts };
  } catch (err) {
    unreadable(err);
    return undefined;
  }
}

/**
 * The packs' index from its stored head and parts: its gates read now, the rest when first needed (the
 * parts parsed one per step). None if there is none, if it cannot be read, or if a part is of another
 * generation (a new index is being stored: its head's change starts the load again).
 */
function deferredPackIndex(fetched: FetchedPackIndex | undefined): DeferredIndex | undefined {
  if (fetched === undefined) return undefined;
  const { index, parts } = fetched;
  try {
    if (typeof index.head !== 'string' || !Number.isInteger(index.parts) || typeof index.generation !== 'string')
      throw new Error('not an index this version stores');
    const { generation } = index;
    const texts = parts.map((part, n) => {
      if (part?.generation !== generation || typeof part.text !== 'string')
        throw new Error(`part ${n} is missing or of another generation`);
      return part.text;
    });
    const head = JSON.parse(index.head) as Omit<IndexData, 'phrasings'>;
    const steps = function* (): Generator<void, ClaimIndex | null> {
      try {
        const phrasings: IndexData['phrasings'] = [];
        for (const text of texts.splice(0)) {
          phrasings.push(...(JSON.parse(text) as IndexData['phrasings']));
          yield;
        }
        return yield* loadClaimIndexSteps({ ...head, phrasings });
      } catch (err) {
        unreadable(err);
        return null;
      }
    };
    return { gate: readWordGate(head), steps: sharedSteps(steps) };
  } catch (err) {
    unreadable(err);
    return undefined;
  }
}

/** Forgets the loaded indexes (the claim packs changed): the next caller loads them again. */
export function reloadIndexes(): void {
  loading = undefined;
}

/** The claim indexes, the bundled claims' first; `signal` aborts the load (the caller that started it decides). */
export function loadIndexes(signal?: AbortSignal): Promise<PageIndexes> {
  if (!loading) {
    const started = load(signal);
    loading = started;
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}
