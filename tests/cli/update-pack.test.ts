/**
 * The pack that comes with ClaimLens is written like the seeds (src/cli/update-pack.ts): checked as they
 * are, against them, and shipped as a pack file the extension reads as it reads any pack. A broken file
 * stops the build with its file, claim id and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimDatabaseError } from '../../src/claims/load';
import { readClaimDatabase, REPO_ROOT } from '../../src/cli/seeds';
import { loadMatcher } from '../../src/cli/load-matcher';
import { buildUpdatePack, UPDATE_PACK_DIR, updatePackDatabase } from '../../src/cli/update-pack';
import { worthAnalysing } from '../../src/match/scan-text';
import { readPack } from '../../src/packs/pack';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/update-pack');
const bundled = readClaimDatabase();

/** A copy of the fixture pack with `change` made to it. */
function broken(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-pack-'));
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return dir;
}

function problemOf(dir: string): string {
  try {
    buildUpdatePack(dir, bundled);
  } catch (err) {
    expect(err).toBeInstanceOf(ClaimDatabaseError);
    return (err as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('the broken pack was built');
}

describe('the pack that comes with ClaimLens', () => {
  it('is written as a pack file that reads back as the same claims, documents and sources', () => {
    const built = buildUpdatePack(FIXTURE, bundled);
    expect(built.header).toEqual({
      id: 'example-newsroom',
      name: 'Example Newsroom checks',
      version: '2026.1',
      publisher: 'Example Newsroom',
    });
    const reading = readPack(built.text, 'pack.json', { bundled });
    expect(reading.problems).toEqual([]);
    expect(reading.pack?.database.claims.map((c) => c.id)).toEqual(['example-vans-scanned-52000-faces']);
    // Its document's text travels inside the file.
    const text = readFileSync(join(FIXTURE, 'documents/example-council-2026.txt'), 'utf8');
    expect(reading.pack?.database.documents[0]?.text).toBe(text);
  });

  it('stops the build at an excerpt that is not in its document, with the file, the claim and the field', () => {
    const message = problemOf(
      broken((dir) => {
        const file = join(dir, 'claims/example-vans-scanned-52000-faces.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('had scanned 52,000\n', 'had scanned 53,000\n'));
      }),
    );
    expect(message).toMatch(/claims\/example-vans-scanned-52000-faces\.yaml/);
    expect(message).toMatch(/id example-vans-scanned-52000-faces/);
    expect(message).toMatch(/field excerpts\.0\.text/);
  });

  it('stops the build without its header, or with a claim that replaces a seed claim', () => {
    expect(problemOf(broken((dir) => rmSync(join(dir, 'pack.yaml'))))).toMatch(/pack\.yaml/);
    const seed = bundled.claims[0]!.id;
    const message = problemOf(
      broken((dir) => {
        const file = join(dir, 'claims/example-vans-scanned-52000-faces.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('id: example-vans-scanned-52000-faces', `id: ${seed}`));
      }),
    );
    expect(message).toContain(seed);
  });

  it('ships packs/since-2023 (the build reads it; a problem there fails the build)', () => {
    const built = buildUpdatePack(UPDATE_PACK_DIR, bundled);
    expect(built.header.id).toBe('claims-since-2023');
    expect(built.database.claims.length).toBeGreaterThanOrEqual(40);
  });

  it('opens the page scan’s gates with words only its claims use (beside the seeds, as installed)', () => {
    const seedsOnly = loadMatcher().matcher;
    const { matcher } = loadMatcher({}, bundled, [updatePackDatabase()]);
    // "panopticon" weighs nothing to the seed claims: alone, their gate would not read the sentence.
    const sentence = 'A panopticon, said the minister.';
    expect(worthAnalysing(seedsOnly.index, sentence, 3, false)).toBe(false);
    expect(worthAnalysing(matcher.index, sentence, 3, false)).toBe(true);
  });
});
