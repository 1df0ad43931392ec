/**
 * schema.org ClaimReview (the JSON-LD fact-checkers publish) read as ClaimLens claims: a single review, an
 * array of them, or a `@graph`. `claimReviewed` becomes the statement; `itemReviewed` (a Claim) gives the
 * claimant (`author`), the date and where the claim appeared (`appearance`, `firstAppearance`); the
 * review's author or publisher, address, date and rating are shown on the card as "Reviewed by …".
 *
 * Every text is kept as text; a link is kept only if it is http or https. An item that is not a
 * ClaimReview, or lacks what a card needs, is reported with its path and left out.
 */
import type { Claim, ClaimReviewNote } from '../claims/types';
import { parseFuzzyDate } from '../dates/fuzzy-date';
import { normalizeText } from '../text/normalize';
import { hashKey } from '../text/hash';
import { extractFigures } from '../text/numbers';
import type { JsonPath, PackProblem } from './json';
import { PACK_LIMITS } from './limits';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A JSON-LD value that may be one thing or a list of them, as a list. */
const many = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** `@type` names without their vocabulary prefix: "schema:ClaimReview", "https://schema.org/ClaimReview". */
function typesOf(node: Json): string[] {
  return many(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** The reviews in a document: the document itself, an array, or a `@graph`, with their paths. */
export function reviewItems(value: unknown): Array<{ node: unknown; path: JsonPath }> {
  if (Array.isArray(value)) return value.map((node, i) => ({ node, path: [i] }));
  if (isObject(value) && Array.isArray(value['@graph']))
    return value['@graph'].map((node, i) => ({ node, path: ['@graph', i] }));
  return [{ node: value, path: [] }];
}

/** Whether a parsed JSON document looks like ClaimReview rather than a ClaimLens pack. */
export function isClaimReviewDocument(value: unknown): boolean {
  return reviewItems(value).some(({ node }) => isObject(node) && typesOf(node).includes('ClaimReview'));
}

/** A short text field, trimmed; undefined if absent or not text. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/** An http(s) URL, or a reason it is refused. */
function link(v: unknown): { url?: string; refused?: string } {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'string') return { refused: 'a link must be text' };
  if (v.length > PACK_LIMITS.url) return { refused: `a link longer than ${PACK_LIMITS.url} characters` };
  let parsed: URL;
  try {
    parsed = new URL(v.trim());
  } catch {
    return { refused: `"${v.slice(0, 80)}" is not a web address` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { refused: `only http and https links are kept ("${parsed.protocol}" is not)` };
  return { url: parsed.href };
}

/** A schema.org date or date-time as a day (YYYY-MM-DD), month or year; undefined if it is not one. */
function day(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m) return undefined;
  const value = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return parseFuzzyDate(value) ? value : undefined;
}

/** The name of a Person or Organization given as an object, a list (the first) or plain text. */
function nameOf(v: unknown): string | undefined {
  for (const who of many(v)) {
    const name = typeof who === 'string' ? text(who) : isObject(who) ? text(who.name) : undefined;
    if (name) return name;
  }
  return undefined;
}

/** The rating as a reader sees it: its name ("False"), or the value on its scale ("2 on a scale of 1 to 5"). */
function ratingOf(v: unknown): string | undefined {
  const r = many(v).find(isObject);
  if (!r) return undefined;
  const name = text(r.alternateName) ?? text(r.name);
  if (name) return name;
  const value = Number(r.ratingValue);
  if (!Number.isFinite(value)) return undefined;
  const best = Number(r.bestRating ?? 5);
  const worst = Number(r.worstRating ?? 1);
  return Number.isFinite(best) && Number.isFinite(worst) ? `${value} on a scale of ${worst} to ${best}` : String(value);
}

/** A stable claim id from the review's address (or its @id, or its words): "cr-" and a short hash. */
function claimIdOf(review: Json, statement: string): string {
  return `cr-${hashKey(text(review['@id']) ?? text(review.url) ?? statement)}`;
}

/** The proportions a statement states ("81%", "4 in 5"), in the form claims list their figures. */
function figuresOf(statement: string): string[] {
  return extractFigures(normalizeText(statement))
    .filter((f) => f.kind === 'proportion')
    .map((f) => f.text);
}

/**
 * The claims of a ClaimReview document, and the problems of the items left out. `reservedIds`: claim ids
 * already taken (the bundled claims).
 */
export function claimsFromClaimReview(
  value: unknown,
  reservedIds: ReadonlySet<string> = new Set(),
): { claims: Claim[]; problems: PackProblem[]; items: number } {
  const claims: Claim[] = [];
  const problems: PackProblem[] = [];
  const items = reviewItems(value);
  const seen = new Map<string, JsonPath>();
  if (items.length > PACK_LIMITS.claims)
    return {
      claims,
      items: items.length,
      problems: [{ path: [], message: `${items.length} reviews; a pack can hold at most ${PACK_LIMITS.claims}` }],
    };
  for (const { node, path } of items) {
    const problem = (field: JsonPath, message: string, item?: string) =>
      problems.push({ path: [...path, ...field], ...(item ? { item } : {}), message });
    if (!isObject(node)) {
      problem([], 'not an object: left out');
      continue;
    }
    const types = typesOf(node);
    if (!types.includes('ClaimReview')) {
      problem(['@type'], `${types.length ? `"${types.join(', ')}"` : 'no @type'}: not a ClaimReview, left out`);
      continue;
    }
    const before = problems.length;
    const statement = text(node.claimReviewed);
    if (!statement) problem(['claimReviewed'], 'missing: the words of the claim reviewed');
    else if (statement.length > PACK_LIMITS.shortText)
      problem(['claimReviewed'], `longer than ${PACK_LIMITS.shortText} characters`);
    const item = statement?.slice(0, 60);
    const reviewer = nameOf(node.author) ?? nameOf(node.publisher);
    if (!reviewer) problem(['author'], 'missing: who published the review (author or publisher, with a name)', item);
    const reviewUrl = link(node.url);
    if (reviewUrl.refused) problem(['url'], reviewUrl.refused, item);
    const reviewed = many(node.itemReviewed).find(isObject) ?? {};
    const claimant = nameOf(reviewed.author);
    const appearances: NonNullable<Claim['appearances']> = [];
    for (const [field, list] of [
      ['firstAppearance', many(reviewed.firstAppearance)],
      ['appearance', many(reviewed.appearance)],
    ] as const) {
      list.forEach((a, i) => {
        const at = link(isObject(a) ? a.url : a);
        if (at.refused) problem(['itemReviewed', field, ...(list.length > 1 ? [i] : []), 'url'], at.refused, item);
        else if (at.url && !appearances.some((x) => x.url === at.url)) {
          const date = isObject(a) ? day(a.datePublished) : undefined;
          const name = isObject(a) ? (text(a.headline) ?? text(a.name)) : undefined;
          appearances.push({ url: at.url, ...(date ? { date } : {}), ...(name ? { name } : {}) });
        }
      });
    }
    const claimDate = day(reviewed.datePublished) ?? appearances.find((a) => a.date)?.date;
    const reviewDate = day(node.datePublished);
    // The card reckons with the claim's date (how long before or after the page it was made): a review's
    // date is not the claim's, so an undated claim is left out rather than dated wrongly.
    if (!claimDate)
      problem(
        ['itemReviewed', 'datePublished'],
        'the claim is not dated: give itemReviewed.datePublished, or the datePublished of where it appeared',
        item,
      );
    if (problems.length > before || !statement || !reviewer) continue;

    const id = claimIdOf(node, statement);
    if (reservedIds.has(id)) {
      problem([], `its id "${id}" is taken by a bundled claim`, item);
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) {
      problem([], `the same review as item ${earlier.join('.') || '(the document)'}: left out`, item);
      continue;
    }
    seen.set(id, path);
    const review: ClaimReviewNote = { publisher: reviewer };
    if (reviewUrl.url) review.url = reviewUrl.url;
    if (reviewDate) review.date = reviewDate;
    const rating = ratingOf(node.reviewRating);
    if (rating) review.rating = rating;
    claims.push({
      id,
      statement,
      excerpts: [],
      claimant: {
        name: claimant ?? 'Not named in the review',
        organisation: '',
        certainty: 'unverified',
        sources: [],
      },
      date: { value: claimDate!, certainty: 'unverified', sources: [] },
      stance: 'unstated',
      counters: [],
      contrasts: [],
      context: [],
      after: [],
      variants: [],
      figures: figuresOf(statement),
      review,
      ...(appearances.length ? { appearances } : {}),
    });
  }
  return { claims, problems, items: items.length };
}
