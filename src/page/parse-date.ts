/**
 * Turns the date strings publishers put in metadata into a calendar day (YYYY-MM-DD).
 *
 * The day is read as written, never converted through Date: "2020-01-24T23:30:00-05:00" was
 * published on the 24th in the newsroom's time, even though it is the 25th in UTC. Date.parse is
 * also avoided because its handling of non-ISO strings differs between engines, and the CLI and
 * the extension must agree.
 */

/** Earliest plausible publication year: before the web, a "date" in metadata is a typo or a default. */
export const MIN_YEAR = 1990;
/** Latest plausible year: later values are placeholders ("9999-12-31") or typos. */
export const MAX_YEAR = 2100;

// prettier-ignore
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
/** Shortest accepted month abbreviation ("Jan", "Sept"); two letters would make "ma" ambiguous. */
const MIN_MONTH_ABBREVIATION = 3;

/** A real calendar day in the plausible range, as YYYY-MM-DD; null for 2019-02-30 and the like. */
export function formatDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one (Date.UTC handles leap years).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO 8601 / RFC 3339 and common variants: 2020-01-24, 2020-01-24T10:00Z, 2020-1-24 10:00, 2020/01/24. */
const ISO_LIKE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s_,])/;
/** Compact ISO 8601: 20200124, 20200124T100000Z (a 10-digit Unix timestamp does not match). */
const ISO_COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|T)/;
/** "24 January 2020", "Fri, 24 Jan 2020 10:00:00 GMT" (RFC 2822), "24th Sept. 2020". */
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
/** "January 24, 2020", "Friday, Jan 24 2020". */
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

/** 1-12 for a full English month name or an abbreviation of it; -1 otherwise. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < MIN_MONTH_ABBREVIATION) return -1;
  const i = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return i < 0 ? -1 : i + 1;
}

/**
 * Parses a publication date string; null when it is not a complete, valid, plausible day.
 * English month names only: metadata is machine-written and overwhelmingly ISO or English.
 */
export function parseDateString(raw: string): string | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 100) return null;
  let m = ISO_LIKE.exec(s);
  if (m) return formatDay(Number(m[1]), Number(m[3]), Number(m[4]));
  m = ISO_COMPACT.exec(s);
  if (m) return formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return formatDay(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return formatDay(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return null;
}
