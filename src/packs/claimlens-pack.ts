/**
 * ClaimLens's own pack format: the `seeds/` schema as one JSON file, with a name, a version and a
 * publisher. Its claims, documents, sources, entities and timeline are checked exactly as the seeds are
 * (src/claims/load.ts: schema, exact excerpts, symmetric counters, the certainty rule); they may refer to
 * the bundled claims, entities and events as well as to their own.
 *
 *   { "claimlensPack": 1, "id": "…", "name": "…", "version": "…", "publisher": "…",
 *     "documents": [{ …as in documents.yaml, with "text" instead of "file" }],
 *     "sources": […], "entities": […], "timeline": […], "claims": [{ …as in claims/*.yaml }] }
 */
import * as z from 'zod/mini';
import { ClaimDatabaseError, loadClaimDatabase, type LoadOptions, type Problem, type SeedFiles } from '../claims/load';
import type { ClaimDatabase } from '../claims/types';
import type { JsonPath, PackProblem } from './json';
import { PACK_LIMITS } from './limits';

/** The version of the format this build reads. */
export const PACK_FORMAT = 1;

const id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens'),
    z.maxLength(80),
  );
const short = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

const headerSchema = z.object({
  claimlensPack: z.literal(PACK_FORMAT, { message: `must be ${PACK_FORMAT}: the pack format this version reads` }),
  id,
  name: short(120),
  version: short(40),
  publisher: short(200),
  documents: z.array(z.looseObject({ id: z.string(), text: z.string().check(z.maxLength(PACK_LIMITS.documentText)) })),
  sources: z.optional(z.array(z.unknown())),
  entities: z.optional(z.array(z.unknown())),
  timeline: z.optional(z.array(z.unknown())),
  claims: z.array(z.looseObject({ id: z.string() })).check(z.minLength(1), z.maxLength(PACK_LIMITS.claims)),
});

export interface PackHeader {
  id: string;
  name: string;
  version: string;
  publisher: string;
}

/** Whether a parsed JSON document says it is a ClaimLens pack. */
export function isClaimLensPack(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'claimlensPack' in value;
}

/**
 * Reads a ClaimLens pack: its header and its claim database, or the problems, each with its path into
 * the pack. `external`: the bundled claims, entities and events the pack may refer to.
 */
export function readClaimLensPack(
  value: unknown,
  options: LoadOptions = {},
): { header: PackHeader; database: ClaimDatabase } | { problems: PackProblem[] } {
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.filter((k): k is string | number => typeof k !== 'symbol'),
        message: issue.message,
      })),
    };
  const pack = parsed.data;
  const claimIndex = new Map<string, number>();
  pack.claims.forEach((c, i) => claimIndex.set(c.id, i));
  const files: SeedFiles = {
    documents: {
      path: 'documents',
      value: { documents: pack.documents.map(({ text: _text, ...d }) => ({ ...d, file: `${d.id}.txt` })) },
    },
    sources: { path: 'sources', value: { sources: pack.sources ?? [] } },
    entities: { path: 'entities', value: { entities: pack.entities ?? [] } },
    timeline: { path: 'timeline', value: { events: pack.timeline ?? [] } },
    claims: pack.claims.map((c) => ({ path: `claims/${c.id}.yaml`, value: c })),
    texts: new Map(pack.documents.map((d) => [`${d.id}.txt`, d.text])),
  };
  try {
    const database = loadClaimDatabase(files, options);
    const { id: packId, name, version, publisher } = pack;
    return { header: { id: packId, name, version, publisher }, database };
  } catch (err) {
    if (!(err instanceof ClaimDatabaseError)) throw err;
    return { problems: err.problems.map((p) => packProblem(p, claimIndex)) };
  }
}

/** A problem of the database check, located in the pack: the section, the item's index, the field. */
function packProblem(p: Problem, claimIndex: ReadonlyMap<string, number>): PackProblem {
  const field: JsonPath = (p.field ?? '')
    .split('.')
    .filter(Boolean)
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const claim = /^claims\/(.+)\.yaml$/.exec(p.file)?.[1];
  let path: JsonPath;
  if (claim !== undefined) path = ['claims', claimIndex.get(claim) ?? 0, ...field];
  else {
    // Each section was checked as the file of that name: its own key leads the field's path.
    const section = p.file === 'timeline' ? 'timeline' : p.file;
    path = [section, ...field.slice(1)];
  }
  return { path, ...(p.id ? { item: p.id } : {}), message: p.message };
}
