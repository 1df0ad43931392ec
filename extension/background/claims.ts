/** The claim database as the background serves it: lookups by id for the card and the sidebar. */
import database from 'virtual:claimlens/database';
import type { Claim, SeedDocument } from '../../src/claims/types';
import type { ClaimDetails } from '../shared/messages';

const claims = new Map(database.claims.map((c) => [c.id, c]));
const documents = new Map(database.documents.map((d) => [d.id, d]));

function withoutText(doc: SeedDocument): Omit<SeedDocument, 'text'> {
  const { text: _text, ...rest } = doc;
  return rest;
}

export function claimDetails(id: string): ClaimDetails | null {
  const claim = claims.get(id);
  if (!claim) return null;
  const related = (ids: string[]) => ids.map((i) => claims.get(i)).filter((c): c is Claim => c !== undefined);
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
}

export function seedDocument(id: string): SeedDocument | null {
  return documents.get(id) ?? null;
}

export { database };
