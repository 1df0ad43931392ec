/**
 * `npm run eval -- --templates`: each labelled article placed inside real news-page templates and scanned
 * as a page, the way a reader meets it: the template's own article body replaced by the article's
 * paragraphs, its headline by the article's, and everything else kept (navigation, "most read" lists,
 * newsletter promos, related links, captions, footers; the page's scripts are removed when it is parsed).
 *
 * Reported per template: highlights outside the article's own sentences (the goal is none), and the
 * article's precision and firm recall, which must equal the bare-text run (eval-articles.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimDatabase } from '../claims/types';
import { statesClaim, type Matcher } from '../match/matcher';
import { scanText, type Finding } from '../match/scan-text';
import { ArticleMap } from '../page/article';
import { extractText, type PageText } from '../page/extract';
import { rangeFromOffsets } from '../page/ranges';
import {
  emptyArticleResult,
  listingMatcher,
  readArticles,
  scoreArticle,
  type ArticleCase,
  type ArticleResult,
} from './eval-articles';
import { parseHtml } from './html';

/**
 * Real news pages (folders of the pages set) and the element that holds each one's article body, found
 * by reading the page: the article is put there. Chosen for their chrome: most-read lists, promos,
 * related links, captions, bylines, comment links and footers.
 */
export const TEMPLATES: ReadonlyArray<{ page: string; body: string }> = [
  { page: 'bbc-1', body: '.story-body__inner' },
  { page: 'cnn', body: 'article.module' },
  { page: 'nytimes-1', body: '.story-body-1' },
  { page: 'wapo-1', body: 'article' },
  { page: 'guardian-1', body: '.content__article-body' },
  { page: 'seattletimes-1', body: '#article-content' },
  { page: 'lemonde-1', body: '#articleBody' },
  { page: 'yahoo-1', body: '.canvas-body' },
  { page: 'herald-sun-1', body: '#read-more-content' },
  { page: 'engadget', body: '.article-text' },
  { page: 'msn', body: '.articlebody' },
  { page: 'salon-1', body: '.articleContent' },
];

export interface TemplateResult {
  template: string;
  /** The articles' own sentences, scored as in the bare-text run. */
  result: ArticleResult;
  outside: Finding[];
  listedOutside: Finding[];
}

/** Builds the page: the template with `article` in place of its own article body and headline. */
export function placeArticle(
  html: string,
  bodySelector: string,
  article: ArticleCase,
): { page: PageText; document: Document; placed: Set<Element>; close: () => Promise<void> } {
  const parsed = parseHtml(html);
  const doc = parsed.document;
  const body = doc.querySelector(bodySelector);
  if (!body) throw new Error(`template has no element ${bodySelector}`);
  const blocks = article.text.split(/\n{2,}/).filter((b) => b.trim() !== '');
  const placed = new Set<Element>();
  const headline = article.headline ? blocks.shift() : undefined;
  while (body.firstChild) body.firstChild.remove();
  if (headline !== undefined) {
    // The template's own headline (its longest h1: a site's logo can be an h1 too), or a new one at the
    // top of the body if it has none.
    let h1 = [...doc.querySelectorAll('h1')].sort(
      (a, b) => (b.textContent?.trim().length ?? 0) - (a.textContent?.trim().length ?? 0),
    )[0];
    if (!h1) {
      h1 = doc.createElement('h1');
      body.append(h1);
    }
    h1.textContent = headline;
    placed.add(h1);
  }
  for (const block of blocks) {
    const p = doc.createElement('p');
    p.textContent = block.replace(/\n/g, ' ');
    body.append(p);
    placed.add(p);
  }
  const page = extractText(doc.body ?? doc.documentElement);
  return { page, document: doc, placed, close: parsed.close };
}

/** Scans every article in every template. */
export async function evaluateTemplates(
  matcher: Matcher,
  db: ClaimDatabase,
  articlesDir: string,
  pagesDir: string,
): Promise<TemplateResult[]> {
  const articles = readArticles(articlesDir);
  const listing = listingMatcher(matcher);
  const results: TemplateResult[] = [];
  for (const template of TEMPLATES) {
    const html = readFileSync(join(pagesDir, template.page, 'source.html'), 'utf8');
    const entry: TemplateResult = {
      template: template.page,
      result: emptyArticleResult(),
      outside: [],
      listedOutside: [],
    };
    for (const article of articles) {
      const { page, placed, close } = placeArticle(html, template.body, article);
      try {
        const map = new ArticleMap(page);
        const found = scanText(listing, page.text, {
          pageDate: article.date || null,
          outside: () => map.outsideRanges(page),
        });
        const inArticle = (f: Finding) => {
          const node = rangeFromOffsets(page, f.start, f.end)?.startContainer;
          return node !== undefined && [...placed].some((el) => el.contains(node));
        };
        const own = found.filter(inArticle);
        for (const f of found.filter((x) => !inArticle(x)))
          (statesClaim(f, matcher.floor) ? entry.outside : entry.listedOutside).push(f);
        const first = page.nodes.findIndex((n) => [...placed].some((el) => el.contains(n)));
        scoreArticle(entry.result, article, page.text, own, matcher, db, first < 0 ? 0 : (page.starts[first] ?? 0));
      } finally {
        await close();
      }
    }
    results.push(entry);
  }
  return results;
}

function ratio(n: number, d: number): string {
  return `${n}/${d}`.padEnd(7);
}

/** The report: a row per template, beside the bare-text run; `verbose` lists what was found outside. */
export function templateReport(results: TemplateResult[], bare: ArticleResult, verbose: boolean): string[] {
  const right = (r: ArticleResult) => r.highlights.filter((h) => h.verdict === 'right').length;
  const figures = (r: ArticleResult) =>
    `${ratio(right(r), r.highlights.length)}    ${ratio(r.firmFound, r.firm)}     ${String(r.borderlineFound).padEnd(4)}`;
  const lines = [
    `  ${'template'.padEnd(16)} outside  precision  firm recall  borderline  same as bare text`,
    `  ${'(bare text)'.padEnd(16)} ${'-'.padEnd(8)} ${figures(bare)}`,
  ];
  let outside = 0;
  let differ = 0;
  for (const t of results) {
    const same =
      right(t.result) === right(bare) &&
      t.result.highlights.length === bare.highlights.length &&
      t.result.firmFound === bare.firmFound &&
      t.result.borderlineFound === bare.borderlineFound;
    outside += t.outside.length;
    if (!same) differ++;
    lines.push(
      `  ${t.template.padEnd(16)} ${String(t.outside.length).padEnd(8)} ${figures(t.result)} ${same ? 'yes' : 'NO'}`,
    );
    if (verbose) {
      for (const f of t.outside) lines.push(`    outside: ${f.claimId} ${f.score.toFixed(2)} ${f.text.slice(0, 160)}`);
      for (const f of t.listedOutside)
        lines.push(`    listed outside: ${f.claimId} ${f.score.toFixed(2)} ${f.text.slice(0, 160)}`);
      if (!same) {
        const key = (h: { file: string; text: string; claimId: string }) => `${h.file} ${h.claimId} ${h.text}`;
        const here = new Set(t.result.highlights.map(key));
        const there = new Set(bare.highlights.map(key));
        for (const h of bare.highlights) if (!here.has(key(h))) lines.push(`    only bare: ${key(h).slice(0, 180)}`);
        for (const h of t.result.highlights)
          if (!there.has(key(h))) lines.push(`    only here: ${h.verdict} ${key(h).slice(0, 180)}`);
      }
    }
  }
  lines.push(
    `highlights outside the article, all templates: ${outside}; templates whose article figures differ from bare text: ${differ} of ${results.length}`,
  );
  return lines;
}
