/**
 * The certainty rule: what each certainty level asks of the sources a fact names. The README's claim
 * format states it for editors; `loadClaimDatabase` enforces it on every claimant, claim date, context
 * note, `measures` block, timeline event and study note, so a label cannot say more (or less) than its
 * sources do.
 *
 * - `high`: one primary source (the report, judgment, statement or release itself), or two independent
 *   published sources (different publications; copies of one publication count once);
 * - `medium`: one published source, secondary (with a primary source or a second independent one, the
 *   fact is `high`);
 * - `low`: inferred from the sources named, which do not state it;
 * - `unverified`: stated by the source named, which could not be checked itself or is in doubt, and neither
 *   confirmed nor contradicted by any other source found;
 * - `contradicted`: a better source, named, says otherwise.
 *
 * Whatever the level, a fact names at least one source with a publication and a date.
 */
import type { Certainty, Claim, SeedDocument, Source, TimelineEvent } from './types';

/** "Daily8 aggregator (copy of a Leader Live / PA report)": the outlet copied. */
const COPY_OF_RE = /\(\s*(?:[^()]*?\s)?cop(?:y|ies) of (?:an? )?(.+?)(?: (?:article|report|release|story))?\s*\)\s*$/i;

/**
 * Publications are the same outlet whatever their capitalisation, a leading "The" or a note in brackets
 * ("Computer Weekly (via ...)"); a copy is the outlet it copies ("X (copy of a Guardian article)").
 */
function outlet(source: Source): string {
  const copied = COPY_OF_RE.exec(source.publication)?.[1];
  return (copied ?? source.publication.replace(/\s*\([^()]*\)\s*$/, ''))
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
}

/**
 * How many independent publications the sources are: one page named twice (as a quoted document and as a
 * source, under two names) is one publication, and so are copies of one outlet.
 */
function outlets(sources: readonly Source[]): number {
  const pages = new Map<string, Source>();
  for (const s of sources) pages.set(s.url ?? `${outlet(s)}\n${s.title ?? ''}`, s);
  return new Set([...pages.values()].map(outlet)).size;
}

/** What the sources a fact names fail to show for its certainty, or null when they show it. */
export function certaintyProblem(certainty: Certainty, sources: readonly Source[]): string | null {
  if (!sources.some((s) => s.date !== undefined)) return 'needs at least one source with a publication and a date';
  const strong = sources.some((s) => s.primary === true) || outlets(sources) >= 2;
  if (certainty === 'high' && !strong)
    return 'is "high" with one secondary source: high needs a primary source or two independent publications';
  if (certainty === 'medium' && strong)
    return 'is "medium" but names a primary source or two independent publications: by the rule that is "high"';
  return null;
}

/** A seed document as a source: primary when the claimant wrote or published it. */
function documentSource(doc: SeedDocument, claimant: Claim['claimant']): Source {
  return {
    id: `seed:${doc.id}`,
    publication: doc.name,
    title: doc.headline.value,
    ...(doc.date.value ? { date: doc.date.value } : {}),
    ...(doc.url.value ? { url: doc.url.value } : {}),
    ...(doc.author.value === claimant.name || doc.name === claimant.organisation ? { primary: true } : {}),
  };
}

export interface CertaintyIssue {
  /** Claim id or timeline event id. */
  id: string;
  /** Dotted path of the fact within its claim or event. */
  path: (string | number)[];
  message: string;
}

/** A fact to check: where it is, its certainty and the sources it names. */
type Fact = [path: (string | number)[], certainty: Certainty, sources: readonly Source[]];

function checked(id: string, facts: readonly Fact[]): CertaintyIssue[] {
  return facts.flatMap(([path, certainty, sources]) => {
    const message = certaintyProblem(certainty, sources);
    return message ? [{ id, path, message }] : [];
  });
}

/**
 * Every fact in a claim whose certainty its sources do not support, and every study it relies on that is
 * not a timeline event with its study described (who commissioned it, its limits, who disputes it).
 */
export function claimEvidenceIssues(
  claim: Claim,
  documents: ReadonlyMap<string, SeedDocument>,
  events: ReadonlyMap<string, TimelineEvent>,
): CertaintyIssue[] {
  const studies: [(string | number)[], string[]][] = claim.context.map((n, i) => [
    ['context', i, 'studies'],
    n.studies,
  ]);
  if (claim.measures) studies.push([['measures', 'studies'], claim.measures.studies]);
  const studyIssues = studies.flatMap(([path, ids]) =>
    ids.flatMap((id, k) => {
      const event = events.get(id);
      if (event?.study) return [];
      const message = event ? `timeline event "${id}" describes no study` : `unknown timeline event "${id}"`;
      return [{ id: claim.id, path: [...path, k], message }];
    }),
  );
  return [...studyIssues, ...uncitedStudies(claim, events), ...claimCertaintyIssues(claim, documents)];
}

/** Notes (and the `measures` block) that name a study without citing it in `studies`. */
function uncitedStudies(claim: Claim, events: ReadonlyMap<string, TimelineEvent>): CertaintyIssue[] {
  const facts: [(string | number)[], string, string[]][] = claim.context.map((n, i) => [
    ['context', i, 'text'],
    n.text,
    n.studies,
  ]);
  if (claim.measures) facts.push([['measures', 'what'], claim.measures.what, claim.measures.studies]);
  const issues: CertaintyIssue[] = [];
  for (const event of events.values()) {
    const names = event.study?.names ?? [];
    for (const [path, text, cited] of facts) {
      const named = names.find((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text));
      if (named && !cited.includes(event.id))
        issues.push({
          id: claim.id,
          path,
          message: `names the study "${named}" without citing it: add ${event.id} to its studies, so the card shows who commissioned it and who disputes it`,
        });
    }
  }
  return issues;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every fact in a claim whose certainty its sources do not support. */
export function claimCertaintyIssues(claim: Claim, documents: ReadonlyMap<string, SeedDocument>): CertaintyIssue[] {
  const quoted = [...new Set(claim.excerpts.map((e) => e.seed))]
    .map((id) => documents.get(id))
    .filter((d): d is SeedDocument => d !== undefined)
    .map((d) => documentSource(d, claim.claimant));
  const facts: Fact[] = [
    [['claimant', 'certainty'], claim.claimant.certainty, [...quoted, ...claim.claimant.sources]],
    [['date', 'certainty'], claim.date.certainty, [...quoted, ...claim.date.sources]],
    ...claim.context.map((n, i): Fact => [['context', i, 'certainty'], n.certainty, n.sources]),
  ];
  if (claim.measures) facts.push([['measures', 'certainty'], claim.measures.certainty, claim.measures.sources]);
  return checked(claim.id, facts);
}

/** Every fact in a timeline event (its date, and its study's notes) whose certainty its sources do not support. */
export function eventCertaintyIssues(event: TimelineEvent): CertaintyIssue[] {
  const facts: Fact[] = [[['date', 'certainty'], event.date.certainty, event.sources]];
  const study = event.study;
  if (study) {
    facts.push([
      ['study', 'commissionedBy', 'certainty'],
      study.commissionedBy.certainty,
      study.commissionedBy.sources,
    ]);
    study.caveats.forEach((n, i) => facts.push([['study', 'caveats', i, 'certainty'], n.certainty, n.sources]));
    study.disputes.forEach((n, i) => facts.push([['study', 'disputes', i, 'certainty'], n.certainty, n.sources]));
  }
  return checked(event.id, facts);
}
