/**
 * Where the claim packs are in the extension's storage (shared/packs.ts describes each). A module of
 * its own so that the content script, which only reads the index, imports nothing else of the packs.
 */
export const PACKS_KEY = 'packs';
export const PACK_INDEX_KEY = 'packIndex';
export const packKey = (id: string) => `pack:${id}`;

/**
 * The packs' index as stored under PACK_INDEX_KEY: the index without its wordings as JSON text, and the
 * wordings as JSON texts of PHRASINGS_PER_PART each. Parsing 10,000 claims' index in one piece took
 * 25–65 ms in Chromium; in parts, the content script parses each in a task of its own.
 */
export interface StoredPackIndex {
  head: string;
  phrasings: string[];
}

export const PHRASINGS_PER_PART = 4000;
