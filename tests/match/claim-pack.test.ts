/**
 * The generated claim packs behind the scale benchmark, and the matcher on a database of thousands of
 * claims: rare concepts nominate candidates, common ones only add weight (SCORE.nominatingPostings),
 * and no claim becomes unreachable for it.
 */
import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../src/cli/claim-pack';
import { readClaimDatabase } from '../../src/cli/seeds';
import { specificity } from '../../src/cli/word-frequency';
import { CLAIMS_PER_STEP, loadClaimIndexSteps, READ_PER_STEP } from '../../src/match/claim-index';
import { compileClaimIndex } from '../../src/match/compile';
import { readPhrasing } from '../../src/match/index-format';
import { loadClaimIndex } from '../../src/match/claim-index';
import { createMatcher } from '../../src/match/matcher';
import { SCORE } from '../../src/match/score';

/** Generated statements are varied sentences: at least this share of them distinct. */
const MIN_DISTINCT_SHARE = 0.96;
/**
 * Generated claims made of common words are still found from their own statements at this rate: the
 * word-count limits on nominating concepts (score.ts) may lose a few, never many.
 */
const MIN_FOUND_SHARE = 0.95;
import { scanText } from '../../src/match/scan-text';

const db = readClaimDatabase();

describe('generated claim packs', () => {
  it('are the same on every run, with unique ids, and copy no seed claim', () => {
    const a = generateClaims(500);
    expect(generateClaims(500)).toEqual(a);
    expect(new Set(a.map((c) => c.id)).size).toBe(500);
    const seeds = new Set(db.claims.map((c) => c.statement));
    expect(a.filter((c) => seeds.has(c.statement))).toEqual([]);
    // Varied: most statements are distinct sentences, not one template repeated.
    expect(new Set(a.map((c) => c.statement)).size).toBeGreaterThan(500 * MIN_DISTINCT_SHARE);
  });
});

describe('the matcher with 10,000 claims', () => {
  const generated = generateClaims(10_000 - db.claims.length);
  const index = compileClaimIndex([...db.claims, ...generated], { specificity, entities: db.entities });
  const matcher = createMatcher(loadClaimIndex(index));
  const postingSizes = new Map<number, number>();
  for (const p of index.phrasings.map(readPhrasing))
    for (const c of p.concepts) postingSizes.set(c, (postingSizes.get(c) ?? 0) + 1);

  it('has concepts common enough that they only add weight (the case being tested)', () => {
    expect(Math.max(...postingSizes.values())).toBeGreaterThan(SCORE.nominatingPostings);
  });

  it('loads in steps of a few claims each, so a page gets the thread back during the load', () => {
    const steps = loadClaimIndexSteps(index);
    let count = 0;
    let loaded = steps.next();
    for (; !loaded.done; loaded = steps.next()) count++;
    // Wordings read, then counted, READ_PER_STEP at a time; then weighed, a few claims at a time; then
    // the claims' figures and frames read, READ_PER_STEP at a time.
    const wordings = Math.floor(index.phrasings.length / READ_PER_STEP);
    const claims = index.claimIds.length;
    expect(count).toBeGreaterThanOrEqual(
      2 * wordings + Math.floor(claims / CLAIMS_PER_STEP) + Math.floor(claims / READ_PER_STEP),
    );
    expect(loaded.value.phrasings).toHaveLength(index.phrasings.length);
  });

  it('still finds every seed claim from its statement', () => {
    const missed = db.claims.filter((c) => !scanText(matcher, c.statement).some((f) => f.claimId === c.id));
    expect(missed.map((c) => c.id)).toEqual([]);
  });

  it('still finds generated claims made only of common words from their own statements', () => {
    const sample = generated.filter((_, i) => i % 20 === 0);
    const found = sample.filter((c) => scanText(matcher, c.statement).some((f) => f.claimId === c.id));
    expect(found.length / sample.length).toBeGreaterThan(MIN_FOUND_SHARE);
  });
});
