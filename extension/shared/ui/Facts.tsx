/**
 * Facts with their certainty and sources, as the claim view, the study notes and the timeline show them.
 * All text is rendered as text.
 */
import type { ComponentChildren } from 'preact';
import type { EvidenceNote, ProvenanceCertainty, Source } from '../../../src/claims/types';
import { formatFuzzyDate, t, type MessageKey } from '../i18n';
import { ExternalLink } from './ExternalLink';

const CERTAINTY: Record<ProvenanceCertainty, MessageKey> = {
  high: 'certaintyHigh',
  medium: 'certaintyMedium',
  low: 'certaintyLow',
  unverified: 'certaintyUnverified',
  contradicted: 'certaintyContradicted',
  unknown: 'certaintyUnknown',
};

/** The certainty label of a fact; nothing for a confirmed one. */
export function Certain({ certainty }: { certainty: ProvenanceCertainty }) {
  if (certainty === 'high') return null;
  return <span class={`certainty certainty-${certainty}`}>{t(CERTAINTY[certainty])}</span>;
}

function SourceLine({ source }: { source: Source }) {
  const label = [source.publication, source.title, source.date ? formatFuzzyDate(source.date) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <li>
      {source.url ? <ExternalLink href={source.url}>{label}</ExternalLink> : label}
      {source.via ? <span class="note"> ({t('sourceVia', source.via)})</span> : null}
      {source.note ? <span class="note"> — {source.note}</span> : null}
    </li>
  );
}

export function SourceList({ sources, limit }: { sources: Source[]; limit?: number }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.slice(0, limit).map((s, i) => (
        <SourceLine key={i} source={s} />
      ))}
    </ul>
  );
}

/** A fact with its certainty label and the sources it rests on. */
function Sourced({ note }: { note: EvidenceNote }) {
  return (
    <>
      {note.text} <Certain certainty={note.certainty} />
      <SourceList sources={note.sources} />
    </>
  );
}

/** A list of such facts; `lead` goes before each one's text (who says it, say). */
export function SourcedList<N extends EvidenceNote>({
  notes,
  part,
  lead,
}: {
  notes: N[];
  /** The list's data-part, if it has one. */
  part?: string;
  lead?(note: N): ComponentChildren;
}) {
  return (
    <ul data-part={part}>
      {notes.map((n, i) => (
        <li key={i}>
          {lead?.(n)}
          <Sourced note={n} />
        </li>
      ))}
    </ul>
  );
}
