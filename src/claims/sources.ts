/**
 * Citations: claims and timeline events cite the sources of `seeds/sources.yaml` by id, so that each source
 * is described (and corrected) once. Resolving turns the ids into the sources themselves: the registry's
 * description of a source becomes its `about`, and a citation's own note (what this source says for this
 * fact) its `note`.
 */
import type * as z from 'zod/mini';
import type { claimSchema, documentSchema, timelineFileSchema } from './schema';
import type { Claim, SeedDocument, Source, TimelineEvent } from './types';

export type ClaimInput = z.infer<typeof claimSchema>;
export type DocumentInput = z.infer<typeof documentSchema>;
export type EventInput = z.infer<typeof timelineFileSchema>['events'][number];
type Citation = ClaimInput['context'][number]['sources'][number];

/** Resolves a list of citations found at `path`; an unknown id is reported and left out. */
export type Cite = (citations: Citation[], path: (string | number)[]) => Source[];

/** A resolver over the registry; `cited` collects every id used, so unused sources can be reported. */
export function citer(
  registry: ReadonlyMap<string, Source>,
  unknown: (id: string, path: (string | number)[]) => void,
  cited: Set<string>,
): Cite {
  return (citations, path) =>
    citations.flatMap((citation, i) => {
      const id = typeof citation === 'string' ? citation : citation.ref;
      const source = registry.get(id);
      cited.add(id);
      if (!source) {
        unknown(id, [...path, i]);
        return [];
      }
      return [typeof citation === 'string' ? source : { ...source, note: citation.note }];
    });
}

export function resolveClaim(input: ClaimInput, cite: Cite): Claim {
  const { claimant, date, measures, context, ...rest } = input;
  return {
    ...rest,
    claimant: { ...claimant, sources: cite(claimant.sources, ['claimant', 'sources']) },
    date: { ...date, sources: cite(date.sources, ['date', 'sources']) },
    ...(measures ? { measures: { ...measures, sources: cite(measures.sources, ['measures', 'sources']) } } : {}),
    context: context.map((note, i) => ({ ...note, sources: cite(note.sources, ['context', i, 'sources']) })),
  };
}

export function resolveEvent(input: EventInput, cite: Cite, at: (string | number)[]): TimelineEvent {
  const { study, ...event } = input;
  const resolved: TimelineEvent = { ...event, sources: cite(event.sources, [...at, 'sources']) };
  if (!study) return resolved;
  const sp = [...at, 'study'];
  return {
    ...resolved,
    study: {
      ...study,
      commissionedBy: {
        ...study.commissionedBy,
        sources: cite(study.commissionedBy.sources, [...sp, 'commissionedBy', 'sources']),
      },
      caveats: study.caveats.map((n, i) => ({ ...n, sources: cite(n.sources, [...sp, 'caveats', i, 'sources']) })),
      disputes: study.disputes.map((n, i) => ({ ...n, sources: cite(n.sources, [...sp, 'disputes', i, 'sources']) })),
    },
  };
}

/** A seed document's provenance with the sources its evidence cites resolved (`i`: its place in the file). */
export function resolveDocument(input: DocumentInput, cite: Cite, i: number): Omit<SeedDocument, 'text'> {
  function resolved<F extends { sources?: Citation[] | undefined }>(fact: F, field: string) {
    const { sources, ...rest } = fact;
    return sources ? { ...rest, sources: cite(sources, ['documents', i, field, 'sources']) } : rest;
  }
  const { publication, headline, author, date, url, derivedFrom } = input;
  return {
    ...input,
    publication: resolved(publication, 'publication'),
    headline: resolved(headline, 'headline'),
    author: resolved(author, 'author'),
    date: resolved(date, 'date'),
    url: resolved(url, 'url'),
    ...(derivedFrom ? { derivedFrom: resolved(derivedFrom, 'derivedFrom') } : {}),
  };
}
