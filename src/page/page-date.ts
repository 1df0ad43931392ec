/**
 * The page's own publication date, so a claim can be placed in time ("said in 2020, before the
 * 2023 review"). Sources are tried from the most to the least reliable, and a publication date
 * always beats a modification date: a 2024 typo fix does not make a 2020 article say things in 2024.
 */
import { jsonLdValues } from './json-ld';
import { formatDay, parseDateString } from './parse-date';

export interface PageDate {
  /** The calendar day as written by the publisher (no time-zone conversion), YYYY-MM-DD. */
  date: string;
  source: 'meta' | 'json-ld' | 'time' | 'url';
  /** Whether the page called it a publication date or only a modification date (the last resort). */
  kind: 'published' | 'modified';
  /** The string the date was read from, for explanations and debugging. */
  raw: string;
}

/**
 * Meta names (name, property or itemprop; compared lower-case) that state a publication date,
 * best first. `og:published_time` is not in the Open Graph spec (which has
 * `article:published_time`) but is common in the wild and still names a publication date.
 * `citation_*` is the Google Scholar convention used by reports and papers.
 */
// prettier-ignore
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_date', 'sailthru.date',
  'parsely-pub-date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
];
/**
 * Bare `<meta name="date">`: some CMSs fill it with the date the page was served, so it ranks
 * below JSON-LD's explicit datePublished.
 */
const WEAK_PUBLISHED_META = ['date'];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'dc.date.modified',
];

/** `/2020/01/24/` (also `/2020/1/24`), or `2020-01-24` in a path segment such as `/news/2020-01-24-slug`. */
const URL_DATES = [/\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?!\d)/];

type Found = Omit<PageDate, 'kind'>;

/** name/property/itemprop -> content of the first element carrying it (meta tags and microdata). */
function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content], [itemprop][content]'))) {
    const content = el.getAttribute('content') ?? '';
    const keys = [
      el.getAttribute('property'),
      el.getAttribute('name'),
      ...(el.getAttribute('itemprop') ?? '').split(/\s+/),
    ];
    for (const key of keys) {
      const k = key?.trim().toLowerCase();
      if (k && !meta.has(k)) meta.set(k, content);
    }
  }
  return meta;
}

function fromMeta(meta: Map<string, string>, keys: readonly string[]): Found | null {
  for (const key of keys) {
    const raw = meta.get(key);
    if (raw === undefined) continue;
    const date = parseDateString(raw);
    if (date) return { date, source: 'meta', raw };
  }
  return null;
}

function fromJsonLd(doc: Document, property: string): Found | null {
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    for (const raw of jsonLdValues(script.textContent ?? '', property)) {
      const date = parseDateString(raw);
      if (date) return { date, source: 'json-ld', raw };
    }
  }
  return null;
}

/** `<time pubdate>` or `itemprop=datePublished` (datetime or text), else the first `<article>` time with datetime. */
function fromTime(doc: Document): Found | null {
  const explicit = doc.querySelectorAll('time[pubdate], time[itemprop~="datePublished"]');
  for (const el of Array.from(explicit)) {
    const raw = el.getAttribute('datetime') ?? el.textContent ?? '';
    const date = parseDateString(raw);
    if (date) return { date, source: 'time', raw };
  }
  for (const el of Array.from(doc.querySelectorAll('article time[datetime]'))) {
    const raw = el.getAttribute('datetime') ?? '';
    const date = parseDateString(raw);
    if (date) return { date, source: 'time', raw };
  }
  return null;
}

function fromUrl(doc: Document): Found | null {
  let path: string;
  try {
    path = new URL(doc.URL).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    const date = m ? formatDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (m && date) return { date, source: 'url', raw: m[0] };
  }
  return null;
}

/**
 * The page's publication date, or null. Order: publication meta tags, JSON-LD datePublished, a bare
 * `date` meta tag, `<time>`, a date in the URL path; then, only if none of those exists, a
 * modification date from meta tags or JSON-LD. Never throws (malformed JSON-LD is skipped).
 */
export function readPageDate(doc: Document): PageDate | null {
  try {
    const meta = readMeta(doc);
    const published =
      fromMeta(meta, PUBLISHED_META) ??
      fromJsonLd(doc, 'datePublished') ??
      fromMeta(meta, WEAK_PUBLISHED_META) ??
      fromTime(doc) ??
      fromUrl(doc);
    if (published) return { ...published, kind: 'published' };
    const modified = fromMeta(meta, MODIFIED_META) ?? fromJsonLd(doc, 'dateModified');
    return modified ? { ...modified, kind: 'modified' } : null;
  } catch {
    // A hostile or exotic DOM (a selector engine gap in an old happy-dom, a proxy) costs us the date, not the scan.
    return null;
  }
}
