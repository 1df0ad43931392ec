/**
 * "Timeline": the dated events (trials, reports, rulings, announcements) and the claims, in date order,
 * so a reader sees what was said before and after what. Claims open in the same claim view as the card.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Claim, SeedDocument, TimelineEvent } from '../../src/claims/types';
import type { ClaimLookup } from '../shared/claim-details';
import { formatFuzzyDate, t } from '../shared/i18n';
import { SourceList } from '../shared/ui/Facts';
import { StudySides } from '../shared/ui/StudySides';
import { ClaimDetail, useOpenClaim } from './ClaimDetail';
import { startOf } from '../shared/panel/format';
import { ClaimButton } from './LibraryTab';

export type TimelineEntry = { kind: 'event'; event: TimelineEvent } | { kind: 'claim'; claim: Claim };
export type TimelineShow = 'all' | 'event' | 'claim';

function dateOf(entry: TimelineEntry) {
  return entry.kind === 'event' ? entry.event.date : entry.claim.date;
}

/**
 * Events and claims by the start of their dates. At the same start an event comes first (a claim
 * made on the day of a ruling usually answers it); dates that cannot be read go last.
 */
export function timelineEntries(events: readonly TimelineEvent[], claims: readonly Claim[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({ kind: 'event' as const, event })),
    ...claims.map((claim) => ({ kind: 'claim' as const, claim })),
  ];
  const rank = (e: TimelineEntry) => (e.kind === 'event' ? 0 : 1);
  return entries
    .map((entry, i) => ({ entry, i, at: startOf(dateOf(entry).value) }))
    .sort((a, b) => a.at - b.at || rank(a.entry) - rank(b.entry) || a.i - b.i)
    .map((x) => x.entry);
}

export interface TimelineTabProps {
  events: readonly TimelineEvent[];
  claims: readonly Claim[];
  lookup: ClaimLookup;
  loadDocument(id: string): Promise<SeedDocument | null>;
}

const HEADING = 'sidebar-timeline-claim';
const SHOW: ReadonlyArray<[TimelineShow, Parameters<typeof t>[0]]> = [
  ['all', 'sidebarTimelineAll'],
  ['event', 'sidebarTimelineEvents'],
  ['claim', 'sidebarTimelineClaims'],
];

export function TimelineTab({ events, claims, lookup, loadDocument }: TimelineTabProps) {
  const all = useMemo(() => timelineEntries(events, claims), [events, claims]);
  const [show, setShow] = useState<TimelineShow>('all');
  const shown = show === 'all' ? all : all.filter((e) => e.kind === show);
  const { open, list, openClaim, back } = useOpenClaim();
  const details = open === null ? null : lookup(open);
  return (
    <div class="timeline">
      {details ? (
        <ClaimDetail
          details={details}
          loadDocument={loadDocument}
          backLabel={t('sidebarBackToTimeline')}
          onBack={back}
          headingId={HEADING}
        />
      ) : null}
      <div hidden={details !== null}>
        <p class="muted">{t('sidebarTimelineIntro')}</p>
        <fieldset class="segmented">
          <legend class="field-label">{t('sidebarTimelineShow')}</legend>
          {SHOW.map(([value, key]) => (
            <label key={value}>
              <input
                type="radio"
                name="timeline-show"
                value={value}
                checked={show === value}
                onChange={() => setShow(value)}
              />
              <span>{t(key)}</span>
            </label>
          ))}
        </fieldset>
        <div ref={list}>
          <ol class="timeline-list">
            {shown.map((entry) =>
              entry.kind === 'event' ? (
                <EventItem key={`e:${entry.event.id}`} event={entry.event} />
              ) : (
                <li key={`c:${entry.claim.id}`} class="entry entry-claim">
                  <EntryDate date={entry.claim.date} kind="claim" />
                  <ClaimButton claim={entry.claim} onOpen={() => openClaim(entry.claim.id)} />
                </li>
              ),
            )}
          </ol>
        </div>
      </div>
    </div>
  );
}

function EntryDate({ date, kind }: { date: TimelineEvent['date']; kind: 'event' | 'claim' }) {
  return (
    <p class="entry-date">
      <span class={`entry-kind entry-kind-${kind}`}>
        {t(kind === 'event' ? 'sidebarTimelineEvent' : 'sidebarTimelineClaim')}
      </span>{' '}
      <time dateTime={date.value.split('/')[0]}>{formatFuzzyDate(date.value)}</time>
      {date.certainty !== 'high' ? <span class="muted"> ({t('sidebarUncertainDate')})</span> : null}
    </p>
  );
}

function EventItem({ event }: { event: TimelineEvent }) {
  return (
    <li class="entry entry-event">
      <EntryDate date={event.date} kind="event" />
      <p class="event-title">{event.title}</p>
      {event.detail ? <p class="event-detail">{event.detail}</p> : null}
      {event.study ? (
        <details class="event-study" data-part="study">
          <summary>{t('sidebarTimelineStudy')}</summary>
          <div class="claim-view">
            <StudySides study={event.study} />
          </div>
        </details>
      ) : null}
      {event.sources.length > 0 ? (
        <details class="event-sources">
          <summary>{t('sidebarTimelineSources')}</summary>
          <SourceList sources={event.sources} />
        </details>
      ) : null}
    </li>
  );
}
