/**
 * Dates known only to a year, a month, a day, or an interval between two of those.
 * A fuzzy date covers every day from `start` to `end` inclusive (UTC midnight, in ms).
 */
export interface DateSpan {
  start: number;
  end: number;
  precision: 'year' | 'month' | 'day' | 'interval';
}

const DAY_MS = 86_400_000;
const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePart(text: string): { start: number; end: number; precision: 'year' | 'month' | 'day' } | null {
  const m = PART.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { start: Date.UTC(year, 0, 1), end: Date.UTC(year, 11, 31), precision: 'year' };
  }
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (m[3] === undefined) {
    return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) - DAY_MS, precision: 'month' };
  }
  const day = Number(m[3]);
  const start = Date.UTC(year, month, day);
  // Date.UTC rolls 2019-02-30 over into March; a real date round-trips.
  if (new Date(start).getUTCDate() !== day) return null;
  return { start, end: start, precision: 'day' };
}

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `A/B`; null when malformed or impossible. */
export function parseFuzzyDate(text: string): DateSpan | null {
  const parts = text.split('/');
  if (parts.length === 1) return parsePart(text);
  if (parts.length !== 2) return null;
  const a = parsePart(parts[0] ?? '');
  const b = parsePart(parts[1] ?? '');
  if (!a || !b || a.start > b.end) return null;
  return { start: a.start, end: b.end, precision: 'interval' };
}

/** The middle day of a span: the best single guess for an approximate date. */
export function midpoint(span: DateSpan): number {
  return span.start + Math.floor((span.end - span.start) / DAY_MS / 2) * DAY_MS;
}

export { DAY_MS };
