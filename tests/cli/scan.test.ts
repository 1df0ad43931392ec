import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function scan(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(TSX, ['src/cli/scan.ts', ...args], { cwd: ROOT, env: { ...process.env, COLUMNS: '200' } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('npm run scan', () => {
  it('prints one JSON line per document, in the documented shape', async () => {
    const { stdout, code } = await scan([
      '--json',
      'tests/fixtures/pages/met-lfr-news-article.html',
      'tests/fixtures/pages/no-claims-community-garden.html',
    ]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; pageDate: string | null; matches: unknown[] });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.matches.length).toBeGreaterThan(0);
    expect(lines[0]!.matches[0]).toMatchObject({
      text: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      score: expect.any(Number),
      kind: expect.stringMatching(/^(quote|paraphrase)$/),
      claim: {
        id: expect.any(String),
        ref: expect.stringMatching(/^C\d{2}$/),
        statement: expect.any(String),
        claimant: expect.any(String),
        org: expect.any(String),
        date: expect.any(String),
        stance: expect.stringMatching(/^(supports|opposes|neutral)$/),
        excerpts: expect.arrayContaining([{ seed: expect.any(String), text: expect.any(String) }]),
        counters: expect.any(Array),
      },
    });
    expect(lines[1]).toMatchObject({ matches: [], possible: [] });
  }, 60_000);

  it('lists what it would not highlight under "possible": a sentence disputing a claim, a weaker match', async () => {
    const { stdout, code } = await scan(['--json', 'extension/demo/article.html']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      matches: Array<{ kind: string; score: number }>;
      possible: Array<{ kind: string; score: number }>;
    };
    expect(result.matches.every((m) => m.kind !== 'disputes' && m.score >= 0.25)).toBe(true);
    expect(result.possible.map((m) => m.kind)).toContain('disputes');
    expect(result.possible.some((m) => m.kind !== 'disputes' && m.score < 0.25)).toBe(true);
    const human = await scan(['extension/demo/article.html']);
    expect(human.stdout).toMatch(/possibly related, not highlighted .*: 2/);
  }, 60_000);

  it('treats every line as a document with --lines, reading standard input', async () => {
    const { stdout } = await scan(
      ['--json', '--lines', '-'],
      'The Court of Appeal ruled that South Wales Police’s use of facial recognition was unlawful.\n\nThe weather was fine.\n',
    );
    const docs = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; matches: Array<{ claim: { id: string } }> });
    expect(docs.map((d) => d.input)).toEqual(['-:1', '-:3']);
    expect(docs[0]!.matches[0]!.claim.id).toBe('court-of-appeal-swp-unlawful');
    expect(docs[1]!.matches).toEqual([]);
  }, 60_000);

  it('reports a missing input and still scans the others', async () => {
    const { stdout, stderr, code } = await scan([
      'missing.html',
      'tests/fixtures/pages/no-claims-community-garden.html',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.html: no such file/);
    expect(stdout).toMatch(/no-claims-community-garden\.html.*0 claim sentences/);
  }, 60_000);

  it('prints a readable table with claim, claimant, source and score', async () => {
    const { stdout } = await scan(['tests/fixtures/pages/met-lfr-news-article.html']);
    expect(stdout).toMatch(/score\s+kind\s+sentence\s+claim\s+claimant\s+source/);
    expect(stdout).toMatch(/\d\.\d\d\s+(quote|paraphrase)/);
  }, 60_000);

  it('rejects a bad option with usage', async () => {
    const { stderr, code } = await scan(['--floor', '7', 'x.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--floor/);
  }, 60_000);

  const VANS =
    'Police facial recognition in the town centre.\n\nThe council was told on Monday that facial recognition vans had scanned 52,000 faces in the town centre since January, the borough policing lead said.\n';

  it('scans with a claim pack added: its claim is found, with its own id', async () => {
    const without = await scan(['--json', '-'], VANS);
    expect(JSON.parse(without.stdout).matches).toEqual([]);
    const { stdout, code } = await scan(['--json', '--claims', 'tests/fixtures/packs/example-pack.json', '-'], VANS);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { matches: Array<{ claim: { id: string } }> };
    expect(doc.matches.map((m) => m.claim.id)).toEqual(['example-vans-scanned-52000-faces']);
  }, 60_000);

  it('refuses a broken pack with each problem and its line, scanning nothing', async () => {
    const { stdout, stderr, code } = await scan(['--claims', 'tests/fixtures/packs/broken-pack.json', '-'], VANS);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/broken-pack\.json: not a usable claim pack/);
    expect(stderr).toMatch(/claims\[0\]\.excerpts\[0\]\.text \(line \d+, example-misquoted\): not an exact substring/);
  }, 60_000);

  it('prints Web Annotations for a file or a folder', async () => {
    const { stdout, code } = await scan(['--format', 'annotations', 'tests/fixtures/pages']);
    expect(code).toBe(0);
    const annotations = JSON.parse(stdout) as Array<{ motivation: string; target: { source: string } }>;
    expect(annotations.length).toBeGreaterThan(10);
    expect(new Set(annotations.map((a) => a.motivation))).toEqual(new Set(['assessing']));
    expect(annotations[0]!.target.source).toMatch(/^file:\/\/\/.*\.html$/);
  }, 60_000);
});
