/** Builds the matcher from `seeds/` for the CLI: the same claims and weights the extension ships. */
import type { ClaimDatabase } from '../claims/types';
import { createMatcher, type Matcher, type MatcherOptions } from '../match/matcher';
import { readClaimDatabase } from './seeds';
import { specificity } from './word-frequency';

export function loadMatcher(
  options: MatcherOptions = {},
  db: ClaimDatabase = readClaimDatabase(),
): { matcher: Matcher; db: ClaimDatabase } {
  return { matcher: createMatcher(db.claims, { specificity, ...options }), db };
}
