/** `npm run check:seeds`: validates the claim database and prints a summary or every problem. */
import { ClaimDatabaseError } from '../claims/load';
import { readClaimDatabase } from './seeds';

try {
  const db = readClaimDatabase();
  const pairs = db.claims.reduce((n, c) => n + c.counters.length, 0) / 2;
  const sources = new Set(
    [...db.claims.flatMap((c) => [...c.context, ...(c.measures ? [c.measures] : [])]), ...db.timeline]
      .flatMap((f) => f.sources)
      .map((s) => s.id),
  );
  const studies = db.timeline.filter((e) => e.study).length;
  console.log(
    `seeds OK: ${db.documents.length} documents, ${db.claims.length} claims, ${pairs} counter-claim pairs, ${db.timeline.length} timeline events (${studies} studies), ${sources.size} sources cited by notes and events; every certainty follows the rule`,
  );
} catch (err) {
  if (err instanceof ClaimDatabaseError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
