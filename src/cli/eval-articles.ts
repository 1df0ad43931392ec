/**
 * Page-level evaluation on real article openings labelled sentence by sentence: each article is scanned
 * whole, as one document, through the same code as a page, and each highlight is mapped to the labelled
 * sentence it falls in. The scoring rule is the labelled set's own (its README):
 *
 * - a highlight is right when its claim's `ref` is the sentence's `claim` or one of its `also`; wrong when
 *   the sentence is labelled with another claim (firm or borderline); false on a sentence labelled null;
 * - firm recall: firm sentences with a right highlight / firm sentences; borderline ones found are counted
 *   but missing them costs nothing;
 * - highlights on pages about facial recognition elsewhere are reported on their own (the goal is none).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimDatabase, Stance } from '../claims/types';
import { createMatcher, statesClaim, type Matcher, type MatchKind } from '../match/matcher';
import { listingFloor } from '../match/score';
import { scanText, type Finding } from '../match/scan-text';

export interface LabelledSentence {
  text: string;
  claim: string | null;
  also?: string[];
  borderline: boolean;
  why?: string;
}
interface LabelledArticle {
  file: string;
  sentences: LabelledSentence[];
}
interface ArticleSource {
  file: string;
  title: string;
  topic: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY or '': the page's own date, as a page shows it. */
  date: string;
}

/** A labelled sentence with its place in the article's text. */
interface Placed extends LabelledSentence {
  start: number;
  end: number;
}

export interface ArticleHighlight {
  file: string;
  text: string;
  claimId: string;
  ref: string | undefined;
  score: number;
  verdict: 'right' | 'wrong' | 'false' | 'outside';
  /** The labelled sentence it falls in, if any. */
  sentence?: LabelledSentence;
}

export interface ArticleMiss {
  file: string;
  sentence: LabelledSentence;
}

export interface ArticleResult {
  articles: number;
  firm: number;
  firmFound: number;
  borderline: number;
  borderlineFound: number;
  highlights: ArticleHighlight[];
  misses: ArticleMiss[];
  /** Firm sentences and those found, by the stance of their labelled claim. */
  byStance: Record<Stance, { firm: number; found: number }>;
  /** Highlights on pages whose topic is facial recognition outside the UK. */
  elsewhere: number;
  /** Sentences listed but not highlighted: weaker matches and sentences disputing a claim. */
  listed: Array<ArticleHighlight & { kind: MatchKind }>;
}

/** Finds each labelled sentence in the text, in order (sentences are exact substrings, in document order). */
function place(text: string, sentences: LabelledSentence[], offset = 0): Placed[] {
  let from = offset;
  return sentences.map((s) => {
    let start = text.indexOf(s.text, from);
    if (start < 0) start = text.indexOf(s.text, offset);
    if (start < 0) throw new Error(`labelled sentence not found in its article: ${s.text.slice(0, 80)}`);
    from = start + s.text.length;
    return { ...s, start, end: from };
  });
}

/** The labelled sentence a highlight falls in: the one it overlaps most. */
function sentenceOf(placed: Placed[], f: Finding): Placed | undefined {
  let best: Placed | undefined;
  let bestOverlap = 0;
  for (const s of placed) {
    const overlap = Math.min(s.end, f.end) - Math.max(s.start, f.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
  }
  return best;
}

/** One labelled article, read from the set's folder. */
export interface ArticleCase {
  file: string;
  text: string;
  sentences: LabelledSentence[];
  topic: string;
  date: string;
  /** Whether the text's first line is the page's headline (the set stores it when the page had one). */
  headline: boolean;
}

/** Reads the labelled articles of `dir` (labels.json, sources.json and the texts). */
export function readArticles(dir: string): ArticleCase[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: LabelledArticle[] };
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as ArticleSource[];
  const sourceOf = new Map(sources.map((s) => [s.file, s]));
  return labels.articles.map((a) => {
    const text = readFileSync(join(dir, a.file), 'utf8');
    const source = sourceOf.get(a.file);
    return {
      file: a.file,
      text,
      sentences: a.sentences,
      topic: source?.topic ?? '',
      date: source?.date ?? '',
      headline: source !== undefined && text.split('\n', 1)[0] === source.title,
    };
  });
}

export function emptyArticleResult(): ArticleResult {
  return {
    articles: 0,
    firm: 0,
    firmFound: 0,
    borderline: 0,
    borderlineFound: 0,
    highlights: [],
    misses: [],
    byStance: {
      supports: { firm: 0, found: 0 },
      opposes: { firm: 0, found: 0 },
      neutral: { firm: 0, found: 0 },
      unstated: { firm: 0, found: 0 },
    },
    elsewhere: 0,
    listed: [],
  };
}

/** The matcher an article is scanned with: down to what is listed as possibly related. */
export function listingMatcher(matcher: Matcher): Matcher {
  return createMatcher(matcher.index, { floor: listingFloor(matcher.floor) });
}

/**
 * Adds one scanned article to `result`: `found` are its findings (from a listing matcher), with offsets
 * in `text`, the text the labelled sentences are looked for in from `from` on.
 */
export function scoreArticle(
  result: ArticleResult,
  article: ArticleCase,
  text: string,
  found: Finding[],
  matcher: Matcher,
  db: ClaimDatabase,
  from = 0,
): void {
  const byId = new Map(db.claims.map((c) => [c.id, c]));
  const byRef = new Map(db.claims.filter((c) => c.ref).map((c) => [c.ref as string, c]));
  const placed = place(text, article.sentences, from);
  result.articles++;
  const rightIn = new Set<Placed>();
  for (const f of found) {
    const claim: Claim | undefined = byId.get(f.claimId);
    const sentence = sentenceOf(placed, f);
    const refs = sentence ? [sentence.claim, ...(sentence.also ?? [])].filter((r): r is string => r !== null) : [];
    const verdict: ArticleHighlight['verdict'] = !sentence
      ? 'outside'
      : claim?.ref !== undefined && refs.includes(claim.ref)
        ? 'right'
        : refs.length > 0
          ? 'wrong'
          : 'false';
    const entry: ArticleHighlight = {
      file: article.file,
      text: f.text,
      claimId: f.claimId,
      ref: claim?.ref,
      score: f.score,
      verdict,
      ...(sentence ? { sentence } : {}),
    };
    // Only what is highlighted counts; the rest is what the sidebar lists as possibly related.
    if (!statesClaim(f, matcher.floor)) {
      result.listed.push({ ...entry, kind: f.kind });
      continue;
    }
    if (verdict === 'right' && sentence) rightIn.add(sentence);
    result.highlights.push(entry);
    if (article.topic === 'elsewhere') result.elsewhere++;
  }
  for (const s of placed) {
    if (s.claim === null) continue;
    const found = rightIn.has(s);
    if (s.borderline) {
      result.borderline++;
      if (found) result.borderlineFound++;
      continue;
    }
    result.firm++;
    const stance = byRef.get(s.claim)?.stance;
    if (stance) {
      result.byStance[stance].firm++;
      if (found) result.byStance[stance].found++;
    }
    if (found) result.firmFound++;
    else result.misses.push({ file: article.file, sentence: s });
  }
}

export function evaluateArticles(matcher: Matcher, db: ClaimDatabase, dir: string): ArticleResult {
  const result = emptyArticleResult();
  const listing = listingMatcher(matcher);
  for (const article of readArticles(dir)) {
    const found = scanText(listing, article.text, { pageDate: article.date || null });
    scoreArticle(result, article, article.text, found, matcher, db);
  }
  return result;
}

function ratio(n: number, d: number): string {
  return `${n}/${d} = ${d === 0 ? '-' : (n / d).toFixed(3)}`;
}

/** The report `npm run eval` prints; `verbose` lists every miss and every highlight that is not right. */
export function articleReport(r: ArticleResult, verbose: boolean): string[] {
  const count = (v: ArticleHighlight['verdict']) => r.highlights.filter((h) => h.verdict === v).length;
  const right = count('right');
  const lines: string[] = [];
  if (verbose) {
    for (const m of r.misses) lines.push(`  miss [${m.sentence.claim}] ${m.file}: ${m.sentence.text}`);
    for (const h of r.listed)
      lines.push(`  listed (${h.kind}, ${h.verdict}) ${h.claimId} ${h.score.toFixed(2)} ${h.file}: ${h.text}`);
    for (const h of r.highlights.filter((x) => x.verdict !== 'right'))
      lines.push(
        `  ${h.verdict} ${h.claimId} (${h.ref ?? '-'}) ${h.score.toFixed(2)} ${h.file}` +
          `${h.sentence?.claim ? ` [labelled ${h.sentence.claim}${h.sentence.borderline ? ', borderline' : ''}]` : ''}: ${h.text}`,
      );
  }
  const stance = (s: Stance) => ratio(r.byStance[s].found, r.byStance[s].firm);
  return [
    ...lines,
    `firm sentences found with the right claim: ${ratio(r.firmFound, r.firm)}`,
    `  claims that support police use of LFR:  ${stance('supports')}`,
    `  claims that oppose it:                  ${stance('opposes')}`,
    `  neutral claims:                         ${stance('neutral')}`,
    `borderline sentences found:                ${r.borderlineFound} of ${r.borderline}`,
    `highlights: ${r.highlights.length}; right ${right}, wrong claim ${count('wrong')}, false ${count('false')}` +
      (count('outside') > 0 ? `, outside any labelled sentence ${count('outside')}` : ''),
    `precision:                                 ${ratio(right, r.highlights.length)}`,
    `highlights on pages about facial recognition elsewhere: ${r.elsewhere}`,
    `listed as possibly related, not highlighted: ${r.listed.length}` +
      ` (${r.listed.filter((h) => h.kind === 'disputes').length} disputing a claim;` +
      ` right claim ${r.listed.filter((h) => h.verdict === 'right').length})`,
  ];
}
