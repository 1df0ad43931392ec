/**
 * Watches a page for text that appears, changes or disappears after load. The observer callback only
 * queues the blocks that changed (one Set insert per record); the work happens later, at most once per
 * SETTLE_MS, in idle time. So a page that changes constantly (a ticker, a live blog) costs one small
 * batch every SETTLE_MS, never a rescan per mutation.
 */
import { blockOf } from '../../src/page/blocks';
import { whenIdle } from './schedule';
import { adoptHighlightStyles, openShadowRoots } from './shadow';

/** Wait this long after a change before reading (more changes usually follow). */
const SETTLE_MS = 400;
/** Never wait longer than this to read a page that keeps changing. */
const MAX_WAIT_MS = 2000;

export interface WatchHandlers {
  /** Blocks whose text may have changed (possibly no longer in the page). */
  changed(blocks: Set<Node>): Promise<void>;
  /** The address changed without a page load (single-page app navigation). */
  navigated(): Promise<void>;
  /** Nodes that belong to ClaimLens and whose changes are not the page's. */
  ignore(node: Node): boolean;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class PageWatcher {
  private readonly pending = new Set<Node>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private running = false;
  private href: string;
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly handlers: WatchHandlers,
    private readonly signal: AbortSignal,
  ) {
    this.href = doc.location?.href ?? '';
    this.observer = new MutationObserver((records) => this.record(records));
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
    });
    const view = doc.defaultView;
    view?.addEventListener('popstate', () => this.schedule(), { signal });
    view?.addEventListener('hashchange', () => this.schedule(), { signal });
  }

  /**
   * Starts watching the body and every open shadow root under it (web components: separate trees, each
   * given the highlight styles the first time it is seen). Returns the shadow roots, to be read too.
   */
  observe(body: HTMLElement): ShadowRoot[] {
    this.observer.observe(body, OBSERVED);
    const roots = openShadowRoots(body);
    for (const root of roots) {
      if (this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      this.observer.observe(root, OBSERVED);
      adoptHighlightStyles(root);
    }
    return roots;
  }

  private record(records: MutationRecord[]): void {
    const body = this.doc.body;
    if (!body) return;
    for (const r of records) {
      if (this.handlers.ignore(r.target)) continue;
      // An element whose children changed: the block around it (its removed text went with it).
      const block = blockOf(r.target, body);
      if (block) this.pending.add(block);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.signal.aborted) return;
    const now = performance.now();
    if (!this.timer) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SETTLE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.running) {
      // A batch is still being read; look again once it is done.
      this.schedule();
      return;
    }
    this.running = true;
    try {
      await whenIdle(this.signal);
      const href = this.doc.location?.href ?? '';
      if (href !== this.href) {
        this.href = href;
        this.pending.clear();
        await this.handlers.navigated();
      } else if (this.pending.size > 0) {
        const batch = new Set(this.pending);
        this.pending.clear();
        await this.handlers.changed(batch);
      }
    } catch (err) {
      if ((err as { name?: string } | null)?.name !== 'AbortError') console.warn('ClaimLens:', err);
    } finally {
      this.running = false;
    }
  }
}
