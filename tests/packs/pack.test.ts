/**
 * Claim packs (src/packs): ClaimLens's own format and schema.org ClaimReview read into claims, and every
 * kind of bad or hostile file refused with the item, the field and the line, nothing half-read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedPack } from '../../src/cli/claim-pack';
import { loadMatcher } from '../../src/cli/load-matcher';
import { readClaimDatabase } from '../../src/cli/seeds';
import { mergeDatabases } from '../../src/packs/merge';
import { lineOf, nestingDepth, syntaxErrorAt } from '../../src/packs/json';
import { formatPackProblem, PACK_LIMITS, readPack } from '../../src/packs/pack';

const FIXTURES = join(import.meta.dirname, '../fixtures/packs');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const bundled = readClaimDatabase();
const read = (text: string, name = 'pack.json') => readPack(text, name, { bundled });
const messages = (text: string) => read(text).problems.map(formatPackProblem);

const review = (patch: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/r/1',
  claimReviewed: 'The cameras were wrong 81% of the time.',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  datePublished: '2026-01-05',
  reviewRating: { '@type': 'Rating', alternateName: 'Misleading' },
  itemReviewed: { '@type': 'Claim', author: { name: 'A campaigner' }, datePublished: '2026-01-02' },
  ...patch,
});

describe('a ClaimLens pack', () => {
  it('is read with its header and claims, checked like the seeds', () => {
    const r = read(fixture('example-pack.json'));
    expect(r.problems.map(formatPackProblem)).toEqual([]);
    expect(r.pack).toMatchObject({
      id: 'example-newsroom',
      name: 'Example Newsroom checks',
      version: '2026.1',
      publisher: 'Example Newsroom',
      format: 'claimlens',
    });
    expect(r.pack?.database.claims.map((c) => c.id)).toEqual(['example-vans-scanned-52000-faces']);
    expect(r.pack?.database.documents[0]?.text).toContain('52,000 faces');
  });

  it('reports a claim whose excerpt is not in its document with the path and line, and offers the valid claims', () => {
    const pack = JSON.parse(fixture('example-pack.json')) as { claims: Array<Record<string, unknown>> };
    const good = pack.claims[0]!;
    const bad = { ...good, id: 'example-bad', excerpts: [{ seed: 'example-council-2026', text: 'Words never said.' }] };
    const text = JSON.stringify({ ...pack, claims: [good, bad] }, null, 2);
    const r = read(text);
    expect(r.pack).toBeNull();
    expect(r.problems).toHaveLength(1);
    const [problem] = r.problems;
    expect(problem).toMatchObject({ path: ['claims', 1, 'excerpts', 0, 'text'], item: 'example-bad' });
    expect(problem?.message).toMatch(/not an exact substring/);
    expect(text.split('\n')[problem!.line! - 1]).toContain('Words never said.');
    expect(r.validOnly?.database.claims.map((c) => c.id)).toEqual(['example-vans-scanned-52000-faces']);
  });

  it('may counter a bundled claim without its listing the pack claim back; an unknown claim is an error', () => {
    const pack = JSON.parse(fixture('example-pack.json')) as { claims: Array<Record<string, unknown>> };
    const seedId = bundled.claims[0]!.id;
    const withLink = (counters: string[]) => JSON.stringify({ ...pack, claims: [{ ...pack.claims[0], counters }] });
    expect(read(withLink([seedId])).problems).toEqual([]);
    expect(messages(withLink(['no-such-claim']))).toEqual([
      'claims[0].counters[0] (line 1, example-vans-scanned-52000-faces): unknown claim "no-such-claim"',
    ]);
  });

  it('cannot pass itself off as the bundled claims, or replace one of them', () => {
    const pack = JSON.parse(fixture('example-pack.json')) as { claims: Array<Record<string, unknown>> };
    expect(messages(JSON.stringify({ ...pack, id: 'claimlens' }))).toContain(
      'id (line 1): "claimlens" names the bundled claims: a pack needs an id of its own',
    );
    const seedId = bundled.claims[0]!.id;
    const r = read(JSON.stringify({ ...pack, claims: [{ ...pack.claims[0], id: seedId }] }));
    expect(r.pack).toBeNull();
    expect(r.problems.some((p) => /bundled claim/.test(p.message) && p.path.join('.') === 'claims.0.id')).toBe(true);
  });

  it('reports a missing header field and an unknown format version', () => {
    const pack = JSON.parse(fixture('example-pack.json')) as Record<string, unknown>;
    const { publisher: _p, ...noPublisher } = pack;
    expect(messages(JSON.stringify({ ...noPublisher, claimlensPack: 2 }))).toEqual([
      'claimlensPack (line 1): must be 1: the pack format this version reads',
      'publisher (line 1): Invalid input: expected string, received undefined',
    ]);
  });
});

describe('a ClaimReview file', () => {
  it('gives one claim per review, with the reviewer, the rating, the claimant, the date and where it appeared', () => {
    const r = read(fixture('example-claimreview.json'), 'example-claimreview.json');
    expect(r.problems).toEqual([]);
    expect(r.pack).toMatchObject({
      id: 'claimreview-example-claimreview',
      name: 'example-claimreview',
      publisher: 'Example Fact Check',
      version: '2026-04-01',
      format: 'claimreview',
    });
    const [vans, tenth] = r.pack!.database.claims;
    expect(vans).toMatchObject({
      statement: 'Facial recognition vans scanned 52,000 faces in one town centre in two months.',
      claimant: { name: 'A council policing lead', certainty: 'unverified' },
      date: { value: '2026-03-02' },
      stance: 'unstated',
      review: {
        publisher: 'Example Fact Check',
        url: 'https://factcheck.example/reviews/vans-52000',
        date: '2026-03-10',
        rating: 'Mostly accurate',
      },
      appearances: [{ url: 'https://gazette.example/council-camera-vans', name: 'Council hears about camera vans' }],
    });
    // No name for the rating: its value on its scale.
    expect(tenth?.review?.rating).toBe('2 on a scale of 1 to 5');
    expect(tenth?.claimant.name).toBe('A campaign leaflet');
    expect(tenth?.date).toMatchObject({ value: '2026-03-09', certainty: 'unverified' });
    expect(tenth?.figures).toEqual(['1/10']);
  });

  it('reads a single review and an array of them; the same review twice is reported', () => {
    expect(read(JSON.stringify(review())).pack?.database.claims).toHaveLength(1);
    const two = read(JSON.stringify([review(), review({ url: 'https://factcheck.example/r/2' })]));
    expect(two.pack?.database.claims).toHaveLength(2);
    const twice = read(JSON.stringify([review(), review()]));
    expect(twice.pack).toBeNull();
    expect(twice.problems.map(formatPackProblem)).toEqual([
      '[1] (line 1, The cameras were wrong 81% of the time.): the same review as item 0: left out',
    ]);
    expect(twice.validOnly?.database.claims).toHaveLength(1);
  });

  it('leaves out items of other types, and keeps the rest only if asked', () => {
    const r = read(JSON.stringify({ '@graph': [review(), { '@type': 'NewsArticle', headline: 'x' }] }));
    expect(r.pack).toBeNull();
    expect(r.problems.map(formatPackProblem)).toEqual([
      '@graph[1]["@type"] (line 1): "NewsArticle": not a ClaimReview, left out'.replace('["@type"]', '.@type'),
    ]);
    expect(r.validOnly?.database.claims).toHaveLength(1);
    expect(r.items).toBe(2);
  });

  it('keeps only http and https links: javascript:, data: and the like are refused with their field', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'not a url']) {
      const r = read(JSON.stringify(review({ url: bad })));
      expect(r.pack).toBeNull();
      expect(r.problems[0]?.path).toEqual(['url']);
    }
    const appearance = read(
      JSON.stringify(
        review({ itemReviewed: { author: 'x', datePublished: '2026-01-01', appearance: { url: 'javascript:x' } } }),
      ),
    );
    expect(appearance.problems[0]?.path).toEqual(['itemReviewed', 'appearance', 'url']);
  });

  it('keeps HTML in any text as text', () => {
    const html = '<img src=x onerror=alert(1)> The <b>cameras</b> were wrong.';
    const r = read(JSON.stringify(review({ claimReviewed: html, author: { name: '<script>x</script>' } })));
    expect(r.pack?.database.claims[0]?.statement).toBe(html);
    expect(r.pack?.database.claims[0]?.review?.publisher).toBe('<script>x</script>');
  });

  it('reports a review with no words, no reviewer, or a claim without a date', () => {
    expect(messages(JSON.stringify(review({ claimReviewed: ' ', author: undefined, publisher: undefined })))).toEqual([
      'claimReviewed (line 1): missing: the words of the claim reviewed',
      'author (line 1): missing: who published the review (author or publisher, with a name)',
    ]);
    // The review's own date is not the claim's: an undated claim is left out, not dated wrongly.
    expect(messages(JSON.stringify(review({ itemReviewed: { author: 'x' } })))).toEqual([
      'itemReviewed.datePublished (line 1, The cameras were wrong 81% of the time.): the claim is not dated: give itemReviewed.datePublished, or the datePublished of where it appeared',
    ]);
  });
});

describe('hostile and broken files', () => {
  it('malformed and truncated JSON: the line of the fault', () => {
    const text = fixture('example-pack.json');
    const truncated = read(text.slice(0, text.length / 2));
    expect(truncated.pack).toBeNull();
    expect(truncated.problems[0]?.message).toMatch(/^not valid JSON/);
    expect(truncated.problems[0]?.message).toBe('not valid JSON: the file ends too soon');
    const broken = read('{\n  "claimlensPack": 1,\n  "id": oops\n}');
    expect(broken.problems[0]).toMatchObject({ line: 3 });
    expect(read('{"a": [1, 2,, 3]}').problems[0]).toMatchObject({ line: 1 });
    expect(read('[\n1,\n2\n]\n]').problems[0]).toMatchObject({ line: 5 });
  });

  it('finds where JSON breaks exactly when the engine refuses it', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x'), (json, at, insert) => {
        expect(syntaxErrorAt(json)).toBe(-1);
        const k = at % (json.length + 1);
        const changed = json.slice(0, k) + insert + json.slice(k + (insert === '' ? 1 : 0));
        let valid = true;
        try {
          JSON.parse(changed);
        } catch {
          valid = false;
        }
        // Escapes inside strings are left to the engine: a scan that says "valid" there may be wrong.
        if (!changed.includes('\\')) expect(syntaxErrorAt(changed) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it(`a file over ${PACK_LIMITS.bytes / 1e6} MB is refused before it is parsed`, () => {
    const big = `[${'"x",'.repeat(12_600_000)}"x"]`;
    const r = read(big);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/a pack can be at most 20 MB/)]);
  });

  it('100,000-deep nesting is refused without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(nestingDepth(deep)).toBe(100_000);
    expect(read(deep).problems[0]?.message).toMatch(/nested more than 64 levels/);
    // Brackets inside strings are not nesting.
    expect(nestingDepth(JSON.stringify({ a: '[[[[{{{{' }))).toBe(1);
  });

  it('__proto__, constructor and prototype keys are refused with their path and line', () => {
    const text =
      '{\n  "claimlensPack": 1,\n  "claims": [{ "id": "a", "__proto__": { "polluted": true } }],\n  "constructor": 1\n}';
    const r = read(text);
    expect(r.pack).toBeNull();
    expect(r.problems.map((p) => [p.path.join('.'), p.line])).toEqual(
      expect.arrayContaining([
        ['claims.0.__proto__', 3],
        ['constructor', 4],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('neither format: says what a pack looks like', () => {
    expect(messages('{"hello": "world"}')).toEqual([
      'the file: neither a ClaimLens pack (a "claimlensPack" key) nor schema.org ClaimReview (an item with "@type": "ClaimReview")',
    ]);
    expect(messages('42')[0]).toMatch(/^the file: neither/);
  });

  it('finds the line of a path in pretty-printed JSON', () => {
    const text = JSON.stringify({ a: [1, { b: 'x', c: [true, { d: null }] }], e: 'y' }, null, 2);
    const lines = text.split('\n');
    expect(lines[lineOf(text, ['a', 1, 'c', 1, 'd'])! - 1]).toContain('"d"');
    expect(lines[lineOf(text, ['e'])! - 1]).toContain('"e"');
    expect(lines[lineOf(text, ['a', 1, 'missing'])! - 1]).toContain('{');
  });
});

describe('matching a pack’s claims', () => {
  const pack = read(fixture('example-pack.json')).pack!;
  const { matcher } = loadMatcher({}, bundled, [pack.database]);
  const claimOf = (sentence: string) => matcher.match(sentence, { topical: true })?.claimId ?? null;

  it('finds a sentence stating the claim, and not one that only shares its words (its figures are its core)', () => {
    expect(
      claimOf('Councillors heard that the facial recognition vans had scanned 52,000 faces in the town centre.'),
    ).toBe('example-vans-scanned-52000-faces');
    expect(claimOf('Town centre facial recognition vans: what the council heard')).toBeNull();
    expect(claimOf('The facial recognition vans scanned faces in the town centre, councillors heard.')).toBeNull();
  });

  it('leaves the bundled claims as they were', () => {
    const bundledOnly = loadMatcher().matcher;
    const sentence = 'An independent review found the Met’s facial recognition was 81% inaccurate.';
    expect(matcher.match(sentence, { topical: true })).toEqual(bundledOnly.match(sentence, { topical: true }));
  });
});

describe('the bundled claims with packs', () => {
  it('keep the bundled claims first and show a link from a pack claim from both sides', () => {
    const pack = JSON.parse(fixture('example-pack.json')) as { claims: Array<Record<string, unknown>> };
    const seed = bundled.claims[0]!;
    const linked = read(JSON.stringify({ ...pack, claims: [{ ...pack.claims[0], counters: [seed.id] }] })).pack!;
    const merged = mergeDatabases(bundled, [linked.database]);
    expect(merged.claims.slice(0, bundled.claims.length).map((c) => c.id)).toEqual(bundled.claims.map((c) => c.id));
    expect(merged.claims.find((c) => c.id === seed.id)?.counters).toContain('example-vans-scanned-52000-faces');
    // The bundled database itself is not changed.
    expect(seed.counters).not.toContain('example-vans-scanned-52000-faces');
    expect(merged.documents.map((d) => d.id)).toContain('example-council-2026');
    // With their names, the packs' claims are marked with their pack; the bundled ones are not.
    const named = mergeDatabases(bundled, [linked.database], ['Example Newsroom checks']);
    expect(named.claims.filter((c) => c.pack).map((c) => [c.id, c.pack])).toEqual([
      ['example-vans-scanned-52000-faces', 'Example Newsroom checks'],
    ]);
  });
});

describe('the bench’s generated ClaimLens pack', () => {
  it('is a valid pack: every claim quotes one of its documents exactly, by the certainty rule', () => {
    const reading = readPack(JSON.stringify(generatedPack(2500)), 'generated.json', { bundled });
    expect(reading.problems).toEqual([]);
    expect(reading.pack?.database.claims).toHaveLength(2500);
    expect(reading.pack?.database.documents).toHaveLength(3);
  });
});
