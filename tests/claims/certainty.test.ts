import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certaintyProblem } from '../../src/claims/certainty';
import type { Certainty, Source } from '../../src/claims/types';
import { readClaimDatabase, SEEDS_DIR } from '../../src/cli/seeds';
import { edited, problemsOf } from './seed-files';

const src = (publication: string, extra: Partial<Source> = {}): Source => ({
  id: publication.toLowerCase().replace(/\W+/g, '-'),
  publication,
  date: '2020-01-24',
  ...extra,
});

describe('the certainty rule', () => {
  it.each<[Certainty, Source[], RegExp | null]>([
    ['high', [src('Big Brother Watch', { primary: true })], null],
    ['high', [src('Sky News'), src('The Guardian')], null],
    ['high', [src('Sky News')], /primary source or two independent/],
    // Two copies of one outlet are one source.
    ['high', [src('The Guardian'), src('the guardian', { via: 'a mirror' })], /primary source or two independent/],
    // One page named twice (as the quoted document and as a source, under two names) is one source.
    [
      'high',
      [
        src('Cyber Swiss Guards', { url: 'https://example.org/p/1' }),
        src('Cyber Swiss Guards (copy of a The Register article)', { url: 'https://example.org/p/1' }),
      ],
      /primary source or two independent/,
    ],
    // A copy is the outlet it copies; a note in brackets does not make another outlet.
    ['high', [src('Daily8 (copy of a Guardian report)'), src('The Guardian')], /primary source or two independent/],
    ['high', [src('The Register (its news feed, mirrored)'), src('The Register')], /primary source or two independent/],
    ['medium', [src('Daily8 (copy of a Guardian report)'), src('Sky News')], /by the rule that is "high"/],
    ['medium', [src('Sky News')], null],
    ['medium', [src('Sky News'), src('The Guardian')], /by the rule that is "high"/],
    ['medium', [src('ICO', { primary: true })], /by the rule that is "high"/],
    ['low', [src('Sky News')], null],
    ['unverified', [src('Biometric Update')], null],
    ['contradicted', [src('Sky News'), src('The Guardian')], null],
    ['low', [], /publication and a date/],
    ['unverified', [src('Sky News', { date: undefined })], /publication and a date/],
    ['high', [src('ICO', { primary: true, date: undefined })], /publication and a date/],
  ])('%s with %j', (certainty, sources, problem) => {
    const message = certaintyProblem(certainty, sources);
    if (problem === null) expect(message).toBeNull();
    else expect(message).toMatch(problem);
  });
});

/** Replaces the `sources:` list that follows the first line matching `after` with `replacement`. */
function replaceSourcesAfter(text: string, after: RegExp, replacement: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => after.test(l));
  const at = lines.findIndex((l, i) => i > start && /^\s+sources:/.test(l));
  if (start < 0 || at < 0) throw new Error(`no sources after ${after}`);
  const indent = /^(\s*)/.exec(lines[at]!)![1]!;
  let end = at + 1;
  while (end < lines.length && /^\s+- /.test(lines[end]!) && lines[end]!.startsWith(`${indent}  - `)) {
    end++;
    while (end < lines.length && lines[end]!.startsWith(`${indent}    `)) end++;
  }
  lines.splice(at, end - at, `${indent}sources: ${replacement}`);
  return lines.join('\n');
}

describe('the bundled database follows the rule', () => {
  const db = readClaimDatabase();
  const notes = db.claims.flatMap((c) => [
    ...c.context.map((n) => ({ where: `${c.id} note "${n.text.slice(0, 40)}…"`, ...n })),
    ...(c.measures ? [{ where: `${c.id} measures`, ...c.measures }] : []),
  ]);
  const dated = (sources: Source[]) => sources.some((s) => s.publication && s.date);

  it('every context note and measures block names a dated source', () => {
    for (const n of notes) expect(dated(n.sources), n.where).toBe(true);
  });

  it('every timeline event names a dated source, and every study its commissioner with a source', () => {
    for (const e of db.timeline) {
      expect(dated(e.sources), e.id).toBe(true);
      if (e.study) expect(dated(e.study.commissionedBy.sources), `${e.id} commissioned by`).toBe(true);
    }
  });

  it('no certainty label says more or less than its sources', () => {
    for (const n of notes) expect(certaintyProblem(n.certainty, n.sources), n.where).toBeNull();
    for (const e of db.timeline) expect(certaintyProblem(e.date.certainty, e.sources), e.id).toBeNull();
  });
});

describe('a note, measures block or event that breaks the rule stops the build', () => {
  it('reports a deliberately unsourced note with its file, claim, field and line', () => {
    const problems = problemsOf(
      edited('claim', 'essex-review-81-percent-inaccurate.yaml', (s) => replaceSourcesAfter(s, /^context:/, '[]')),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'seeds/claims/essex-review-81-percent-inaccurate.yaml',
      id: 'essex-review-81-percent-inaccurate',
      field: 'context.0.certainty',
    });
    expect(problems[0]!.message).toMatch(/at least one source with a publication and a date/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('reports a measures block whose only source has no date', () => {
    const undated = readClaimDatabase()
      .claims.flatMap((c) => c.context.flatMap((n) => n.sources))
      .find((s) => s.date === undefined);
    expect(undated, 'the registry has an undated source to cite').toBeDefined();
    const problems = problemsOf(
      edited('claim', 'essex-review-81-percent-inaccurate.yaml', (s) =>
        replaceSourcesAfter(s, /^measures:/, `[${undated!.id}]`),
      ),
    );
    expect(problems.map((p) => p.field)).toContain('measures.certainty');
  });

  it('reports a timeline event left with only an undated or unknown source', () => {
    const problems = problemsOf(
      edited('timeline', '', (s) => replaceSourcesAfter(s, /id: essex-report-published/, '[no-such-source]')),
    );
    expect(problems.some((p) => /unknown source "no-such-source"/.test(p.message) && p.line !== undefined)).toBe(true);
    expect(problems.some((p) => p.id === 'essex-report-published' && /publication and a date/.test(p.message))).toBe(
      true,
    );
  });

  it('reports a source nothing cites', () => {
    const problems = problemsOf(
      edited('sources', '', (s) => `${s}  - id: never-cited\n    publication: Nobody\n    date: '2020'\n`),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'seeds/sources.yaml', id: 'never-cited' });
  });

  it('reports a note that names a study without citing it', () => {
    const db = readClaimDatabase();
    const study = db.timeline.find((e) => e.study)!;
    const claim = db.claims.find((c) => c.context.length > 0 && !c.context[0]!.studies.includes(study.id))!;
    const problems = problemsOf(
      edited('claim', `${claim.id}.yaml`, (s) =>
        s.replace(/^(context:\n\s+- text: )(.*)$/m, (_, head: string, text: string) =>
          text.startsWith('"') || text.startsWith("'")
            ? `${head}${text[0]}The ${study.study!.names[0]} says so. ${text.slice(1)}`
            : `${head}The ${study.study!.names[0]} says so. ${text}`,
        ),
      ),
    );
    expect(problems.some((p) => p.field === 'context.0.text' && p.message.includes(study.id))).toBe(true);
  });
});

describe('seeds/CHANGES.md', () => {
  const changes = readFileSync(join(SEEDS_DIR, 'CHANGES.md'), 'utf8');
  const rows = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`).filter(
      (row) => !new RegExp(`^\\| ${row} +\\| \\S`, 'm').test(changes),
    );

  it('records a decision for every row of the December 2026 fact-check', () => {
    expect(rows('', 122), 'ledger and error-table rows without an entry').toEqual([]);
    expect(rows('U', 9), 'unverified items without an entry').toEqual([]);
    expect(rows('I', 5), 'improvements without an entry').toEqual([]);
  });

  it('cites only sources that the database lists', () => {
    const registry = new Set(
      [...readFileSync(join(SEEDS_DIR, 'sources.yaml'), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]),
    );
    // The last column of the error, unverified and improvement tables lists source ids.
    const cited = changes
      .split('\n')
      .filter((line) => /^\| (\d+|[UI]\d) +\|.*\|.*\|/.test(line))
      .flatMap((line) => line.split('|').at(-2)!.split(','))
      .map((id) => id.trim())
      .filter((id) => id !== '—');
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.filter((id) => !registry.has(id))).toEqual([]);
  });
});
