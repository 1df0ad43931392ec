/**
 * `npm run check:seeds`: validates the claim database, and the pack that comes with ClaimLens
 * (`packs/since-2023`) against it, and prints a summary or every problem.
 */
import { ClaimDatabaseError } from '../claims/load';
import type { ClaimDatabase } from '../claims/types';
import { readClaimDatabase } from './seeds';
import { buildUpdatePack } from './update-pack';

function summary(db: ClaimDatabase): string {
  const own = new Set(db.claims.map((c) => c.id));
  const links = db.claims.flatMap((c) => c.counters);
  const pairs = links.filter((id) => own.has(id)).length / 2;
  const outside = links.filter((id) => !own.has(id)).length;
  const sources = new Set(
    [...db.claims.flatMap((c) => [...c.context, ...(c.measures ? [c.measures] : [])]), ...db.timeline]
      .flatMap((f) => f.sources)
      .map((s) => s.id),
  );
  const studies = db.timeline.filter((e) => e.study).length;
  return `${db.documents.length} documents, ${db.claims.length} claims, ${pairs} counter-claim pairs${outside ? ` and ${outside} counters of seed claims` : ''}, ${db.timeline.length} timeline events (${studies} studies), ${sources.size} sources cited by notes and events`;
}

try {
  const db = readClaimDatabase();
  console.log(`seeds OK: ${summary(db)}; every certainty follows the rule`);
  const pack = buildUpdatePack(undefined, db);
  console.log(`${pack.header.name} (packs/since-2023) OK: ${summary(pack.database)}; every certainty follows the rule`);
} catch (err) {
  if (err instanceof ClaimDatabaseError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
