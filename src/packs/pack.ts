/**
 * Claim packs: claims a newsroom, a campaign group or a press office adds to ClaimLens, as a file in
 * ClaimLens's own format (claimlens-pack.ts) or as schema.org ClaimReview (claimreview.ts). readPack
 * checks a file completely before anything is kept: every problem comes back with the item, the field
 * and the line, and a pack with problems yields nothing unless the caller asks for its valid items.
 * Browser-free: the settings page, the command line and the tests use the same code.
 */
import type { ClaimDatabase } from '../claims/types';
import { readClaimLensPack, isClaimLensPack } from './claimlens-pack';
import { claimsFromClaimReview, isClaimReviewDocument } from './claimreview';
import { lineOf, readPackJson, type PackProblem } from './json';
import { PACK_LIMITS } from './limits';

export type { PackProblem } from './json';
export { PACK_LIMITS } from './limits';

/** Pack ids a file may not take: the bundled claims are not a pack that can be replaced. */
const RESERVED_PACK_IDS = new Set(['claimlens', 'bundled', 'seeds', 'claimlens-seeds']);

export type PackFormat = 'claimlens' | 'claimreview';

export interface Pack {
  id: string;
  name: string;
  version: string;
  publisher: string;
  format: PackFormat;
  database: ClaimDatabase;
}

export interface PackReading {
  /** The whole pack, when it has no problem. */
  pack: Pack | null;
  /** Every problem found, in the order of the file (at most PACK_LIMITS.problems; see `more`). */
  problems: PackProblem[];
  /** Problems not listed beyond PACK_LIMITS.problems. */
  more: number;
  /** Claims (or reviews) the file holds, valid or not. */
  items: number;
  /** With problems: the pack of its valid claims alone, if any are, for a caller that chooses to keep those. */
  validOnly: Pack | null;
}

export interface PackContext {
  /** The bundled claim database: a pack may refer to its claims, entities and events, never replace them. */
  bundled: ClaimDatabase;
  /** The thesaurus groups claim frames may name. */
  frameGroups?: ReadonlySet<string>;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\.[a-z]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'pack';

/** Reads a pack file's text. `fileName` names a ClaimReview pack, which has no name of its own. */
export function readPack(text: string, fileName: string, context: PackContext): PackReading {
  const read = readPackJson(text);
  if ('problems' in read) return finish(text, { problems: read.problems, items: 0 });
  const { value } = read;
  const bundledIds = new Set(context.bundled.claims.map((c) => c.id));
  if (isClaimLensPack(value)) return finish(text, readOwnFormat(value, context, bundledIds));
  if (isClaimReviewDocument(value)) {
    const { claims, problems, items } = claimsFromClaimReview(value, bundledIds);
    const reviewers = [...new Set(claims.map((c) => c.review?.publisher).filter((p): p is string => !!p))];
    const latest = claims
      .map((c) => c.review?.date ?? '')
      .sort()
      .at(-1);
    const pack = (list: typeof claims): Pack => ({
      id: `claimreview-${slug(fileName)}`,
      name: fileName.replace(/\.[a-z]+$/i, '') || 'ClaimReview',
      version: latest || 'undated',
      publisher: reviewers.slice(0, 3).join(', ') + (reviewers.length > 3 ? ', …' : ''),
      format: 'claimreview',
      database: { documents: [], entities: [], claims: list, timeline: [] },
    });
    return finish(text, {
      problems,
      items,
      whole: problems.length === 0 && claims.length > 0 ? pack(claims) : null,
      validOnly: claims.length > 0 ? pack(claims) : null,
      ...(claims.length === 0 && problems.length === 0
        ? { problems: [{ path: [], message: 'no ClaimReview in the file' }] }
        : {}),
    });
  }
  return finish(text, {
    problems: [
      {
        path: [],
        message:
          'neither a ClaimLens pack (a "claimlensPack" key) nor schema.org ClaimReview (an item with "@type": "ClaimReview")',
      },
    ],
    items: 0,
  });
}

interface Outcome {
  problems: PackProblem[];
  items: number;
  whole?: Pack | null;
  validOnly?: Pack | null;
}

/** A ClaimLens pack; with problems in its claims only, also the pack of the claims without problems. */
function readOwnFormat(value: unknown, context: PackContext, bundledIds: ReadonlySet<string>): Outcome {
  const external = {
    claimIds: bundledIds,
    entityIds: new Set(context.bundled.entities.map((e) => e.id)),
    events: new Map(context.bundled.timeline.map((e) => [e.id, e])),
  };
  const options = { external, ...(context.frameGroups ? { frameGroups: context.frameGroups } : {}) };
  const raw = value as { id?: unknown; claims?: unknown };
  const claims = Array.isArray(raw.claims) ? (raw.claims as unknown[]) : [];
  const ownProblems: PackProblem[] = [];
  if (typeof raw.id === 'string' && RESERVED_PACK_IDS.has(raw.id))
    ownProblems.push({ path: ['id'], message: `"${raw.id}" names the bundled claims: a pack needs an id of its own` });
  claims.forEach((c, i) => {
    const cid = (c as { id?: unknown } | null)?.id;
    if (typeof cid === 'string' && bundledIds.has(cid))
      ownProblems.push({
        path: ['claims', i, 'id'],
        item: cid,
        message: 'the id of a bundled claim: a pack cannot replace it',
      });
  });
  const first = readClaimLensPack(value, options);
  const problems = [...ownProblems, ...('problems' in first ? first.problems : [])];
  const asPack = (r: typeof first): Pack | null =>
    'header' in r ? { ...r.header, format: 'claimlens', database: r.database } : null;
  if (problems.length === 0) return { problems, items: claims.length, whole: asPack(first), validOnly: null };
  // Only when every problem is in a claim can the others stand alone; dropping a claim can break another's
  // links, so the check is repeated on what is left.
  let keep = claims.map((_, i) => i);
  let current = problems;
  for (let round = 0; round < 3; round++) {
    const bad = new Set<number>();
    for (const p of current) {
      if (p.path[0] !== 'claims' || typeof p.path[1] !== 'number') return { problems, items: claims.length };
      bad.add(keep[p.path[1]]!);
    }
    keep = keep.filter((i) => !bad.has(i));
    if (keep.length === 0) break;
    const rest = readClaimLensPack({ ...(value as object), claims: keep.map((i) => claims[i]) }, options);
    if ('header' in rest) return { problems, items: claims.length, validOnly: asPack(rest) };
    current = rest.problems;
  }
  return { problems, items: claims.length };
}

function finish(text: string, outcome: Outcome): PackReading {
  const listed = outcome.problems.slice(0, PACK_LIMITS.problems).map((p) => {
    if (p.line !== undefined || p.path.length === 0) return p;
    const line = lineOf(text, p.path);
    return line === undefined ? p : { ...p, line };
  });
  return {
    pack: outcome.whole ?? null,
    problems: listed,
    more: Math.max(0, outcome.problems.length - PACK_LIMITS.problems),
    items: outcome.items,
    validOnly: outcome.problems.length > 0 ? (outcome.validOnly ?? null) : null,
  };
}

/** One problem as a line of text: "claims[3].claimant.name (line 42, met-xyz): must not be empty". */
export function formatPackProblem(p: PackProblem): string {
  const where = p.path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
  const details = [p.line !== undefined ? `line ${p.line}` : '', p.item ?? ''].filter(Boolean).join(', ');
  return `${where || 'the file'}${details ? ` (${details})` : ''}: ${p.message}`;
}
