/** `npm run check:seeds`: validates the claim database and prints a summary or every problem. */
import { ClaimDatabaseError } from '../claims/load';
import { readClaimDatabase } from './seeds';

try {
  const db = readClaimDatabase();
  const pairs = db.claims.reduce((n, c) => n + c.counters.length, 0) / 2;
  console.log(
    `seeds OK: ${db.documents.length} documents, ${db.claims.length} claims, ${pairs} counter-claim pairs, ${db.timeline.length} timeline events`,
  );
} catch (err) {
  if (err instanceof ClaimDatabaseError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
