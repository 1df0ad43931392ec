/**
 * The bundled claims and the packs switched on, as one claim database: the bundled claims first, then
 * each pack's in order. A pack claim that counters (or contrasts with) a bundled claim, or a claim of
 * another pack, is listed back by it here, so the link shows from both sides.
 */
import type { Claim, ClaimDatabase } from '../claims/types';

export function mergeDatabases(
  bundled: ClaimDatabase,
  packs: readonly ClaimDatabase[],
  /** The packs' names, in the same order: each pack claim is marked with its pack's (Claim.pack). */
  names: readonly string[] = [],
): ClaimDatabase {
  if (packs.length === 0) return bundled;
  const all = [bundled, ...packs];
  const claims = all.flatMap((db, i) =>
    db.claims.map((c) => (i > 0 && names[i - 1] !== undefined ? { ...c, pack: names[i - 1] } : { ...c })),
  );
  const byId = new Map<string, Claim>();
  // The first claim of an id wins: a pack never replaces a bundled claim (readPack refuses that too).
  for (const c of claims) if (!byId.has(c.id)) byId.set(c.id, c);
  for (const c of byId.values())
    for (const field of ['counters', 'contrasts'] as const)
      for (const other of c[field]) {
        const target = byId.get(other);
        if (target && !target[field].includes(c.id)) target[field] = [...target[field], c.id];
      }
  /** The first item of each id, in order: the bundled ones come first, so they are kept. */
  const unique = <T extends { id: string }>(items: T[]): T[] => {
    const seen = new Set<string>();
    return items.filter((x) => !seen.has(x.id) && seen.add(x.id));
  };
  return {
    documents: unique(all.flatMap((db) => db.documents)),
    entities: unique(all.flatMap((db) => db.entities)),
    claims: [...byId.values()],
    timeline: unique(all.flatMap((db) => db.timeline)),
  };
}
