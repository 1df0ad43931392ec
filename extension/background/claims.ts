/**
 * The claim database as the background serves it: lookups by id for the cards, over the bundled claims
 * and the claim packs switched on (read again whenever the installed packs change).
 */
import database from 'virtual:claimlens/database';
import type { SeedDocument } from '../../src/claims/types';
import browser from '../shared/browser';
import { claimLookup, type ClaimLookup } from '../shared/claim-details';
import type { ClaimDetails } from '../shared/messages';
import { PACKS_KEY, withEnabledPacks } from '../shared/packs';

interface Lookups {
  details: ClaimLookup;
  documents: Map<string, SeedDocument>;
}

const bundledLookups: Lookups = {
  details: claimLookup(database),
  documents: new Map(database.documents.map((d) => [d.id, d])),
};

let current: Promise<Lookups> | null = null;

function lookups(): Promise<Lookups> {
  current ??= withEnabledPacks(database).then(
    (db) =>
      db === database
        ? bundledLookups
        : { details: claimLookup(db), documents: new Map(db.documents.map((d) => [d.id, d])) },
    (err: unknown) => {
      console.warn('ClaimLens: claim packs', err);
      return bundledLookups;
    },
  );
  return current;
}

/** The installed packs changed: the next lookup reads them again. */
export function watchPacks(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PACKS_KEY in changes) current = null;
  });
}

export async function claimDetails(id: string): Promise<ClaimDetails | null> {
  return (await lookups()).details(id);
}

export async function seedDocument(id: string): Promise<SeedDocument | null> {
  return (await lookups()).documents.get(id) ?? null;
}
