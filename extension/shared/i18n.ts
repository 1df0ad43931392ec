/**
 * User-visible strings come from the WebExtension message catalogue (_locales/<lang>/messages.json),
 * so a translation is a file, not a code change. Dates and durations are formatted with Intl in the
 * browser's UI language.
 */
import { parseFuzzyDate } from '../../src/dates/fuzzy-date';
import type { Elapsed } from '../../src/dates/context';
import type catalogue from '../../_locales/en/messages.json';
import browser from './browser';

export type MessageKey = keyof typeof catalogue;

/** A message with its placeholders filled; the key itself if the catalogue lacks it (never blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

const dateFormats = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const;

/** "24 January 2020", "January 2020", "2020", or "27–31 January 2020" for an interval; the raw text if unparseable. */
export function formatFuzzyDate(value: string, locale = uiLocale()): string {
  const span = parseFuzzyDate(value);
  if (!span) return value;
  if (span.precision !== 'interval') {
    return new Intl.DateTimeFormat(locale, dateFormats[span.precision]).format(new Date(span.start));
  }
  const [a = '', b = ''] = value.split('/');
  const precision = a.length === 10 && b.length === 10 ? 'day' : a.length === 7 && b.length === 7 ? 'month' : 'year';
  const format = new Intl.DateTimeFormat(locale, dateFormats[precision]);
  return format.formatRange(new Date(span.start), new Date(parseFuzzyDate(b)?.start ?? span.end));
}

/** "2 years and 7 months", "3 days": the two largest units, in the UI language. */
export function formatElapsed(e: Elapsed, locale = uiLocale()): string {
  const parts: string[] = [];
  for (const [unit, n] of [
    ['year', e.years],
    ['month', e.months],
    ['day', e.days],
  ] as const) {
    if (n > 0 && parts.length < 2)
      parts.push(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
    // After years, days are noise: "2 years and 3 days" reads oddly.
    if (unit === 'year' && n > 0 && e.months === 0) break;
  }
  if (parts.length === 0)
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(0);
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

export function formatPercent(score: number, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}
