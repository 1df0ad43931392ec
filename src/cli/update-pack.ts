/**
 * The claim pack bundled with ClaimLens beside its seeds (`packs/since-2023/`): written in the seeds'
 * files (claims/*.yaml, documents.yaml with documents/*.txt, sources.yaml, entities.yaml, timeline.yaml)
 * plus `pack.yaml` (id, name, version, publisher), and shipped as a ClaimLens pack file that the
 * extension installs as its own pack. Checked exactly as the seeds are, against them (its claims may
 * counter seed claims, cite seed events, name seed entities): any problem stops the build with the file,
 * the claim id, the field and the line; then read again as the extension reads a pack file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { ClaimDatabaseError, loadClaimDatabase } from '../claims/load';
import type { ClaimDatabase } from '../claims/types';
import { CONCEPTS } from '../match/lexicon';
import { PACK_FORMAT } from '../packs/claimlens-pack';
import { readPack } from '../packs/pack';
import { readClaimDatabase, readSeedFiles, REPO_ROOT } from './seeds';

export const UPDATE_PACK_DIR = join(REPO_ROOT, 'packs/since-2023');

const headerSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  publisher: z.string(),
});

export interface BuiltPack {
  /** The pack file, as the extension installs it. */
  text: string;
  header: z.infer<typeof headerSchema>;
  /** Its claims, documents, sources and timeline, as read from the pack file. */
  database: ClaimDatabase;
}

const frameGroups = new Set(Object.keys(CONCEPTS));

/** Reads, checks and writes the pack in `dir` as a pack file; throws ClaimDatabaseError on any problem. */
export function buildUpdatePack(dir = UPDATE_PACK_DIR, bundled: ClaimDatabase = readClaimDatabase()): BuiltPack {
  const where = relative(REPO_ROOT, dir);
  const headerPath = join(dir, 'pack.yaml');
  const header = headerSchema.safeParse(existsSync(headerPath) ? parse(readFileSync(headerPath, 'utf8')) : null);
  if (!header.success)
    throw new ClaimDatabaseError([
      { file: `${where}/pack.yaml`, field: 'pack', message: 'needs id, name, version and publisher' },
    ]);
  const files = readSeedFiles(dir);
  const external = {
    claimIds: new Set(bundled.claims.map((c) => c.id)),
    entityIds: new Set(bundled.entities.map((e) => e.id)),
    events: new Map(bundled.timeline.map((e) => [e.id, e])),
  };
  // Every problem with its file, claim, field and line (throws).
  loadClaimDatabase(files, { frameGroups, external });

  const yaml = (file: { content: string }) => parse(file.content) as Record<string, unknown[] | undefined>;
  const documents = (yaml(files.documents).documents ?? []).map((d) => {
    const { file, ...rest } = d as { file: string };
    return { ...rest, text: files.texts.get(file) ?? '' };
  });
  const pack = {
    claimlensPack: PACK_FORMAT,
    ...header.data,
    documents,
    sources: yaml(files.sources).sources ?? [],
    entities: yaml(files.entities).entities ?? [],
    timeline: yaml(files.timeline).events ?? [],
    claims: files.claims.map((f) => parse(f.content) as unknown),
  };
  const text = JSON.stringify(pack);
  const reading = readPack(text, `${where}.json`, { bundled, frameGroups });
  if (!reading.pack || reading.problems.length > 0)
    throw new ClaimDatabaseError(
      reading.problems.map((p) => ({
        file: where,
        id: p.item,
        field: p.path.join('.'),
        message: `as a pack file: ${p.message}`,
      })),
    );
  return { text, header: header.data, database: reading.pack.database };
}

let built: BuiltPack | undefined;

/** The pack that comes with ClaimLens, switched on by default in the extension: its claim database. */
export function updatePackDatabase(): ClaimDatabase {
  built ??= buildUpdatePack();
  return built.database;
}

/** Where the pack's labels of the development articles are (eval-articles.ts, PackLabelsFile). */
export const UPDATE_PACK_LABELS = join(UPDATE_PACK_DIR, 'eval/articles.json');
