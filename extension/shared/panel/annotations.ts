/**
 * The panel's export: the findings of every frame of the page as W3C Web Annotations, one JSON file
 * (src/annotations/web-annotation.ts builds them, as `npm run scan -- --format annotations` does).
 */
import { toWebAnnotations } from '../../../src/annotations/web-annotation';
import type { ClaimDatabase } from '../../../src/claims/types';
import type { FramePage } from './types';

/** The file's name and text: the highlighted findings of each frame, targeting that frame's page. */
export function annotationsFile(frames: FramePage[], database: ClaimDatabase, version: string): [string, string] {
  const created = new Date().toISOString();
  const annotations = frames.flatMap(({ state }) =>
    toWebAnnotations(
      {
        source: state.url,
        findings: state.findings.map((f) => ({
          exact: f.text,
          prefix: f.prefix,
          suffix: f.suffix,
          ...(f.start !== undefined && f.end !== undefined ? { start: f.start, end: f.end } : {}),
          claimId: f.claimId,
          kind: f.kind,
          score: f.score,
        })),
      },
      database,
      { name: 'ClaimLens', version },
      created,
    ),
  );
  const host = frames[0]?.state.host.replace(/[^a-z0-9.-]/gi, '') || 'page';
  return [`claimlens-${host}-${created.slice(0, 10)}.jsonld`, `${JSON.stringify(annotations, null, 2)}\n`];
}
