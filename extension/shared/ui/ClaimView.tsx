/**
 * Everything ClaimLens knows about one claim: the claim, who made it and when, the original source with
 * the exact excerpt (and the bundled source text on request), what its figure measures, the claims that
 * dispute it with their own sources, and its date context. The hover card and the sidebar both show
 * this one component. It receives data and callbacks as props, so it renders without a browser.
 * All text is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { Claim, SeedDocument, TimelineEvent } from '../../../src/claims/types';
import { dateContext } from '../../../src/dates/context';
import type { ClaimDetails } from '../messages';
import { formatElapsed, formatFuzzyDate, t, type MessageKey } from '../i18n';
import { ExternalLink } from './ExternalLink';
import { Certain, SourceList, SourcedList } from './Facts';
import { StudySides } from './StudySides';
import { SourceText } from './SourceText';

export interface ClaimViewProps {
  details: ClaimDetails;
  /** The date of the page the claim was found on (YYYY-MM-DD), if it has one; null when unknown. */
  pageDate: string | null;
  /** Whether a page date applies at all (false in the library, where there is no page). */
  onPage: boolean;
  loadDocument(id: string): Promise<SeedDocument | null>;
  /** Heading id, for the dialog's aria-labelledby. */
  headingId: string;
}

type Doc = ClaimDetails['documents'][number];

const STANCE: Record<Claim['stance'], MessageKey> = {
  supports: 'stanceSupports',
  opposes: 'stanceOpposes',
  neutral: 'stanceNeutral',
  unstated: 'stanceUnstated',
};

function Claimant({ claim }: { claim: Claim }) {
  const { name, role, organisation, note, certainty } = claim.claimant;
  const who = [name, role, name === organisation ? null : organisation].filter(Boolean).join(', ');
  return (
    <section data-part="claimant" aria-labelledby={`${claim.id}-who`}>
      <h3 id={`${claim.id}-who`}>{t('sectionClaimant')}</h3>
      <p>
        <strong>{who}</strong> <Certain certainty={certainty} />
      </p>
      <p>
        {t('claimMadeOn', formatFuzzyDate(claim.date.value))} <Certain certainty={claim.date.certainty} />
      </p>
      {note ? <p class="note">{note}</p> : null}
      <SourceList sources={claim.claimant.sources} />
    </section>
  );
}

function DocumentHeading({ doc }: { doc: Doc }) {
  const headline = doc.url.value ? (
    <ExternalLink href={doc.url.value}>{doc.headline.value}</ExternalLink>
  ) : (
    doc.headline.value
  );
  return (
    <>
      <p class="doc">
        <span class="publication">{doc.name}</span>: “{headline}”
      </p>
      {doc.publication.value !== doc.name ? (
        <p class="doc-publication note" data-part="publication">
          {doc.publication.value} <Certain certainty={doc.publication.certainty} />
        </p>
      ) : null}
      <p class="doc-meta note">
        {doc.date.value ? formatFuzzyDate(doc.date.value) : t('dateNotKnown')}{' '}
        <Certain certainty={doc.date.certainty} />
        {/* A no-break space keeps each separator with the words before it, never at the start of a line. */}
        {doc.author.value ? `\u00a0· ${doc.author.value}` : null}
        {doc.url.value ? null : `\u00a0· ${t('addressNotKnown')}`}
      </p>
    </>
  );
}

function Sources({
  claim,
  documents,
  loadDocument,
}: {
  claim: Claim;
  documents: Doc[];
  loadDocument: ClaimViewProps['loadDocument'];
}) {
  const [open, setOpen] = useState<string | null>(null);
  const byDoc = new Map<string, string[]>();
  for (const ex of claim.excerpts) byDoc.set(ex.seed, [...(byDoc.get(ex.seed) ?? []), ex.text]);
  const appearances = claim.appearances ?? [];
  if (byDoc.size === 0 && appearances.length === 0) return null;
  return (
    <section data-part="source" aria-labelledby={`${claim.id}-src`}>
      <h3 id={`${claim.id}-src`}>{t('sectionSource')}</h3>
      {appearances.length > 0 ? (
        <ul class="facts" data-part="appearances">
          {appearances.map((a) => (
            <li key={a.url}>
              <ExternalLink href={a.url}>{a.name ?? a.url}</ExternalLink>
              {a.date ? ` · ${formatFuzzyDate(a.date)}` : null}
            </li>
          ))}
        </ul>
      ) : null}
      {[...byDoc].map(([docId, excerpts]) => {
        const doc = documents.find((d) => d.id === docId);
        return (
          <div class="source" key={docId}>
            {doc ? <DocumentHeading doc={doc} /> : <p class="doc">{docId}</p>}
            {excerpts.map((text) => (
              <blockquote data-part="excerpt" key={text}>
                {text}
              </blockquote>
            ))}
            <button
              type="button"
              class="link"
              aria-expanded={open === docId}
              onClick={() => setOpen(open === docId ? null : docId)}
            >
              {open === docId ? t('hideSourceText') : t('readSourceText')}
            </button>
            {open === docId ? <SourceText id={docId} excerpts={excerpts} load={loadDocument} /> : null}
          </div>
        );
      })}
    </section>
  );
}

function Measures({ claim }: { claim: Claim }) {
  if (!claim.measures) return null;
  return (
    <section data-part="measures" aria-labelledby={`${claim.id}-measures`}>
      <h3 id={`${claim.id}-measures`}>{t('sectionMeasures')}</h3>
      <p>
        {claim.measures.what} <Certain certainty={claim.measures.certainty} />
      </p>
      {claim.measures.periodLabel || claim.measures.period ? (
        <p>{t('periodMeasured', claim.measures.periodLabel ?? formatFuzzyDate(claim.measures.period ?? ''))}</p>
      ) : null}
      <SourceList sources={claim.measures.sources} />
    </section>
  );
}

function Counters({ claim, counters, documents }: { claim: Claim; counters: Claim[]; documents: Doc[] }) {
  return (
    <section data-part="counters" aria-labelledby={`${claim.id}-counters`}>
      <h3 id={`${claim.id}-counters`}>{t('sectionCounters')}</h3>
      {counters.length === 0 ? (
        <p class="muted">{t('noCounters')}</p>
      ) : (
        <ul class="counters">
          {counters.map((c) => {
            const doc = documents.find((d) => d.id === c.excerpts[0]?.seed);
            return (
              <li key={c.id} data-claim={c.id}>
                <p class="counter-statement">{c.statement}</p>
                <p class="byline">
                  {[
                    c.claimant.name === c.claimant.organisation
                      ? c.claimant.name
                      : `${c.claimant.name} (${c.claimant.organisation})`,
                    formatFuzzyDate(c.date.value),
                  ].join(', ')}{' '}
                  <span class="stance">{t(STANCE[c.stance])}</span>
                </p>
                {c.measures ? <p class="measures">{t('counterMeasures', c.measures.what)}</p> : null}
                {doc ? (
                  <p class="note">
                    {t('counterSource', [
                      doc.name,
                      doc.headline.value,
                      doc.date.value ? formatFuzzyDate(doc.date.value) : t('dateNotKnown'),
                    ])}
                  </p>
                ) : null}
                {c.excerpts[0] ? <blockquote class="small">{c.excerpts[0].text}</blockquote> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function EventItem({ event, afterPage }: { event: TimelineEvent; afterPage: boolean }) {
  return (
    <li>
      <span class="event-date">{formatFuzzyDate(event.date.value)}</span> {event.title}{' '}
      {afterPage ? <span class="tag">{t('afterThisPage')}</span> : null} <Certain certainty={event.date.certainty} />
      <SourceList sources={event.sources} limit={2} />
    </li>
  );
}

function Dates({
  claim,
  timeline,
  pageDate,
  onPage,
}: {
  claim: Claim;
  timeline: TimelineEvent[];
  pageDate: string | null;
  onPage: boolean;
}) {
  const ctx = dateContext(claim, timeline, pageDate);
  let pageLine: string | null = null;
  if (onPage) {
    if (!ctx.page) pageLine = t('pageNoDate');
    else if (ctx.page.relation === 'same-time') pageLine = t('pageSameTime', formatFuzzyDate(ctx.page.date));
    else {
      const key =
        ctx.page.relation === 'after'
          ? ctx.page.approximate
            ? 'pageAfterApprox'
            : 'pageAfter'
          : ctx.page.approximate
            ? 'pageBeforeApprox'
            : 'pageBefore';
      pageLine = t(key, [formatFuzzyDate(ctx.page.date), formatElapsed(ctx.page.elapsed)]);
    }
  }
  return (
    <section data-part="date-context" aria-labelledby={`${claim.id}-dates`}>
      <h3 id={`${claim.id}-dates`}>{t('sectionDates')}</h3>
      <ul class="facts">
        <li>{t('claimMadeOn', formatFuzzyDate(claim.date.value))}</li>
        {ctx.periodLabel || ctx.period ? (
          <li>{t('periodMeasured', ctx.periodLabel ?? formatFuzzyDate(claim.measures?.period ?? ''))}</li>
        ) : null}
        {pageLine ? <li data-part="page-date">{pageLine}</li> : null}
      </ul>
      <h4>{t('sinceThen')}</h4>
      {ctx.since.length === 0 ? (
        <p class="muted">{t('nothingSince')}</p>
      ) : (
        <ol class="events">
          {ctx.since.map(({ event, afterPage }) => (
            <EventItem key={event.id} event={event} afterPage={afterPage} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Notes({ claim }: { claim: Claim }) {
  if (claim.context.length === 0) return null;
  return (
    <details class="notes" data-part="notes">
      <summary>{t('sectionNotes', String(claim.context.length))}</summary>
      <SourcedList notes={claim.context} />
    </details>
  );
}

/** The studies the claim's notes rely on, each with both sides (see StudySides). */
function Evidence({ claim, studies }: { claim: Claim; studies: TimelineEvent[] }) {
  if (studies.length === 0) return null;
  return (
    <section data-part="evidence" aria-labelledby={`${claim.id}-evidence`}>
      <h3 id={`${claim.id}-evidence`}>{t('sectionEvidence')}</h3>
      <ul class="studies">
        {studies.map(({ id, date, title, sources, study }) =>
          study ? (
            <li key={id} data-study={id}>
              <p class="study-title">
                <span class="event-date">{formatFuzzyDate(date.value)}</span> {title}
              </p>
              <SourceList sources={sources} limit={1} />
              <StudySides study={study} />
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}

/** A fact-checker's review of the claim (claims from a ClaimReview pack): who, their rating, when, where. */
function Review({ claim }: { claim: Claim }) {
  const review = claim.review;
  if (!review) return null;
  return (
    <section data-part="review" aria-labelledby={`${claim.id}-review`}>
      <h3 id={`${claim.id}-review`}>{t('sectionReview')}</h3>
      <p>
        <strong>{t('reviewedBy', review.publisher)}</strong>
        {review.rating ? <span data-part="rating">{` · ${t('reviewRating', review.rating)}`}</span> : null}
        {review.date ? ` · ${formatFuzzyDate(review.date)}` : null}
      </p>
      {review.url ? (
        <p>
          <ExternalLink href={review.url}>{t('readReview')}</ExternalLink>
        </p>
      ) : null}
    </section>
  );
}

export function ClaimView({ details, pageDate, onPage, loadDocument, headingId }: ClaimViewProps) {
  const { claim, counters, documents, timeline, studies } = details;
  return (
    <article class="claim-view" data-claim={claim.id}>
      <section data-part="claim">
        <h2 id={headingId}>{claim.statement}</h2>
        <p class={`stance stance-${claim.stance}`}>{t(STANCE[claim.stance])}</p>
        {claim.pack ? (
          <p class="pack" data-part="pack">
            {t('fromPack', claim.pack)}
          </p>
        ) : null}
      </section>
      <Review claim={claim} />
      <Claimant claim={claim} />
      <Sources claim={claim} documents={documents} loadDocument={loadDocument} />
      <Measures claim={claim} />
      <Counters claim={claim} counters={counters} documents={documents} />
      <Evidence claim={claim} studies={studies} />
      <Dates claim={claim} timeline={timeline} pageDate={pageDate} onPage={onPage} />
      <Notes claim={claim} />
    </article>
  );
}
