/**
 * ClaimLens on one page, wired from its parts: the Scanner reads the page when it is idle, the
 * FindingsList keeps what it found, the Highlighter paints it, the CardController opens cards, the
 * PageWatcher follows text that changes after load. Each change of the findings is published (the
 * background keeps it for the badge, the sidebar and the popup). Everything hangs off one AbortSignal,
 * so stopping (ClaimLens switched off, site paused) undoes it all.
 */
import { combineMatchers, type DeferredMatcher } from '../../src/match/combine';
import { createMatcher } from '../../src/match/matcher';
import { listingFloor } from '../../src/match/score';
import { outermost } from '../../src/page/blocks';
import type { PageState } from '../shared/messages';
import { SENSITIVITY_FLOOR, type Settings } from '../shared/settings';
import type { SiteVerdicts } from '../shared/verdicts';
import { CardController } from './card-controller';
import { FindingsList, type Located, type Placed } from './findings';
import { Highlighter } from './highlighter';
import type { PageIndexes } from './index-loader';
import { Scanner } from './scanner';
import { yieldToPage } from './schedule';
import { PageWatcher } from './watcher';

/** A batch of changed blocks this large is read as a whole new page instead (cheaper than many roots). */
const MAX_CHANGED_ROOTS = 200;

export class PageSession {
  private readonly controller = new AbortController();
  private readonly highlighter = new Highlighter();
  private readonly list: FindingsList;
  private readonly scanner: Scanner;
  readonly card: CardController;
  private readonly listingFloor: number;
  private watcher: PageWatcher | null = null;

  /**
   * `indexes`: the claim indexes, the bundled claims' first (index-loader.ts); `publish`: called with the
   * page state on every change.
   */
  constructor(
    private readonly doc: Document,
    settings: Settings,
    indexes: Readonly<PageIndexes>,
    private readonly publish: (state: PageState) => void,
  ) {
    const floor = SENSITIVITY_FLOOR[settings.sensitivity];
    this.list = new FindingsList(floor);
    this.highlighter.setStyle(settings.highlightStyle);
    // Down to what is listed as possibly related; highlights start at the sensitivity's floor.
    this.listingFloor = listingFloor(floor);
    const [bundled, ...packs] = indexes;
    const options = { floor: this.listingFloor };
    const deferred = packs.map((pack): DeferredMatcher => ({
      gate: pack.gate,
      *load() {
        const index = yield* pack.steps();
        return index && createMatcher(index, options);
      },
    }));
    this.scanner = new Scanner(doc, combineMatchers(createMatcher(bundled, options), ...deferred), this.signal);
    this.card = new CardController(doc, this.list, this.highlighter, this);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get pageDate(): string | null {
    return this.scanner.pageDate;
  }

  /** Scans the page, shows what it finds, then follows its changes. */
  async start(): Promise<void> {
    this.watcher = new PageWatcher(
      this.doc,
      {
        changed: (blocks) => this.rescanBlocks(blocks),
        navigated: () => this.rescanAll(),
        ignore: (node) => this.card.isOwn(node),
      },
      this.signal,
    );
    await this.rescanAll();
  }

  /** Reads the whole page again (first scan, and after a single-page app's navigation). */
  private async rescanAll(): Promise<void> {
    const body = this.doc.body;
    if (!body || !this.watcher) return;
    this.scanner.newPage();
    await yieldToPage();
    if (this.signal.aborted) return;
    // On the first scan there is nothing to replace: findings are painted as they are made.
    const progress = (soFar: Placed[]) => this.highlighter.set(this.list.preview(soFar));
    const first = this.list.findings.length === 0;
    const found = await this.scanner.scan({ root: body, tree: this.doc, ...(first ? { progress } : {}) });
    for (const root of this.watcher.observe(body)) found.push(...(await this.scanner.scan({ root, tree: root })));
    this.replace(() => true, found);
  }

  /** Reads the changed blocks again: their old findings go, what they say now comes in. */
  private async rescanBlocks(blocks: Set<Node>): Promise<void> {
    const roots = outermost(blocks);
    if (roots.length > MAX_CHANGED_ROOTS) return this.rescanAll();
    const found: Placed[] = [];
    for (const root of roots) found.push(...(await this.scanner.scan({ root })));
    // Findings inside a re-read block are replaced; findings whose text left the page are dropped.
    this.replace(
      (f) => !f.range.startContainer.isConnected || roots.some((r) => r.contains(f.range.startContainer)),
      found,
    );
  }

  /** Removes the findings `stale` selects, adds `found`, and repaints, updates the card and publishes. */
  private replace(stale: (f: Located) => boolean, found: Placed[]): void {
    if (this.signal.aborted) return;
    this.list.replace(stale, found);
    this.changed();
  }

  private changed(): void {
    this.highlighter.set(this.list.findings.map((f) => f.range));
    this.card.update();
    const { hostname: host = '', href: url = '' } = this.doc.location ?? {};
    const page = { host, url, pageDate: this.pageDate, paused: false };
    this.publish({ ...page, ...this.list.summaries() });
  }

  /** Takes the reader's verdicts on this page's site: findings they said are not the claim go. */
  setVerdicts(verdicts: SiteVerdicts): void {
    if (this.signal.aborted) return;
    this.list.setVerdicts(verdicts);
    if (this.watcher) this.changed();
  }

  /** Hides a finding for as long as this page is open (a later rescan does not bring it back). */
  dismiss(index: number): boolean {
    if (!this.list.dismiss(index)) return false;
    this.changed();
    return true;
  }

  /**
   * Takes new settings in place: a new highlight style repaints the highlights, a new sensitivity sorts
   * the sentences already found into highlighted and listed again. Nothing is read again, an open card
   * stays open and dismissed findings stay dismissed. False if the settings need a session of their own
   * (a sensitivity whose weakest listed match is below what this session looked for).
   */
  update(settings: Settings): boolean {
    const floor = SENSITIVITY_FLOOR[settings.sensitivity];
    if (listingFloor(floor) !== this.listingFloor) return false;
    this.highlighter.setStyle(settings.highlightStyle);
    const before = this.list.findings;
    this.list.setFloor(floor);
    if (this.list.findings !== before) this.changed();
    return true;
  }

  /** Undoes everything: highlights, card, listeners, observers, pending work. */
  stop(): void {
    this.controller.abort(new DOMException('ClaimLens stopped', 'AbortError'));
    this.card.close();
    this.highlighter.destroy();
    this.list.clear();
  }
}
