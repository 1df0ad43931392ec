/**
 * Loads the claim database from the contents of the files in `seeds/`, validates it, and reports
 * every problem with the file, the claim id and the field, so a broken edit is easy to find.
 * Pure: the caller reads the files (Node CLI, build plugin, tests).
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod/mini';
import type { Claim, ClaimDatabase, SeedDocument, Source, TimelineEvent } from './types';
import { claimEvidenceIssues, eventCertaintyIssues } from './certainty';
import { claimSchema, documentsFileSchema, entitiesFileSchema, sourcesFileSchema, timelineFileSchema } from './schema';
import { citer, resolveClaim, resolveDocument, resolveEvent } from './sources';

/** The seed files (`F`: as YAML text, as the `seeds/` folder has them; or either, as a claim pack gives them). */
export interface SeedFiles<F extends TextFile = TextFile> {
  /** `seeds/documents.yaml` */
  documents: F;
  /** `seeds/sources.yaml` */
  sources: F;
  /** `seeds/entities.yaml` */
  entities: F;
  /** `seeds/timeline.yaml` */
  timeline: F;
  /** `seeds/claims/*.yaml`, one claim per file. */
  claims: F[];
  /** `seeds/documents/*.txt`, keyed by file name. */
  texts: Map<string, string>;
}

/**
 * A file's YAML text (problems get its lines), or its content already read (a claim pack's JSON, whose
 * reader finds lines of its own): reading 10,000 claims again as YAML took seconds.
 */
export type TextFile = YamlFile | { path: string; value: unknown };

export interface YamlFile {
  path: string;
  content: string;
}

export interface Problem {
  file: string;
  /** Claim, document or event id, when known. */
  id?: string;
  /** Dotted path of the field, e.g. `excerpts.2.text`. */
  field?: string;
  line?: number;
  message: string;
}

export class ClaimDatabaseError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The claim database has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ClaimDatabaseError';
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const what = [p.id && `id ${p.id}`, p.field && `field ${p.field}`].filter(Boolean).join(', ');
  return `  ${where}${what ? ` (${what})` : ''}: ${p.message}`;
}

interface Parsed<T> {
  value?: T;
  doc?: Document;
  lines?: LineCounter;
}

/** Parses YAML and validates it, collecting problems with line numbers. */
function parseFile<T>(
  file: TextFile,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
  idOf?: (raw: unknown) => string | undefined,
): Parsed<T> {
  if ('value' in file) return check(file, file.value, schema, problems, idOf);
  const lines = new LineCounter();
  const doc = parseDocument(file.content, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      problems.push({
        file: file.path,
        line: lines.linePos(err.pos[0]).line,
        message: `YAML: ${err.message.split('\n')[0]}`,
      });
    }
    return {};
  }
  const checked = check(file, doc.toJS(), schema, problems, idOf, (path) => lineOf(doc, lines, path));
  return checked.value === undefined ? checked : { ...checked, doc, lines };
}

/** Validates a file's content against its schema, collecting problems (with lines when `lineAt` is given). */
function check<T>(
  file: TextFile,
  raw: unknown,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
  idOf?: (raw: unknown) => string | undefined,
  lineAt?: (path: readonly PropertyKey[]) => number | undefined,
): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data };
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    problems.push({
      file: file.path,
      id: idOf?.(raw) ?? idAlong(raw, issue.path),
      field: path.join('.') || undefined,
      line: lineAt?.(issue.path),
      message: issue.message,
    });
  }
  return {};
}

/** The `id` of the nearest enclosing object on the path, for list files such as the timeline. */
function idAlong(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let node = raw;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const maybeId = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof maybeId === 'string') found = maybeId;
  }
  return found;
}

function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  // Walk down as far as the path exists; report the deepest node that does.
  let node: unknown = doc.contents;
  let range: [number, number, number] | undefined | null = doc.contents?.range;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(key));
      if (!pair) break;
      range = (pair.key as { range?: [number, number, number] } | null)?.range ?? range;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)];
      if (!item) break;
      range = (item as { range?: [number, number, number] }).range ?? range;
      node = item;
    } else break;
  }
  return range ? lines.linePos(range[0]).line : undefined;
}

/** What is wrong with one alternative of a frame's core, or null: a thesaurus group, a figure, or words. */
function frameTermProblem(term: string, groups: ReadonlySet<string> | undefined): string | null {
  if (term.startsWith('@')) {
    return groups && !groups.has(term.slice(1))
      ? `unknown thesaurus group "${term}" (groups are listed in src/match/lexicon.ts)`
      : null;
  }
  if (!/[\p{L}\p{N}]/u.test(term)) return `"${term}" has no words`;
  return null;
}

function rawId(raw: unknown): string | undefined {
  const value = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof value === 'string' ? value : undefined;
}

export interface LoadOptions {
  /**
   * The thesaurus groups claim frames may name (`@unlawful`), when the caller knows them: a frame naming
   * another is reported with its file, claim and field.
   */
  frameGroups?: ReadonlySet<string>;
  /**
   * What this database may refer to beyond itself (a claim pack refers to the bundled claims): claims its
   * claims may counter or contrast with (not checked for a link back, as they cannot list it), entities
   * frames may name, and timeline events claims may cite.
   */
  external?: {
    claimIds: ReadonlySet<string>;
    entityIds: ReadonlySet<string>;
    events: ReadonlyMap<string, TimelineEvent>;
  };
}

/** Validates every file and the links between them; throws ClaimDatabaseError listing all problems. */
export function loadClaimDatabase(files: SeedFiles, options: LoadOptions = {}): ClaimDatabase {
  const problems: Problem[] = [];

  const docsFile = parseFile(files.documents, documentsFileSchema, problems);
  const sourcesFile = parseFile(files.sources, sourcesFileSchema, problems);
  const entitiesFile = parseFile(files.entities, entitiesFileSchema, problems);
  const entities = entitiesFile.value?.entities ?? [];
  const entityIds = new Set<string>();
  for (const [i, e] of entities.entries()) {
    if (entityIds.has(e.id))
      problems.push({ file: files.entities.path, id: e.id, field: `entities.${i}.id`, message: 'duplicate entity id' });
    entityIds.add(e.id);
  }
  const timelineFile = parseFile(files.timeline, timelineFileSchema, problems);
  const claimFiles = files.claims.map((file) => ({ file, parsed: parseFile(file, claimSchema, problems, rawId) }));

  const registry = new Map<string, Source>();
  for (const [i, { note, ...s }] of (sourcesFile.value?.sources ?? []).entries()) {
    if (registry.has(s.id))
      problems.push({ file: files.sources.path, id: s.id, field: `sources.${i}.id`, message: 'duplicate source id' });
    registry.set(s.id, note ? { ...s, about: note } : s);
  }
  const cited = new Set<string>();
  // Without the registry every citation would look unknown and every fact unsourced: report the registry's
  // own problems alone.
  const registryRead = sourcesFile.value !== undefined;
  /** A citer whose unknown ids are reported against `file`, with the line when the YAML is at hand. */
  const citerFor = (file: string, parsed: Parsed<unknown>, id?: string) =>
    citer(
      registry,
      (ref, path) =>
        registryRead &&
        problems.push({
          file,
          id,
          field: path.join('.'),
          line: parsed.doc && parsed.lines ? lineOf(parsed.doc, parsed.lines, path) : undefined,
          message: `unknown source "${ref}" (sources are listed in seeds/sources.yaml)`,
        }),
      cited,
    );

  const documents: SeedDocument[] = [];
  const docById = new Map<string, SeedDocument>();
  for (const [i, d] of (docsFile.value?.documents ?? []).entries()) {
    const text = files.texts.get(d.file);
    if (text === undefined) {
      problems.push({
        file: files.documents.path,
        id: d.id,
        field: `documents.${i}.file`,
        message: `no such seed document: seeds/documents/${d.file}`,
      });
      continue;
    }
    if (docById.has(d.id)) {
      problems.push({
        file: files.documents.path,
        id: d.id,
        field: `documents.${i}.id`,
        message: 'duplicate document id',
      });
    }
    const doc: SeedDocument = { ...resolveDocument(d, citerFor(files.documents.path, docsFile, d.id), i), text };
    documents.push(doc);
    docById.set(d.id, doc);
  }

  const eventInputs = timelineFile.value?.events ?? [];
  const events: TimelineEvent[] = eventInputs.map((e, i) =>
    resolveEvent(e, citerFor(files.timeline.path, timelineFile, e.id), ['events', i]),
  );
  const eventById = new Map<string, TimelineEvent>();
  for (const [i, e] of events.entries()) {
    if (eventById.has(e.id))
      problems.push({ file: files.timeline.path, id: e.id, field: `events.${i}.id`, message: 'duplicate event id' });
    eventById.set(e.id, e);
    for (const issue of registryRead ? eventCertaintyIssues(e) : []) {
      const path = ['events', i, ...issue.path];
      problems.push({
        file: files.timeline.path,
        id: e.id,
        field: path.join('.'),
        line: timelineFile.doc && timelineFile.lines ? lineOf(timelineFile.doc, timelineFile.lines, path) : undefined,
        message: issue.message,
      });
    }
  }

  const knownEvents = options.external ? new Map([...options.external.events, ...eventById]) : eventById;
  const claims: Claim[] = [];
  const fileOf = new Map<string, string>();
  for (const { file, parsed } of claimFiles) {
    if (!parsed.value) continue;
    const c = resolveClaim(parsed.value, citerFor(file.path, parsed, parsed.value.id));
    const expectedName = `${c.id}.yaml`;
    if (!file.path.endsWith(`/${expectedName}`) && file.path !== expectedName) {
      problems.push({ file: file.path, id: c.id, field: 'id', message: `the file must be named ${expectedName}` });
    }
    if (fileOf.has(c.id)) {
      problems.push({
        file: file.path,
        id: c.id,
        field: 'id',
        message: `duplicate claim id (also in ${fileOf.get(c.id)})`,
      });
      continue;
    }
    fileOf.set(c.id, file.path);
    c.excerpts.forEach((ex, i) => {
      const doc = docById.get(ex.seed);
      if (!doc)
        problems.push({
          file: file.path,
          id: c.id,
          field: `excerpts.${i}.seed`,
          message: `unknown seed document "${ex.seed}"`,
        });
      else if (!doc.text.includes(ex.text)) {
        problems.push({
          file: file.path,
          id: c.id,
          field: `excerpts.${i}.text`,
          message: `not an exact substring of seed document "${ex.seed}" (${doc.file})`,
        });
      }
    });
    for (const issue of registryRead ? claimEvidenceIssues(c, docById, knownEvents) : []) {
      problems.push({
        file: file.path,
        id: c.id,
        field: issue.path.join('.'),
        line: parsed.doc && parsed.lines ? lineOf(parsed.doc, parsed.lines, issue.path) : undefined,
        message: issue.message,
      });
    }
    c.frame?.who.forEach((who, i) => {
      if (entitiesFile.value && !entityIds.has(who) && !options.external?.entityIds.has(who))
        problems.push({
          file: file.path,
          id: c.id,
          field: `frame.who.${i}`,
          line: parsed.doc && parsed.lines ? lineOf(parsed.doc, parsed.lines, ['frame', 'who', i]) : undefined,
          message: `unknown entity "${who}" (entities are listed in seeds/entities.yaml)`,
        });
    });
    c.frame?.core.forEach((group, i) =>
      group.forEach((term, j) => {
        const message = frameTermProblem(term, options.frameGroups);
        if (message)
          problems.push({
            file: file.path,
            id: c.id,
            field: `frame.core.${i}.${j}`,
            line: parsed.doc && parsed.lines ? lineOf(parsed.doc, parsed.lines, ['frame', 'core', i, j]) : undefined,
            message,
          });
      }),
    );
    c.after.forEach((eventId, i) => {
      if (!knownEvents.has(eventId))
        problems.push({
          file: file.path,
          id: c.id,
          field: `after.${i}`,
          message: `unknown timeline event "${eventId}"`,
        });
    });
    claims.push(c);
  }

  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) {
    const file = fileOf.get(c.id) ?? '?';
    for (const [field, links] of [
      ['counters', c.counters],
      ['contrasts', c.contrasts],
    ] as const) {
      links.forEach((other, i) => {
        const target = byId.get(other);
        if (other === c.id)
          problems.push({ file, id: c.id, field: `${field}.${i}`, message: `a claim cannot list itself` });
        else if (!target) {
          if (!options.external?.claimIds.has(other))
            problems.push({ file, id: c.id, field: `${field}.${i}`, message: `unknown claim "${other}"` });
        } else if (!target[field].includes(c.id)) {
          problems.push({
            file,
            id: c.id,
            field: `${field}.${i}`,
            message: `"${other}" does not list "${c.id}" back in its ${field}: links must be symmetric`,
          });
        }
      });
      if (new Set(links).size !== links.length)
        problems.push({ file, id: c.id, field, message: 'lists the same claim twice' });
    }
  }

  // A file that did not parse cites nothing, so unused sources are only worth reporting when all did.
  const allRead =
    timelineFile.value !== undefined && docsFile.value !== undefined && claimFiles.every((c) => c.parsed.value);
  for (const [i, s] of (allRead ? (sourcesFile.value?.sources ?? []) : []).entries()) {
    if (!cited.has(s.id))
      problems.push({
        file: files.sources.path,
        id: s.id,
        field: `sources.${i}`,
        line:
          sourcesFile.doc && sourcesFile.lines ? lineOf(sourcesFile.doc, sourcesFile.lines, ['sources', i]) : undefined,
        message: 'no claim or event cites this source',
      });
  }

  if (problems.length > 0) throw new ClaimDatabaseError(problems);
  claims.sort((a, b) => a.id.localeCompare(b.id));
  return { documents, entities, claims, timeline: events };
}
