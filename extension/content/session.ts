/**
 * ClaimLens on one page: scan when the page is idle, highlight findings, open the card on hover, from
 * the keyboard commands or from the sidebar, keep up with text that changes after load, and report the
 * number of findings for the toolbar badge. Everything hangs off one AbortSignal, so stopping
 * (ClaimLens switched off, site paused) undoes it all.
 */
import type { SeedDocument } from '../../src/claims/types';
import type { ClaimIndex } from '../../src/match/claim-index';
import { createMatcher, statesClaim, type Matcher } from '../../src/match/matcher';
import { listingFloor } from '../../src/match/score';
import { scanSteps, topicalSteps, type Finding } from '../../src/match/scan-text';
import type { ArticleMap } from '../../src/page/article';
import { outermost } from '../../src/page/blocks';
import { extractSteps, extractText, type PageText } from '../../src/page/extract';
import { readPageDate } from '../../src/page/page-date';
import { rangeFromOffsets } from '../../src/page/ranges';
import browser from '../shared/browser';
import type { ClaimDetails, ContentRequest, FindingSummary, PageState, ResponseTo } from '../shared/messages';
import { SENSITIVITY_FLOOR, type Settings } from '../shared/settings';
import { CardHost } from './card-host';
import { articles, type Articles } from './extension-module';
import { Highlighter } from './highlighter';
import { trackHover } from './hover';
import { endSlice, newSlice, runInSlices, yieldToPage } from './schedule';
import { adoptHighlightStyles, openShadowRoots } from './shadow';
import { PageWatcher } from './watcher';

export async function send<T extends ContentRequest>(message: T): Promise<ResponseTo<T>> {
  return (await browser.runtime.sendMessage(message)) as ResponseTo<T>;
}

/** The card starts a little left of the pointer, so it reads as attached to what is under it. */
const POINTER_OFFSET_PX = 24;
/** A batch of changed blocks this large is read as a whole new page instead (cheaper than many roots). */
const MAX_CHANGED_ROOTS = 200;

interface Located extends Finding {
  range: Range;
  /** The tree the finding was read from: the body, a changed block, or a shadow root. */
  root: Node;
  /** Listed, not highlighted: a weaker match or a sentence disputing a claim (see statesClaim). */
  related: boolean;
}

/** The article finder, once loaded (see scanRoot). */
let articleFinder: Articles | undefined;

/** A title naming facial recognition: only a hint, for fetching the article finder early. */
const TOPIC_IN_TITLE = /\bfac(?:e|ial)[\s-]+recogni[sz]/i;

/**
 * On a page whose title names facial recognition, which will likely have something to highlight, the
 * article finder is fetched while the claim index loads, rather than when the scan needs it.
 */
export function prefetchArticleFinder(doc: Document): void {
  if (TOPIC_IN_TITLE.test(doc.title))
    articles().then(
      (module) => (articleFinder ??= module),
      () => undefined,
    );
}
/** Identifies a finding across rescans: the same claim in the same words is the same finding. */
const keyOf = (f: { claimId: string; text: string }) => `${f.claimId}\u0000${f.text}`;

export class PageSession {
  private readonly controller = new AbortController();
  private readonly highlighter = new Highlighter();
  private readonly card: CardHost;
  private readonly matcher: Matcher;
  /** Highlights start at this score (the sensitivity); weaker matches down to the matcher's floor are listed. */
  private highlightFloor: number;
  /** Highlighted findings not dismissed, in document order. */
  private findings: Located[] = [];
  /** Sentences listed but not highlighted, in document order: possibly related, or disputing a claim. */
  private related: Located[] = [];
  /** The card shows a sentence of `related` rather than of `findings`. */
  private activeRelated = false;
  private readonly dismissed = new Set<string>();
  private pageDate: string | null = null;
  private topical = false;
  private active = -1;
  private listening = false;
  private readonly details = new Map<string, Promise<ClaimDetails | Error>>();
  private readonly documents = new Map<string, Promise<SeedDocument | null>>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  /**
   * Where the article is, per tree read whole (the document, each open shadow root): worked out the first
   * time a scan needs it, and used again for the blocks of that tree that change later.
   */
  private readonly articles = new Map<Node, ArticleMap>();
  private resetHover: () => void = () => undefined;
  private watcher: PageWatcher | null = null;

  /** `index`: the claim index (index-loader.ts). */
  constructor(
    private readonly doc: Document,
    private readonly settings: Settings,
    index: ClaimIndex,
  ) {
    this.card = new CardHost(doc);
    this.highlighter.setStyle(settings.highlightStyle);
    this.highlightFloor = SENSITIVITY_FLOOR[settings.sensitivity];
    // Down to what is listed as possibly related; highlights start at the sensitivity's floor.
    this.matcher = createMatcher(index, { floor: listingFloor(this.highlightFloor) });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Scans the page, shows what it finds, then follows its changes. Called once the DOM is complete; the
   * scan runs in slices that yield to the page (runInSlices), so it never holds up input or rendering.
   */
  async start(): Promise<void> {
    const signal = this.signal;
    this.watcher = new PageWatcher(
      this.doc,
      {
        changed: (blocks) => this.rescanBlocks(blocks),
        navigated: () => this.rescanAll(),
        ignore: (node) => this.card.isOwn(node),
      },
      signal,
    );
    await this.rescanAll();
  }

  /** Reads the whole page again (first scan, and after a single-page-app navigation). */
  private async rescanAll(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    // The page's date rules out claims about another period (and gives the cards their date context).
    this.pageDate = readPageDate(this.doc)?.date ?? null;
    this.articles.clear();
    await yieldToPage();
    if (this.signal.aborted) return;
    const found: Located[] = [];
    // On the first scan there is nothing to replace: findings are shown as they are made.
    const progress =
      this.findings.length === 0
        ? (soFar: Located[]) => {
            if (this.signal.aborted) return;
            this.highlighter.set(soFar.filter((f) => !f.related && !this.dismissed.has(keyOf(f))).map((f) => f.range));
          }
        : undefined;
    const { located, topical } = await this.scanRoot(body, false, progress, this.doc);
    found.push(...located);
    this.topical = topical;
    this.watcher?.observe(body);
    // Open shadow roots (web components) are separate trees: read and watch each.
    for (const root of openShadowRoots(body)) {
      if (!this.shadowRoots.has(root)) {
        this.shadowRoots.add(root);
        this.watcher?.observe(root);
        adoptHighlightStyles(root);
      }
      found.push(...(await this.scanRoot(root, this.topical, undefined, root)).located);
    }
    this.replace(() => true, found);
  }

  /** Reads the changed blocks again: their old findings go, what they say now comes in. */
  private async rescanBlocks(blocks: Set<Node>): Promise<void> {
    const roots = outermost(blocks);
    if (roots.length > MAX_CHANGED_ROOTS) return this.rescanAll();
    const found: Located[] = [];
    for (const root of roots) found.push(...(await this.scanRoot(root, this.topical)).located);
    // Findings inside a re-read block are replaced; findings whose text left the page are dropped.
    this.replace(
      (f) => !f.range.startContainer.isConnected || roots.some((r) => r.contains(f.range.startContainer)),
      found,
    );
  }

  /**
   * Reads and scans one tree: about the subject if `pageTopical` (the page is), else if its own text is.
   * With `progress`, findings made so far are passed to it at the end of each slice, so a long page
   * shows its first highlights before the whole of it has been read. `tree`: the tree `root` is read
   * whole as (the document, a shadow root), whose article is worked out from this reading; otherwise
   * `root` is a changed block, read with the article of the tree it is in.
   */
  private async scanRoot(
    root: Node,
    pageTopical: boolean,
    progress?: (soFar: Located[]) => void,
    tree?: Node,
  ): Promise<{ located: Located[]; topical: boolean }> {
    const signal = this.signal;
    // A long page's text is read in slices too, and so is the check of what it is about.
    const slice = newSlice();
    const page = await runInSlices(extractSteps(root, { signal }), signal, undefined, slice);
    const topical = pageTopical || (await runInSlices(topicalSteps(this.matcher, page.text), signal, undefined, slice));
    // Which part of the page is its article is worked out by a module loaded the first time a page may
    // have something to highlight: at once on a page about the subject; elsewhere only once a first
    // reading has found something, which is then read again with it.
    const read = { page, root, tree, topical };
    let finder = articleFinder ?? (topical ? await this.loadArticleFinder() : undefined);
    let found = await this.scanPage(read, slice, finder, finder && progress);
    if (!finder && found.length > 0) {
      finder = await this.loadArticleFinder();
      found = await this.scanPage(read, newSlice(), finder);
    }
    return { located: found, topical };
  }

  private async loadArticleFinder(): Promise<Articles> {
    articleFinder ??= await articles();
    return articleFinder;
  }

  /**
   * The article of a tree (the document or a shadow root), from its reading `page` when read whole, or
   * else (a changed block of a tree not yet mapped) from reading the whole tree now.
   */
  private articleOf(key: Node, finder: Articles, page: PageText | undefined): ArticleMap {
    let article = this.articles.get(key);
    if (!article) {
      const whole = page ?? extractText(key === this.doc ? (this.doc.body ?? this.doc.documentElement) : key);
      article = new finder.ArticleMap(whole);
      this.articles.set(key, article);
    }
    return article;
  }

  /**
   * Scans one reading: `page`, the text of `root`, read whole as `tree` (else a changed block). With
   * `finder`, what lies outside the page's article is told apart.
   */
  private async scanPage(
    { page, root, tree, topical }: { page: PageText; root: Node; tree: Node | undefined; topical: boolean },
    slice: ReturnType<typeof newSlice>,
    finder: Articles | undefined,
    progress?: (soFar: Located[]) => void,
  ): Promise<Located[]> {
    const signal = this.signal;
    const partial: Located[] = [];
    let shown = 0;
    const onFinding = (f: Finding) => {
      const range = rangeFromOffsets(page, f.start, f.end);
      if (!range) return;
      partial.push(this.locate(f, range, root));
      // The page's first finding is shown at once, not when the slice would have ended.
      if (shown === 0 && partial.length === 1) endSlice(slice);
    };
    const outside =
      finder && (() => this.articleOf(tree ?? root.getRootNode(), finder, tree && page).outsideRanges(page));
    const steps = scanSteps(this.matcher, page.text, {
      signal,
      topical,
      pageDate: this.pageDate,
      ...(outside ? { outside } : {}),
      ...(progress ? { onFinding } : {}),
    });
    const found = await runInSlices(
      steps,
      signal,
      progress &&
        (() => {
          if (partial.length === shown) return false;
          shown = partial.length;
          progress(partial);
          return true;
        }),
      slice,
    );
    const located: Located[] = [];
    for (const f of found) {
      const range = rangeFromOffsets(page, f.start, f.end);
      if (range) located.push(this.locate(f, range, root));
    }
    return located;
  }

  /** The list the card's finding is in: the highlighted findings, or the sentences only listed. */
  private activeList(): Located[] {
    return this.activeRelated ? this.related : this.findings;
  }

  private locate(f: Finding, range: Range, root: Node): Located {
    return { ...f, range, root, related: !statesClaim(f, this.highlightFloor) };
  }

  /** Removes the findings `stale` selects, adds `found`, and updates highlights, badge and sidebar. */
  private replace(stale: (f: Located) => boolean, found: Located[]): void {
    if (this.signal.aborted) return;
    const activeFinding = this.activeList()[this.active];
    const activeKey = activeFinding ? keyOf(activeFinding) : null;
    const all = [...this.findings, ...this.related].filter((f) => !stale(f));
    all.push(...found.filter((f) => !this.dismissed.has(keyOf(f))));
    all.sort((a, b) => compareRanges(a.range, b.range));
    this.findings = all.filter((f) => !f.related);
    this.related = all.filter((f) => f.related);
    this.active = activeKey === null ? -1 : this.activeList().findIndex((f) => keyOf(f) === activeKey);
    if (this.active < 0 && this.card.open) this.close();
    this.highlighter.set(this.findings.map((f) => f.range));
    if (this.findings.length > 0 && !this.listening) this.listen();
    void this.report();
  }

  /** Tells the background (badge) and any open sidebar that the findings changed. */
  private async report(): Promise<void> {
    await send({ type: 'findings/report', count: this.findings.length, pageDate: this.pageDate, paused: false }).catch(
      () => undefined,
    );
  }

  private listen(): void {
    this.listening = true;
    const signal = this.signal;
    this.resetHover = trackHover(
      this.doc,
      {
        ranges: () => this.findings.map((f) => f.range),
        isInCard: (e) => this.card.contains(e),
        enter: (index, x, y) => void this.open(index, { focus: false, point: { x, y } }),
        leave: () => this.close(),
      },
      signal,
    );
    this.doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.card.open) this.close();
      },
      { capture: true, signal },
    );
  }

  /** Moves to the next or previous finding, scrolls it into view and opens its card with focus. */
  async step(direction: 1 | -1): Promise<boolean> {
    const n = this.findings.length;
    if (n === 0) return false;
    const from = this.activeRelated ? -1 : this.active;
    const next = from < 0 ? (direction === 1 ? 0 : n - 1) : (from + direction + n) % n;
    return this.openFromList(next);
  }

  /**
   * Scrolls a finding into view and opens its card with focus (keyboard commands, the sidebar); with
   * `related`, one of the sentences only listed, which is marked while its card is open.
   */
  async openFromList(index: number, related = false): Promise<boolean> {
    const finding = (related ? this.related : this.findings)[index];
    if (!finding) return false;
    const element = finding.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    await this.open(index, { focus: true, related });
    return true;
  }

  /** Hides a finding for as long as this page is open (a later rescan does not bring it back). */
  async dismiss(index: number): Promise<boolean> {
    const finding = this.findings[index];
    if (!finding) return false;
    this.dismissed.add(keyOf(finding));
    if (!this.activeRelated && this.active === index) this.close();
    this.replace((f) => f === finding, []);
    return true;
  }

  private async open(
    index: number,
    how: { focus: boolean; point?: { x: number; y: number }; related?: boolean },
  ): Promise<void> {
    const related = how.related === true;
    const finding = (related ? this.related : this.findings)[index];
    if (!finding || this.signal.aborted) return;
    this.active = index;
    this.activeRelated = related;
    this.highlighter.setActive(finding.range);
    const anchor = anchorRect(finding.range, how.point);
    const show = (details: ClaimDetails | null | Error) =>
      this.card.show(
        {
          finding: summary(finding, index),
          details,
          pageDate: this.pageDate,
          loadDocument: (id) => this.loadDocument(id),
          onClose: () => this.close(),
          focus: how.focus,
          position: { index: index + 1, total: this.activeList().length },
        },
        anchor,
      );
    const pending = this.loadDetails(finding.claimId);
    await show(null);
    const details = await pending;
    if (this.activeList()[this.active] === finding && this.card.open) await show(details);
  }

  private loadDetails(claimId: string): Promise<ClaimDetails | Error> {
    let p = this.details.get(claimId);
    if (!p) {
      p = send({ type: 'claims/details', ids: [claimId] }).then(
        ([d]) => d ?? new Error(`unknown claim ${claimId}`),
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      );
      this.details.set(claimId, p);
    }
    return p;
  }

  private loadDocument(id: string): Promise<SeedDocument | null> {
    let p = this.documents.get(id);
    if (!p) {
      p = send({ type: 'document/get', id }).catch(() => null);
      this.documents.set(id, p);
    }
    return p;
  }

  close(): void {
    this.card.hide();
    this.highlighter.setActive(null);
    this.active = -1;
    this.activeRelated = false;
    this.resetHover();
  }

  /** Undoes everything: highlights, card, listeners, observers, pending work. */
  /**
   * Takes new settings in place: a new highlight style repaints the highlights, a new sensitivity sorts
   * the sentences already found into highlighted and listed again. Nothing is read again, an open card
   * stays open and dismissed findings stay dismissed. False if the settings need a session of their own
   * (a sensitivity whose weakest listed match is below what this session looked for).
   */
  update(settings: Settings): boolean {
    const floor = SENSITIVITY_FLOOR[settings.sensitivity];
    if (listingFloor(floor) !== this.matcher.floor) return false;
    this.highlighter.setStyle(settings.highlightStyle);
    if (floor !== this.highlightFloor) {
      this.highlightFloor = floor;
      const all = [...this.findings, ...this.related];
      this.replace(
        () => true,
        all.map((f) => ({ ...f, related: !statesClaim(f, floor) })),
      );
    }
    return true;
  }

  stop(): void {
    this.controller.abort(new DOMException('ClaimLens stopped', 'AbortError'));
    this.card.hide();
    this.highlighter.destroy();
    this.findings = [];
    this.related = [];
  }

  state(): PageState {
    return {
      host: this.doc.location?.hostname ?? '',
      pageDate: this.pageDate,
      paused: false,
      findings: this.findings.map((f, i) => summary(f, i)),
      related: this.related.map((f, i) => summary(f, i)),
      dismissed: this.dismissed.size,
    };
  }
}

function summary(f: Located, index: number): FindingSummary {
  const out: FindingSummary = { index, claimId: f.claimId, score: f.score, kind: f.kind, text: f.text };
  if (f.attributedTo !== undefined) out.attributedTo = f.attributedTo;
  if (f.related) out.related = true;
  return out;
}

/** Document order of two ranges, across shadow trees (whose nodes compare by their host's position). */
function compareRanges(a: Range, b: Range): number {
  const pa = positionNode(a.startContainer);
  const pb = positionNode(b.startContainer);
  if (pa === pb) return a.startOffset - b.startOffset;
  const relation = pa.compareDocumentPosition(pb);
  if (relation & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (relation & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** A node, or the host of the shadow tree it is in, so nodes of different trees can be ordered. */
function positionNode(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) n = root.host;
  return n === node ? node : n;
}

/** Where to put the card: just clear of the whole sentence, starting near the pointer when there is one. */
function anchorRect(range: Range, point?: { x: number; y: number }): DOMRect {
  const box = range.getBoundingClientRect();
  const left = point ? Math.max(box.left, point.x - POINTER_OFFSET_PX) : box.left;
  return new DOMRect(left, box.top, box.right - left, box.height);
}
