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
import { withFloor } from '../match/combine';
import { statesClaim, type Matcher, type MatchKind } from '../match/matcher';
import { listingFloor } from '../match/score';
import { scanText, type Finding } from '../match/scan-text';

export interface LabelledSentence {
  text: string;
  claim: string | null;
  also?: string[];
  borderline: boolean;
  why?: string;
  /** The claim of the pack that comes with ClaimLens the sentence states, from its own labels file. */
  pack?: PackLabel;
}

/** A sentence's label for the pack's claims (claim ids of the pack), by the same rules as the seeds'. */
export interface PackLabel {
  claim: string;
  also?: string[];
  borderline: boolean;
  why?: string;
}

/**
 * The pack's labels file: for each article, the sentences (by their place in the set's labels.json, so
 * no sentence of the set is copied) that state one of the pack's claims.
 */
export interface PackLabelsFile {
  articles: Array<{ file: string; sentences: Array<PackLabel & { index: number }> }>;
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
  /** Whether the claim is a seed claim or one of the pack's. */
  origin: 'seed' | 'pack';
  score: number;
  verdict: 'right' | 'wrong' | 'false' | 'outside';
  /** The labelled sentence it falls in, if any. */
  sentence?: LabelledSentence;
}

export interface ArticleMiss {
  file: string;
  sentence: LabelledSentence;
  /** A sentence labelled with a pack claim that was not found. */
  pack?: boolean;
}

/** Firm and borderline sentences of one set of labels, and how many were found with the right claim. */
export interface Recall {
  firm: number;
  firmFound: number;
  borderline: number;
  borderlineFound: number;
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
  /** The sentences labelled with a pack claim (when the pack's labels are given). */
  pack: Recall & { labelled: boolean };
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

/**
 * Reads the labelled articles of `dir` (labels.json, sources.json and the texts), with the pack's labels
 * when given (`packLabels`: a PackLabelsFile).
 */
export function readArticles(dir: string, packLabels?: string): ArticleCase[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: LabelledArticle[] };
  if (packLabels !== undefined) addPackLabels(labels.articles, packLabels);
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

/** Puts the pack's labels on the sentences they name; a label naming no sentence is an error. */
function addPackLabels(articles: LabelledArticle[], file: string): void {
  const packLabels = JSON.parse(readFileSync(file, 'utf8')) as PackLabelsFile;
  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const entry of packLabels.articles) {
    const article = byFile.get(entry.file);
    if (!article) throw new Error(`${file}: no labelled article ${entry.file}`);
    for (const { index, ...label } of entry.sentences) {
      const sentence = article.sentences[index];
      if (!sentence) throw new Error(`${file}: ${entry.file} has no sentence ${index}`);
      sentence.pack = label;
    }
  }
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
    pack: { labelled: false, firm: 0, firmFound: 0, borderline: 0, borderlineFound: 0 },
  };
}

/** The matcher an article is scanned with: down to what is listed as possibly related. */
export function listingMatcher(matcher: Matcher): Matcher {
  return withFloor(matcher, listingFloor(matcher.floor));
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
  if (placed.some((s) => s.pack)) result.pack.labelled = true;
  const rightIn = new Set<Placed>();
  const packRightIn = new Set<Placed>();
  for (const f of found) {
    const claim: Claim | undefined = byId.get(f.claimId);
    // Seed claims are labelled by their reference id, the pack's by their own.
    const origin = claim?.ref === undefined ? 'pack' : 'seed';
    const key = claim?.ref ?? f.claimId;
    const sentence = sentenceOf(placed, f);
    const refs = sentence
      ? [sentence.claim, ...(sentence.also ?? []), sentence.pack?.claim ?? null, ...(sentence.pack?.also ?? [])].filter(
          (r): r is string => r !== null,
        )
      : [];
    const verdict: ArticleHighlight['verdict'] = !sentence
      ? 'outside'
      : refs.includes(key)
        ? 'right'
        : refs.length > 0
          ? 'wrong'
          : 'false';
    const entry: ArticleHighlight = {
      file: article.file,
      text: f.text,
      claimId: f.claimId,
      ref: claim?.ref,
      origin,
      score: f.score,
      verdict,
      ...(sentence ? { sentence } : {}),
    };
    // Only what is highlighted counts; the rest is what the sidebar lists as possibly related.
    if (!statesClaim(f, matcher.floor)) {
      result.listed.push({ ...entry, kind: f.kind });
      continue;
    }
    if (verdict === 'right' && sentence) (origin === 'seed' ? rightIn : packRightIn).add(sentence);
    result.highlights.push(entry);
    if (article.topic === 'elsewhere') result.elsewhere++;
  }
  for (const s of placed) {
    if (s.pack) {
      const found = packRightIn.has(s);
      if (s.pack.borderline) {
        result.pack.borderline++;
        if (found) result.pack.borderlineFound++;
      } else {
        result.pack.firm++;
        if (found) result.pack.firmFound++;
        else result.misses.push({ file: article.file, sentence: s, pack: true });
      }
    }
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

export function evaluateArticles(matcher: Matcher, db: ClaimDatabase, dir: string, packLabels?: string): ArticleResult {
  const result = emptyArticleResult();
  const listing = listingMatcher(matcher);
  for (const article of readArticles(dir, packLabels)) {
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
  const count = (v: ArticleHighlight['verdict'], of = r.highlights) => of.filter((h) => h.verdict === v).length;
  const right = count('right');
  const lines: string[] = [];
  if (verbose) {
    for (const m of r.misses)
      lines.push(`  miss [${m.pack ? m.sentence.pack?.claim : m.sentence.claim}] ${m.file}: ${m.sentence.text}`);
    for (const h of r.listed)
      lines.push(`  listed (${h.kind}, ${h.verdict}) ${h.claimId} ${h.score.toFixed(2)} ${h.file}: ${h.text}`);
    for (const h of r.highlights.filter((x) => x.verdict !== 'right')) {
      const labels = [h.sentence?.claim, h.sentence?.pack?.claim].filter(Boolean).join(', ');
      lines.push(
        `  ${h.verdict} ${h.claimId} (${h.ref ?? '-'}) ${h.score.toFixed(2)} ${h.file}` +
          `${labels ? ` [labelled ${labels}${h.sentence?.borderline ? ', borderline' : ''}]` : ''}: ${h.text}`,
      );
    }
  }
  const stance = (s: Stance) => ratio(r.byStance[s].found, r.byStance[s].firm);
  const seeds = r.highlights.filter((h) => h.origin === 'seed');
  const pack = r.highlights.filter((h) => h.origin === 'pack');
  const packLines =
    r.pack.labelled || pack.length > 0
      ? [
          `seed claims: precision ${ratio(count('right', seeds), seeds.length)}`,
          `claims since 2023 (the pack): firm sentences found ${ratio(r.pack.firmFound, r.pack.firm)};` +
            ` borderline found ${r.pack.borderlineFound} of ${r.pack.borderline};` +
            ` precision ${ratio(count('right', pack), pack.length)}` +
            ` (wrong claim ${count('wrong', pack)}, false ${count('false', pack)})`,
        ]
      : [];
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
    ...packLines,
    `highlights on pages about facial recognition elsewhere: ${r.elsewhere}`,
    `listed as possibly related, not highlighted: ${r.listed.length}` +
      ` (${r.listed.filter((h) => h.kind === 'disputes').length} disputing a claim;` +
      ` right claim ${r.listed.filter((h) => h.verdict === 'right').length})`,
  ];
}
