import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../src/match/lexicon';
import { readClaimDatabase, readSeedFiles } from '../../src/cli/seeds';
import { problemsOf, withClaim } from './seed-files';

describe('the bundled claim database', () => {
  const db = readClaimDatabase();

  it('covers all five seed documents with at least 50 claims', () => {
    expect(db.documents).toHaveLength(5);
    expect(db.claims.length).toBeGreaterThanOrEqual(50);
    for (const doc of db.documents)
      expect(
        db.claims.some((c) => c.excerpts.some((e) => e.seed === doc.id)),
        doc.id,
      ).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(db.claims.map((c) => c.id)).size).toBe(db.claims.length);
    expect(new Set(db.timeline.map((e) => e.id)).size).toBe(db.timeline.length);
  });

  it('quotes every excerpt exactly from its seed document', () => {
    const docs = new Map(db.documents.map((d) => [d.id, d.text]));
    for (const c of db.claims)
      for (const e of c.excerpts) expect(docs.get(e.seed)?.includes(e.text), `${c.id}: ${e.text}`).toBe(true);
  });

  it('links every counter-claim both ways', () => {
    const byId = new Map(db.claims.map((c) => [c.id, c]));
    for (const c of db.claims)
      for (const other of c.counters) expect(byId.get(other)?.counters, `${c.id} ↔ ${other}`).toContain(c.id);
  });

  it('shows both sides: every contested claim has a counter-claim from the other side or neutral', () => {
    const byId = new Map(db.claims.map((c) => [c.id, c]));
    for (const c of db.claims)
      for (const other of c.counters) {
        const stance = byId.get(other)?.stance;
        expect(stance, `${c.id} ↔ ${other}`).toBeDefined();
        if (c.stance !== 'neutral') expect(stance, `${c.id} ↔ ${other}`).not.toBe(c.stance);
      }
  });

  it('dates "after" events after the claim', () => {
    const events = new Map(db.timeline.map((e) => [e.id, e]));
    for (const c of db.claims) {
      for (const id of c.after) {
        const event = events.get(id);
        expect(event, `${c.id} → ${id}`).toBeDefined();
        expect(
          event!.date.value.slice(0, 7) >= c.date.value.slice(0, 7),
          `${c.id} (${c.date.value}) → ${id} (${event!.date.value})`,
        ).toBe(true);
      }
    }
  });
});

describe('validation of a broken claims file', () => {
  it('names the file, the claim and the field of an excerpt that is not in its seed', () => {
    const problems = problemsOf(
      withClaim('essex-review-81-percent-inaccurate.yaml', (s) =>
        s.replace('was 81% inaccurate.', 'was 87% inaccurate.'),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'seeds/claims/essex-review-81-percent-inaccurate.yaml',
      id: 'essex-review-81-percent-inaccurate',
      field: 'excerpts.0.text',
    });
    expect(problems[0]!.message).toMatch(/not an exact substring/);
  });

  it('reports a one-way counter-claim link', () => {
    const problems = problemsOf(
      withClaim('met-false-alerts-one-in-1000.yaml', (s) => s.replace(/counters:\n(\s+- .*\n)+/, 'counters: []\n')),
    );
    expect(problems.some((p) => p.field?.startsWith('counters') && /symmetric/.test(p.message))).toBe(true);
  });

  it('reports an invalid date, an unknown stance and a missing field with line numbers', () => {
    const problems = problemsOf(
      withClaim('court-of-appeal-swp-unlawful.yaml', (s) =>
        s
          .replace(/date:\n {2}value: ['"]?2020-08-11['"]?/, 'date:\n  value: "2020-02-30"')
          .replace('stance: neutral', 'stance: maybe')
          .replace(/^statement: .*\n/m, ''),
      ),
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['date.value', 'stance', 'statement']));
    for (const p of problems) {
      expect(p.file).toBe('seeds/claims/court-of-appeal-swp-unlawful.yaml');
      expect(p.id).toBe('court-of-appeal-swp-unlawful');
    }
    expect(problems.find((p) => p.field === 'stance')?.line).toBeGreaterThan(1);
  });

  it('stops on a broken frame with the file, the claim and the field', () => {
    const load = (edit: (s: string) => string) =>
      problemsOf(withClaim('met-false-alerts-one-in-1000.yaml', edit), {
        frameGroups: new Set(Object.keys(CONCEPTS)),
      });
    const where = { file: 'seeds/claims/met-false-alerts-one-in-1000.yaml', id: 'met-false-alerts-one-in-1000' };
    // Unknown names: the claim still loads, and each bad name is reported.
    const names = load((s) =>
      s
        .replace('who: [met]', 'who: [the-met]')
        .replace("- ['1/1000', '0.1%']", "- ['@no-such-group', '0.1%']\n    - ['!!!']"),
    );
    expect(names.map((p) => p.field).sort()).toEqual(['frame.core.0.0', 'frame.core.1.0', 'frame.who.0']);
    for (const p of names) expect(p).toMatchObject(where);
    expect(names.find((p) => p.field === 'frame.who.0')?.message).toMatch(/unknown entity "the-met"/);
    expect(names.find((p) => p.field === 'frame.core.0.0')?.message).toMatch(/unknown thesaurus group/);
    expect(names.find((p) => p.field === 'frame.core.0.0')?.line).toBeGreaterThan(1);
    // A malformed frame fails the schema.
    const shape = load((s) => s.replace(/frame:\n/, 'frame:\n  time: 2020-13\n').replace(/ {2}core:\n.*\n/, ''));
    expect(
      shape
        .filter((p) => p.field?.startsWith('frame'))
        .map((p) => p.field)
        .sort(),
    ).toEqual(['frame.core', 'frame.time']);
    for (const p of shape.filter((x) => x.field?.startsWith('frame'))) expect(p).toMatchObject(where);
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf(withClaim('bbw-87-percent-failure-rate.yaml', (s) => `${s}\n  bad: [unclosed\n`));
    expect(problems[0]?.message).toMatch(/YAML/);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('reports a duplicate id and a file named after another id', () => {
    const files = readSeedFiles();
    const first = files.claims[0]!;
    const copy = { path: 'seeds/claims/copy.yaml', content: first.content };
    const problems = problemsOf({ ...files, claims: [...files.claims, copy] });
    expect(problems.some((p) => /duplicate claim id/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.file === 'seeds/claims/copy.yaml' && /must be named/.test(p.message))).toBe(true);
  });

  it('loses nothing: every problem in the database is reported, not only the first', () => {
    const problems = problemsOf(
      withClaim('bbw-87-percent-failure-rate.yaml', (s) =>
        s.replace('stance: opposes', 'stance: against').replace(/^id: .*$/m, 'id: Not Kebab'),
      ),
    );
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});
