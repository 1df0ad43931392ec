/**
 * Lookups in the claim database by id: a claim with everything its claim view shows (ClaimDetails),
 * and the bundled seed documents. Pure, so the background (which answers the card) and the sidebar
 * (which has the database itself) build the same details the same way.
 */
import type { Claim, ClaimDatabase, SeedDocument } from '../../src/claims/types';
import type { ClaimDetails } from './messages';

export interface ClaimLookup {
  claim(id: string): Claim | null;
  details(id: string): ClaimDetails | null;
  document(id: string): SeedDocument | null;
}

function withoutText(doc: SeedDocument): Omit<SeedDocument, 'text'> {
  const { text: _text, ...rest } = doc;
  return rest;
}

export function createClaimLookup(database: ClaimDatabase): ClaimLookup {
  const claims = new Map(database.claims.map((c) => [c.id, c]));
  const documents = new Map(database.documents.map((d) => [d.id, d]));
  const related = (ids: string[]) => ids.map((i) => claims.get(i)).filter((c): c is Claim => c !== undefined);
  return {
    claim: (id) => claims.get(id) ?? null,
    details(id) {
      const claim = claims.get(id);
      if (!claim) return null;
      const counters = related(claim.counters);
      const contrasts = related(claim.contrasts);
      const docIds = new Set([claim, ...counters, ...contrasts].flatMap((c) => c.excerpts.map((e) => e.seed)));
      return {
        claim,
        counters,
        contrasts,
        documents: [...docIds].flatMap((d) => {
          const doc = documents.get(d);
          return doc ? [withoutText(doc)] : [];
        }),
        timeline: database.timeline.filter((e) => claim.after.includes(e.id)),
      };
    },
    document: (id) => documents.get(id) ?? null,
  };
}
