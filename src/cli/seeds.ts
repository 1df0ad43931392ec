/** Reads `seeds/` from disk for the CLI, the build and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClaimDatabase, type SeedFiles, type YamlFile } from '../claims/load';
import type { ClaimDatabase } from '../claims/types';
import { CONCEPTS } from '../match/lexicon';

// fileURLToPath of the string, not of `new URL(...)`: a DOM test environment replaces the URL class.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

function textFile(path: string, root: string): YamlFile {
  return { path: relative(root, path), content: readFileSync(path, 'utf8') };
}

/**
 * Reads the seed files without validating them (tests use this to break one on purpose); their paths are
 * given from `root` (the repository by default).
 */
export function readSeedFiles(seedsDir = SEEDS_DIR, root = REPO_ROOT): SeedFiles<YamlFile> {
  const claimsDir = join(seedsDir, 'claims');
  const docsDir = join(seedsDir, 'documents');
  return {
    documents: textFile(join(seedsDir, 'documents.yaml'), root),
    sources: textFile(join(seedsDir, 'sources.yaml'), root),
    entities: textFile(join(seedsDir, 'entities.yaml'), root),
    timeline: textFile(join(seedsDir, 'timeline.yaml'), root),
    claims: readdirSync(claimsDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => textFile(join(claimsDir, f), root)),
    texts: new Map(
      readdirSync(docsDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, readFileSync(join(docsDir, f), 'utf8')]),
    ),
  };
}

/** Reads and validates the claim database; throws ClaimDatabaseError with every problem found. */
export function readClaimDatabase(seedsDir = SEEDS_DIR): ClaimDatabase {
  return loadClaimDatabase(readSeedFiles(seedsDir), { frameGroups: new Set(Object.keys(CONCEPTS)) });
}
