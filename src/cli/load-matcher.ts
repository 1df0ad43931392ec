/**
 * Builds the matcher from `seeds/` for the CLI: the same claims and weights the extension ships. Claim
 * packs are matched as the extension matches them: over an index of their own, beside the bundled one
 * (combine.ts), so adding a pack changes nothing about how the bundled claims are weighed.
 */
import type { ClaimDatabase } from '../claims/types';
import { loadClaimIndex } from '../match/claim-index';
import { combineMatchers } from '../match/combine';
import { compileClaimIndex } from '../match/compile';
import { createMatcher } from '../match/matcher';
import type { Matcher, MatcherOptions } from '../match/matcher';
import { mergeDatabases } from '../packs/merge';
import { readClaimDatabase } from './seeds';
import { specificity } from './word-frequency';

export function loadMatcher(
  options: MatcherOptions = {},
  db: ClaimDatabase = readClaimDatabase(),
  packs: readonly ClaimDatabase[] = [],
): { matcher: Matcher; db: ClaimDatabase } {
  const index = (claims: ClaimDatabase) =>
    loadClaimIndex(compileClaimIndex(claims.claims, { specificity, entities: claims.entities }));
  const bundled = createMatcher(index(db), options);
  if (packs.length === 0) return { matcher: bundled, db };
  const packClaims = mergeDatabases({ ...db, claims: [], documents: [], timeline: [] }, packs);
  return {
    matcher: combineMatchers(bundled, createMatcher(index(packClaims), options)),
    db: mergeDatabases(db, packs),
  };
}
