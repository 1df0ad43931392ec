/**
 * Reads date properties out of a page's JSON-LD (`<script type="application/ld+json">`). Publishers'
 * JSON-LD is often broken — HTML comment wrappers, raw newlines inside strings — and a broken block
 * must never break the page scan, so every step here gives up quietly.
 */

/** Values visited per script block: a real NewsArticle graph has a few hundred; past this it is a data dump. */
const MAX_JSON_LD_VALUES = 10_000;

/** Schema.org types whose datePublished is the page's own, preferred over a WebPage's or a nested item's. */
const ARTICLE_TYPE = /Article|BlogPosting|Report|SocialMediaPosting|LiveBlogPosting/i;

/** JSON.parse, then once more after removing the wrappers and raw control characters seen in the wild. */
function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    const cleaned = raw
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // Raw newlines/tabs inside strings are invalid JSON; as whitespace between tokens they are harmless.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      .replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(cleaned);
    } catch {
      return undefined;
    }
  }
}

function isArticle(obj: Record<string, unknown>): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** A property value as a date string: "2020-01-24", ["2020-01-24"], or {"@value": "2020-01-24"}. */
function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return asString(value[0]);
  if (value && typeof value === 'object') return asString((value as Record<string, unknown>)['@value']);
  return null;
}

/**
 * The values of `property` in one JSON-LD document, best first: breadth-first, so the page's own
 * top-level objects (also inside `@graph` and top-level arrays, which add no depth) come before
 * nested ones such as related articles; at equal depth an Article-like type comes first.
 */
export function jsonLdValues(raw: string, property: string): string[] {
  const root = parseLenient(raw);
  const found: { value: string; depth: number; article: boolean; order: number }[] = [];
  const queue: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let head = 0; head < queue.length && head < MAX_JSON_LD_VALUES; head++) {
    const { value, depth } = queue[head]!;
    if (Array.isArray(value)) {
      for (const item of value) queue.push({ value: item, depth });
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const obj = value as Record<string, unknown>;
    const date = asString(obj[property]);
    if (date !== null) found.push({ value: date, depth, article: isArticle(obj), order: found.length });
    for (const [key, child] of Object.entries(obj)) {
      if (child && typeof child === 'object') queue.push({ value: child, depth: key === '@graph' ? depth : depth + 1 });
    }
  }
  found.sort((a, b) => a.depth - b.depth || Number(b.article) - Number(a.article) || a.order - b.order);
  return found.map((f) => f.value);
}
