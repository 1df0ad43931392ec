/**
 * Reads a tree of the page (the document, a shadow root, or a block that changed) and finds the
 * sentences that state a claim, in slices that give the page the thread between them. With a
 * `progress` callback it hands over what it has found at the end of each slice, the first finding at
 * once, so a long page shows its first highlight before the whole of it has been read.
 */
import { quoteIn } from '../../src/annotations/web-annotation';
import type { Matcher } from '../../src/match/matcher';
import { scanSteps, topicalSteps, type Finding } from '../../src/match/scan-text';
import type { ArticleMap } from '../../src/page/article';
import { extractSteps, extractText, type PageText } from '../../src/page/extract';
import { rangeFromOffsets } from '../../src/page/ranges';
import { articleReader, type ArticleReader } from './extension-module';
import type { Placed } from './findings';
import { endSlice, newSlice, runInSlices, type Slice } from './schedule';

/** The article reader, once loaded (see Scanner.scan). */
let reader: ArticleReader | undefined;

/** A title naming facial recognition: only a hint, for fetching the article reader early. */
const TOPIC_IN_TITLE = /\bfac(?:e|ial)[\s-]+recogni[sz]/i;

/**
 * On a page whose title names facial recognition, which will likely have something to highlight, the
 * article reader is fetched while the claim index loads, rather than when the scan needs it.
 */
export function prefetchArticleReader(doc: Document): void {
  if (TOPIC_IN_TITLE.test(doc.title))
    articleReader().then(
      (module) => (reader ??= module),
      () => undefined,
    );
}

async function loadArticleReader(): Promise<ArticleReader> {
  reader ??= await articleReader();
  return reader;
}

export interface ScanRequest {
  root: Node;
  /** The tree `root` is read whole as (the document, a shadow root); absent for a changed block. */
  tree?: Node;
  /** Called with the findings made so far at the end of each slice that made one. */
  progress?: (soFar: Placed[]) => void;
}

export class Scanner {
  /**
   * Where the article is, per tree read whole (the document, each open shadow root): worked out the first
   * time a scan needs it, and used again for the blocks of that tree that change later.
   */
  private readonly articles = new Map<Node, ArticleMap>();
  /**
   * The page's date: it rules out claims about another period, and gives the cards their date context.
   * Read with the article reader, so a page not about the subject is first read without it.
   */
  pageDate: string | null = null;
  private dateRead = false;
  /** The page is about the subject, as its last reading as a whole found. */
  topical = false;

  constructor(
    private readonly doc: Document,
    private readonly matcher: Matcher,
    private readonly signal: AbortSignal,
  ) {}

  /** Starts reading the page afresh (the first time, and after a single-page app's navigation). */
  newPage(): void {
    this.articles.clear();
    this.topical = false;
    this.pageDate = null;
    this.dateRead = false;
  }

  /**
   * Reads and scans one tree: the page, a shadow root or a changed block, about the subject if the page
   * is, or else if its own text is. Reading the document whole says whether the page is.
   */
  async scan(request: ScanRequest): Promise<Placed[]> {
    const { root, signal } = { root: request.root, signal: this.signal };
    const slice = newSlice();
    const page = await runInSlices(extractSteps(root, { signal }), signal, undefined, slice);
    const topical =
      this.topical || (await runInSlices(topicalSteps(this.matcher, page.text), signal, undefined, slice));
    if (request.tree === this.doc) this.topical = topical;
    // Which part of the page is its article, and the page's date, are read by a module loaded the first
    // time a page may have something to highlight: at once on a page about the subject; elsewhere only
    // once a first reading has found something, which is then read again with it.
    let finder = reader ?? (topical ? await loadArticleReader() : undefined);
    const read = { ...request, page, topical };
    if (finder) this.readDate(finder);
    let found = await this.scanPage(read, slice, finder, finder && request.progress);
    if (!finder && found.length > 0) {
      finder = await loadArticleReader();
      this.readDate(finder);
      found = await this.scanPage(read, newSlice(), finder);
    }
    return found;
  }

  private readDate(finder: ArticleReader): void {
    if (this.dateRead) return;
    this.pageDate = finder.readPageDate(this.doc)?.date ?? null;
    this.dateRead = true;
  }

  /**
   * The article of a tree (the document or a shadow root), from its reading `page` when read whole, or
   * else (a changed block of a tree not yet mapped) from reading the whole tree now.
   */
  private articleOf(key: Node, finder: ArticleReader, page: PageText | undefined): ArticleMap {
    let article = this.articles.get(key);
    if (!article) {
      const whole = page ?? extractText(key === this.doc ? (this.doc.body ?? this.doc.documentElement) : key);
      article = new finder.ArticleMap(whole);
      this.articles.set(key, article);
    }
    return article;
  }

  /** Scans one reading. With `finder`, what lies outside the page's article is told apart. */
  private async scanPage(
    read: ScanRequest & { page: PageText; topical: boolean },
    slice: Slice,
    finder: ArticleReader | undefined,
    progress?: (soFar: Placed[]) => void,
  ): Promise<Placed[]> {
    const { page, root, tree, topical } = read;
    const place = (f: Finding): Placed | null => {
      const range = rangeFromOffsets(page, f.start, f.end);
      if (!range) return null;
      const { prefix, suffix } = quoteIn(page.text, f.start, f.end);
      return { finding: f, range, prefix, suffix, whole: tree === this.doc };
    };
    const partial: Placed[] = [];
    let shown = 0;
    const onFinding = (f: Finding) => {
      const placed = place(f);
      if (!placed) return;
      partial.push(placed);
      // The page's first finding is shown at once, not when the slice would have ended.
      if (shown === 0 && partial.length === 1) endSlice(slice);
    };
    const outside =
      finder && (() => this.articleOf(tree ?? root.getRootNode(), finder, tree && page).outsideRanges(page));
    const steps = scanSteps(this.matcher, page.text, {
      signal: this.signal,
      topical,
      pageDate: this.pageDate,
      ...(outside ? { outside } : {}),
      ...(progress ? { onFinding } : {}),
    });
    const reportProgress =
      progress &&
      (() => {
        if (partial.length === shown) return false;
        shown = partial.length;
        progress(partial);
        return true;
      });
    const found = await runInSlices(steps, this.signal, reportProgress, slice);
    return found.map(place).filter((p): p is Placed => p !== null);
  }
}
