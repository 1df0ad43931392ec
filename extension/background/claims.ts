/** The claim database as the background serves it: lookups by id for the card. */
import database from 'virtual:claimlens/database';
import type { SeedDocument } from '../../src/claims/types';
import { claimLookup } from '../shared/claim-details';

const documents = new Map(database.documents.map((d) => [d.id, d]));

export const claimDetails = claimLookup(database);

export function seedDocument(id: string): SeedDocument | null {
  return documents.get(id) ?? null;
}
