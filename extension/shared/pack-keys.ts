/**
 * Where the claim packs are in the extension's storage (shared/packs.ts describes each). A module of
 * its own so that the content script, which only reads the index, imports nothing else of the packs.
 */
export const PACKS_KEY = 'packs';
export const PACK_INDEX_KEY = 'packIndex';
export const packKey = (id: string) => `pack:${id}`;
/** Where part `n` of the packs' index wordings is stored (see StoredPackIndex). */
export const packIndexPartKey = (n: number) => `${PACK_INDEX_KEY}:${n}`;

/**
 * The packs' index as stored under PACK_INDEX_KEY: the index without its wordings as JSON text, and how
 * many parts its wordings are stored in, PHRASINGS_PER_PART each, under packIndexPartKey(0…parts − 1),
 * each a StoredPackIndexPart of the same generation. Each key is read by a request of its own: the
 * browser hands a stored value to the page in one task, and 10,000 claims' index in one value took
 * 45 ms of CPU there (and 25–65 ms more to parse in one piece). The background writes the parts first
 * and this record last, so a change of PACK_INDEX_KEY means a complete new index.
 */
export interface StoredPackIndex {
  head: string;
  parts: number;
  generation: string;
}

export interface StoredPackIndexPart {
  generation: string;
  /** JSON text of the wordings. */
  phrasings: string;
}

export const PHRASINGS_PER_PART = 2000;
