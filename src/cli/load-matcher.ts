/** Builds the matcher from `seeds/` for the CLI: the same claims and weights the extension ships. */
import type { ClaimDatabase } from '../claims/types';
import { loadClaimIndex } from '../match/claim-index';
import { compileClaimIndex } from '../match/compile';
import { createMatcher } from '../match/matcher';
import type { Matcher, MatcherOptions } from '../match/matcher';
import { readClaimDatabase } from './seeds';
import { specificity } from './word-frequency';

export function loadMatcher(
  options: MatcherOptions = {},
  db: ClaimDatabase = readClaimDatabase(),
): { matcher: Matcher; db: ClaimDatabase } {
  const index = loadClaimIndex(compileClaimIndex(db.claims, { specificity, entities: db.entities }));
  return { matcher: createMatcher(index, options), db };
}
