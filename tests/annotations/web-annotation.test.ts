/** Findings as W3C Web Annotations (src/annotations/web-annotation.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, quoteIn, toWebAnnotations } from '../../src/annotations/web-annotation';
import { loadScanner, readInput, scanDocument } from '../../src/cli/scan-document';
import { expandOffline, toNQuads } from './jsonld-offline';

const PAGE = 'tests/fixtures/pages/met-lfr-news-article.html';
const { matcher, db } = loadScanner();
const [input] = readInput(PAGE, readFileSync(join(import.meta.dirname, '../..', PAGE), 'utf8'), false);
const result = scanDocument(matcher, input!);
const page = {
  source: 'https://news.example/met-lfr',
  findings: result.matches.map((f) => ({ ...f, ...quoteIn(input!.text, f.start, f.end) })),
};
const text = input!.text;
const generator = { name: 'ClaimLens', version: '9.9.9' };
const created = '2026-12-06T12:00:00.000Z';
interface Body {
  type: string;
  purpose?: string;
  value?: string;
  id?: string;
  'schema:appearance'?: unknown[];
}
interface Annotation {
  '@context': unknown[];
  id: string;
  generator: unknown;
  body: Body[];
  target: {
    source: string;
    selector: [{ type: string; exact: string; prefix: string; suffix: string }, Record<string, unknown>];
  };
}
const annotations = toWebAnnotations(page, db, generator, created) as unknown as Annotation[];

describe('Web Annotations of a page’s findings', () => {
  it('one per highlighted sentence, assessing, in the Web Annotation context, with a stable id', () => {
    expect(result.matches.length).toBeGreaterThan(3);
    expect(annotations).toHaveLength(result.matches.length);
    for (const a of annotations) {
      expect(a['@context'][0]).toBe(ANNOTATION_CONTEXT);
      expect(a).toMatchObject({ type: 'Annotation', motivation: 'assessing', created });
      expect(a.generator).toEqual({ type: 'Software', name: 'ClaimLens 9.9.9' });
      expect(a.id).toMatch(/^urn:claimlens:annotation:[0-9a-f]{16}$/);
    }
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
    expect(toWebAnnotations(page, db, generator, created).map((a) => a.id)).toEqual(annotations.map((a) => a.id));
  });

  it('targets the page by the sentence with its context, and by its offsets, which agree', () => {
    annotations.forEach((a, i) => {
      const f = result.matches[i]!;
      expect(a.target.source).toBe(page.source);
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position).toEqual({ type: 'TextPositionSelector', start: f.start, end: f.end });
      expect(quote.exact).toBe(text.slice(f.start, f.end));
      expect(text.slice(f.start - quote.prefix.length, f.start)).toBe(quote.prefix);
      expect(text.slice(f.end, f.end + quote.suffix.length)).toBe(quote.suffix);
      expect(quote.prefix.length).toBeLessThanOrEqual(32);
      expect(quote.suffix.length).toBeLessThanOrEqual(32);
    });
  });

  it('carries the claim: its statement, who made it and when, its sources, and each claim disputing it', () => {
    annotations.forEach((a, i) => {
      const claim = db.claims.find((c) => c.id === result.matches[i]!.claimId)!;
      const describing = a.body.find((b) => b.purpose === 'describing');
      expect(describing?.value).toBe(claim.statement);
      const comment = a.body.find((b) => b.purpose === 'commenting');
      expect(comment?.value).toContain(claim.claimant.name);
      expect(comment?.value).toContain(claim.date.value);
      const disputing = a.body.filter((b) => b.purpose === 'questioning');
      expect(disputing).toHaveLength(claim.counters.length);
      const structured = a.body.find((b) => b.type === 'schema:Claim');
      expect(structured).toMatchObject({ id: `urn:claimlens:claim:${claim.id}`, 'schema:text': claim.statement });
      expect(structured?.['schema:appearance']?.length).toBeGreaterThan(0);
    });
    expect(annotations.some((a) => a.body.some((b) => b.purpose === 'questioning'))).toBe(true);
  });

  it('leaves out the TextPositionSelector when the sentence’s place in the page’s text is not known', () => {
    const { start: _s, end: _e, ...unplaced } = page.findings[0]!;
    const [a] = toWebAnnotations({ ...page, findings: [unplaced] }, db, generator, created) as unknown as Annotation[];
    expect(a?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('leaves out a finding whose claim is unknown, and survives a JSON round trip', () => {
    const odd = { ...page, findings: [{ ...page.findings[0]!, claimId: 'no-such-claim' }] };
    expect(toWebAnnotations(odd, db, generator, created)).toEqual([]);
    expect(JSON.parse(JSON.stringify(annotations))).toEqual(annotations);
  });

  it('are JSON-LD: every term defined by their contexts (nothing dropped), typed and linked as the Web Annotation model says', async () => {
    const OA = 'http://www.w3.org/ns/oa#';
    const expanded = (await expandOffline(annotations)) as Array<Record<string, unknown>>;
    expect(expanded).toHaveLength(annotations.length);
    for (const [i, a] of expanded.entries()) {
      expect(a['@id']).toBe(annotations[i]!.id);
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      expect(a[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}assessing` }]);
      const [target] = a[`${OA}hasTarget`] as Array<Record<string, unknown>>;
      expect(target![`${OA}hasSource`]).toEqual([{ '@id': page.source }]);
      const selectors = target![`${OA}hasSelector`] as Array<Record<string, unknown>>;
      const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`)!;
      expect(quote[`${OA}exact`]).toEqual([{ '@value': annotations[i]!.target.selector[0].exact }]);
      const position = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`)!;
      const [start] = position[`${OA}start`] as Array<{ '@value': string; '@type': string }>;
      expect(start!['@type']).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
      const bodies = a[`${OA}hasBody`] as Array<Record<string, unknown>>;
      expect(bodies.some((b) => (b['@type'] as string[])[0] === 'https://schema.org/Claim')).toBe(true);
    }
    expect((await toNQuads(annotations)).split('\n').length).toBeGreaterThan(annotations.length * 10);
  });

  it('JSON-LD in safe mode refuses a term no context defines (the check can fail)', async () => {
    const broken = { ...annotations[0]!, claimlensScore: 0.9 };
    await expect(expandOffline(broken)).rejects.toThrow();
  });
});
