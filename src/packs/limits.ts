/**
 * What a claim pack may hold. A pack past these limits is refused with a message that says which, before
 * any of it is stored or compiled (the README's "Claim packs" section lists them).
 */
export const PACK_LIMITS = {
  /** The file's size, in bytes of UTF-8. */
  bytes: 20_000_000,
  /** Nesting of objects and arrays: a pack needs about 8. */
  depth: 64,
  /** Claims (or reviews) in one pack. */
  claims: 20_000,
  /** Characters of a statement, a name or another short field. */
  shortText: 2_000,
  /** Characters of a source document's text. */
  documentText: 1_000_000,
  /** Characters of a URL. */
  url: 2_048,
  /** Problems reported at most for one file (the rest are counted). */
  problems: 200,
} as const;
