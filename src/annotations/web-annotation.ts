/**
 * What ClaimLens found on a page, as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the
 * model annotation tools such as Hypothesis exchange: one annotation per sentence, `motivation`
 * `assessing`, targeting the page by a TextQuoteSelector (the sentence, with the words before and after
 * it) and a TextPositionSelector (its offsets in the page's text as ClaimLens reads it). The body is the
 * claim: its statement, who made it and when, its sources, and the claims that dispute it, as text for
 * people and as a schema.org Claim for programs. Browser-free: the sidebar and `npm run scan` share it.
 */
import type { Claim, ClaimDatabase, SeedDocument } from '../claims/types';
import { hashKey } from '../text/hash';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context kept before and after a sentence in its TextQuoteSelector. */
export const AFFIX_CHARS = 32;

/**
 * A sentence found on the page, as its TextQuoteSelector gives it (the sentence, the words before and
 * after it), where it is in the page's text when that is known, and the claim it states.
 */
export interface AnnotatedFinding {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  claimId: string;
  kind: 'quote' | 'paraphrase' | 'disputes';
  score: number;
}

export interface AnnotationPage {
  /** The page's address (the target's source). */
  source: string;
  findings: readonly AnnotatedFinding[];
}

/** The quote of text[start, end) with its context, as a TextQuoteSelector holds it. */
export function quoteIn(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - AFFIX_CHARS), start),
    suffix: text.slice(end, end + AFFIX_CHARS),
  };
}

export interface Generator {
  name: string;
  version: string;
}

type Json = Record<string, unknown>;

const KIND_WORDS: Record<AnnotatedFinding['kind'], string> = {
  quote: 'quotes a source of this claim',
  paraphrase: 'states this claim in other words',
  disputes: 'reports this claim in order to dispute it',
};

function who(claim: Claim): string {
  const { name, role, organisation } = claim.claimant;
  return [name, role, organisation].filter(Boolean).join(', ');
}

/** The published sources of a claim: its documents' publication, headline, date and address, or where it appeared. */
function sourcesOf(claim: Claim, documents: ReadonlyMap<string, SeedDocument>): Json[] {
  const fromDocuments = [...new Set(claim.excerpts.map((e) => e.seed))].flatMap((id) => {
    const d = documents.get(id);
    if (!d) return [];
    const source: Json = { type: 'schema:CreativeWork', 'schema:publisher': d.publication.value };
    if (d.headline.value) source['schema:headline'] = d.headline.value;
    if (d.date.value) source['schema:datePublished'] = d.date.value;
    if (d.url.value) source['schema:url'] = d.url.value;
    return [source];
  });
  const appearances = (claim.appearances ?? []).map((a) => ({
    type: 'schema:CreativeWork',
    'schema:url': a.url,
    ...(a.name ? { 'schema:headline': a.name } : {}),
    ...(a.date ? { 'schema:datePublished': a.date } : {}),
  }));
  return [...fromDocuments, ...appearances];
}

/** A stable id for an annotation: the same page, sentence and claim give the same id. */
function annotationId(source: string, f: AnnotatedFinding): string {
  return `urn:claimlens:annotation:${hashKey(`${source}\u0000${f.prefix}\u0000${f.exact}\u0000${f.suffix}\u0000${f.claimId}`)}`;
}

/**
 * The page's findings as Web Annotations. `created`: when they were made (an ISO date-time). Findings of
 * claims the database does not hold are left out.
 */
export function toWebAnnotations(
  page: AnnotationPage,
  database: ClaimDatabase,
  generator: Generator,
  created: string,
): Json[] {
  const claims = new Map(database.claims.map((c) => [c.id, c]));
  const documents = new Map(database.documents.map((d) => [d.id, d]));
  return page.findings.flatMap((f) => {
    const claim = claims.get(f.claimId);
    if (!claim) return [];
    const counters = claim.counters.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    const sources = sourcesOf(claim, documents);
    const said = `${who(claim)}, ${claim.date.value}.`;
    const review = claim.review
      ? ` Reviewed by ${claim.review.publisher}${claim.review.rating ? `: ${claim.review.rating}` : ''}${claim.review.url ? ` (${claim.review.url})` : ''}.`
      : '';
    const body: Json[] = [
      { type: 'TextualBody', purpose: 'describing', value: claim.statement, format: 'text/plain', language: 'en' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: `This sentence ${KIND_WORDS[f.kind]} (match ${Math.round(f.score * 100)}%). Claim made by ${said}${review}`,
        format: 'text/plain',
        language: 'en',
      },
      ...counters.map((c) => ({
        type: 'TextualBody',
        purpose: 'questioning',
        value: `Disputed: ${c.statement} (${who(c)}, ${c.date.value})`,
        format: 'text/plain',
        language: 'en',
      })),
      {
        id: `urn:claimlens:claim:${claim.id}`,
        type: 'schema:Claim',
        'schema:text': claim.statement,
        'schema:author': {
          type: 'schema:Person',
          'schema:name': claim.claimant.name,
          ...(claim.claimant.organisation ? { 'schema:affiliation': claim.claimant.organisation } : {}),
        },
        'schema:dateCreated': claim.date.value,
        ...(sources.length ? { 'schema:appearance': sources } : {}),
      },
    ];
    return [
      {
        '@context': [ANNOTATION_CONTEXT, { schema: 'https://schema.org/' }],
        id: annotationId(page.source, f),
        type: 'Annotation',
        motivation: 'assessing',
        created,
        generator: { type: 'Software', name: `${generator.name} ${generator.version}` },
        body,
        target: {
          source: page.source,
          selector: [
            { type: 'TextQuoteSelector', exact: f.exact, prefix: f.prefix, suffix: f.suffix },
            ...(f.start !== undefined && f.end !== undefined
              ? [{ type: 'TextPositionSelector', start: f.start, end: f.end }]
              : []),
          ],
        },
      },
    ];
  });
}
