/** Builds the matcher from `seeds/` for the CLI: the same claims and weights the extension ships. */
import type { ClaimDatabase } from '../claims/types';
import { createMatcherFromClaims } from '../match/compile';
import type { Matcher, MatcherOptions } from '../match/matcher';
import { readClaimDatabase } from './seeds';
import { specificity } from './word-frequency';

export function loadMatcher(
  options: MatcherOptions = {},
  db: ClaimDatabase = readClaimDatabase(),
): { matcher: Matcher; db: ClaimDatabase } {
  return { matcher: createMatcherFromClaims(db.claims, { specificity, entities: db.entities, ...options }), db };
}
