/**
 * Reads Web Annotations as JSON-LD without a network: jsonld.js with a document loader that serves the
 * W3C annotation context from a local copy (tests/fixtures/jsonld) and refuses every other address. In
 * safe mode, a term the contexts do not define, or a value that would be dropped, is an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec';

const ANNO_CONTEXT = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/jsonld/anno.jsonld'), 'utf8'),
) as JsonLd;

const CONTEXT_URLS = new Set(['http://www.w3.org/ns/anno.jsonld', 'https://www.w3.org/ns/anno.jsonld']);

function documentLoader(url: string): Promise<RemoteDocument> {
  if (!CONTEXT_URLS.has(url)) return Promise.reject(new Error(`no network in the tests: ${url}`));
  return Promise.resolve({ documentUrl: url, document: ANNO_CONTEXT });
}

/** The documents expanded (absolute IRIs for every term); throws on anything JSON-LD would drop. */
export function expandOffline(doc: object): Promise<jsonld.JsonLdDocument[]> {
  return jsonld.expand(
    doc as jsonld.JsonLdDocument,
    { documentLoader, safe: true } as jsonld.Options.Expand,
  ) as Promise<jsonld.JsonLdDocument[]>;
}

/** The documents as RDF N-Quads (what a triple store would load). */
export function toNQuads(doc: object): Promise<string> {
  return jsonld.toRDF(
    doc as jsonld.JsonLdDocument,
    {
      documentLoader,
      safe: true,
      format: 'application/n-quads',
    } as jsonld.Options.ToRdf,
  ) as Promise<string>;
}
