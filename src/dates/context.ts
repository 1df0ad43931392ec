/**
 * Date context for a claim on a page: when the claim was made, what period its figure measures, when
 * the page was written compared with the claim, and what happened after. Returns data, not sentences:
 * the extension words it through its message catalogue, so it can be translated.
 */
import type { Claim, TimelineEvent } from '../claims/types';
import { DAY_MS, midpoint, parseFuzzyDate, type DateSpan } from './fuzzy-date';

export interface Elapsed {
  years: number;
  months: number;
  days: number;
}

export interface PageTiming {
  /** The page's own date, YYYY-MM-DD. */
  date: string;
  /** Whether the page was written before, after, or about when (the same month as) the claim. */
  relation: 'before' | 'after' | 'same-time';
  /** How long between the claim and the page, when they differ. */
  elapsed: Elapsed;
  /** True when the claim's date is only known to a month, a year or a range, so the gap is approximate. */
  approximate: boolean;
}

export interface EventInContext {
  event: TimelineEvent;
  /** The event happened after the page was written: the page could not know of it. */
  afterPage: boolean;
}

export interface DateContext {
  claimDate: DateSpan | null;
  /** The period the claim's figure measures, when it has one. */
  period: DateSpan | null;
  periodLabel?: string;
  /** What the figure measures (e.g. a share of alerts, or of all faces scanned). */
  measures?: string;
  page: PageTiming | null;
  /** Timeline events after the claim that bear on it, oldest first. */
  since: EventInContext[];
}

/** `day` plus `months` calendar months, the day of month clamped to the target month's length (31 Jan + 1 = 29 Feb). */
function addMonths(day: number, months: number): number {
  const d = new Date(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}

/** Calendar difference between two UTC days (a ≤ b): whole months first, then the days left over. */
export function elapsedBetween(a: number, b: number): Elapsed {
  const from = new Date(a);
  const to = new Date(b);
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(a, months) > b) months--;
  const days = Math.round((b - addMonths(a, months)) / DAY_MS);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

function pageTiming(claim: DateSpan, pageDate: string): PageTiming | null {
  const page = parseFuzzyDate(pageDate);
  if (!page) return null;
  const approximate = claim.precision !== 'day';
  const claimDay = midpoint(claim);
  // A page dated within the claim's own span (same month for "2020-01") was written about then.
  if (page.start >= claim.start && page.start <= claim.end) {
    return { date: pageDate, relation: 'same-time', elapsed: { years: 0, months: 0, days: 0 }, approximate };
  }
  const after = page.start > claim.end;
  const elapsed = after ? elapsedBetween(claimDay, page.start) : elapsedBetween(page.start, claimDay);
  return { date: pageDate, relation: after ? 'after' : 'before', elapsed, approximate };
}

/** Everything the card and sidebar say about time for one claim, optionally on a page with a known date. */
export function dateContext(claim: Claim, timeline: readonly TimelineEvent[], pageDate?: string | null): DateContext {
  const claimDate = parseFuzzyDate(claim.date.value);
  const period = claim.measures?.period ? parseFuzzyDate(claim.measures.period) : null;
  const byId = new Map(timeline.map((e) => [e.id, e]));
  const pageDay = pageDate ? parseFuzzyDate(pageDate)?.start : undefined;
  const since = claim.after
    .map((id) => byId.get(id))
    .filter((e): e is TimelineEvent => e !== undefined)
    .map((event) => ({ event, start: parseFuzzyDate(event.date.value)?.start ?? 0 }))
    .sort((x, y) => x.start - y.start)
    .map(({ event, start }) => ({ event, afterPage: pageDay !== undefined && start > pageDay + DAY_MS / 2 }));
  return {
    claimDate,
    period,
    periodLabel: claim.measures?.periodLabel,
    measures: claim.measures?.what,
    page: claimDate && pageDate ? pageTiming(claimDate, pageDate) : null,
    since,
  };
}
