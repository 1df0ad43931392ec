/**
 * Where the claim packs are in the extension's storage (shared/packs.ts describes each). A module of
 * its own so that the content script, which only reads the index, imports nothing else of the packs.
 *
 * Large values are stored in parts (StoredInParts): every page listening to storage changes (each
 * tab's content script, the settings page, the sidebar) is handed each changed value in one task, and
 * so is a reader: 10,000 claims' index in one value took 45 ms of CPU there, a 10,000-claim pack's
 * database 120 ms. In parts of at most a few hundred kilobytes, each is a short task.
 */
export const PACKS_KEY = 'packs';
export const PACK_INDEX_KEY = 'packIndex';
export const packKey = (id: string) => `pack:${id}`;
/** Where part `n` of the packs' index wordings is stored (see StoredPackIndex). */
export const packIndexPartKey = (n: number) => `${PACK_INDEX_KEY}:${n}`;
/** Where part `n` of a pack's database text is stored (the id is everything before the last colon). */
export const packPartKey = (id: string, n: number) => `packPart:${id}:${n}`;

/**
 * A value stored in parts: this record under its key, and its parts under their keys (0…parts − 1),
 * each a StoredPart of the same generation. The parts are written first, one write each, and this
 * record last, so a change of its key means a complete new value; parts of another generation mean a
 * new value is being written.
 */
export interface StoredInParts {
  parts: number;
  generation: string;
}

export interface StoredPart {
  generation: string;
  text: string;
}

/**
 * The packs' index as stored under PACK_INDEX_KEY: the index without its wordings as JSON text (`head`),
 * and its wordings as JSON texts of PHRASINGS_PER_PART each, in parts under packIndexPartKey.
 */
export interface StoredPackIndex extends StoredInParts {
  head: string;
}

export const PHRASINGS_PER_PART = 2000;

/**
 * A pack's database as stored under packKey(id): its JSON text in parts of PACK_PART_CHARS under
 * packPartKey(id, n). (Before the parts, the whole text was stored under packKey(id); that is read too.)
 */
export type StoredPackDatabase = StoredInParts;

export const PACK_PART_CHARS = 256 * 1024;

/** How many parts a stored record has (0 if it is not a StoredInParts). */
export function partsOf(value: unknown): number {
  const parts = (value as Partial<StoredInParts> | null | undefined)?.parts;
  return typeof parts === 'number' && Number.isInteger(parts) && parts > 0 ? parts : 0;
}
