/**
 * Where the claim packs are in the extension's storage (shared/packs.ts describes each). A module of
 * its own so that the content script, which only reads the index, imports nothing else of the packs.
 */
export const PACKS_KEY = 'packs';
export const PACK_INDEX_KEY = 'packIndex';
export const packKey = (id: string) => `pack:${id}`;
