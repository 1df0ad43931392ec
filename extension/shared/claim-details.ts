/**
 * Everything a claim view needs about one claim, gathered from the claim database: the background
 * serves it to the hover card, and the sidebar (which bundles the database) builds it itself.
 */
import type { Claim, ClaimDatabase, SeedDocument, TimelineEvent } from '../../src/claims/types';
import type { ClaimDetails } from './messages';

export type ClaimLookup = (id: string) => ClaimDetails | null;

function withoutText(doc: SeedDocument): Omit<SeedDocument, 'text'> {
  const { text: _text, ...rest } = doc;
  return rest;
}

/** A lookup over one database; the maps are built once. */
export function claimLookup(database: ClaimDatabase): ClaimLookup {
  const claims = new Map(database.claims.map((c) => [c.id, c]));
  const documents = new Map(database.documents.map((d) => [d.id, d]));
  const events = new Map(database.timeline.map((e) => [e.id, e]));
  return (id) => {
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
      studies: [...new Set([...(claim.measures?.studies ?? []), ...claim.context.flatMap((n) => n.studies)])]
        .map((e) => events.get(e))
        .filter((e): e is TimelineEvent => e?.study !== undefined),
    };
  };
}
