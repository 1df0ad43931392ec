/**
 * The page state of every tab, frame by frame, as the content scripts push it: the one place that knows
 * what each tab's pages found. The toolbar badge and the sidebar and popup (over their ports) are told
 * of every change. In memory only, and forgotten when a tab navigates or closes: nothing about browsing
 * is stored.
 */
import type { FramePage, PageState, TabPage } from '../shared/messages';

export type TabListener = (page: TabPage) => void;

export class PageStates {
  private readonly tabs = new Map<number, Map<number, PageState>>();
  /** Tabs where no content script answered: nothing will come until the tab loads another page. */
  private readonly unavailable = new Set<number>();
  private readonly listeners = new Map<number, Set<TabListener>>();

  /** Records what a frame reports and tells the tab's listeners. */
  record(tabId: number, frameId: number, state: PageState): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, state);
    this.unavailable.delete(tabId);
    this.changed(tabId);
  }

  /** The tab is loading another page (or closed): what its frames said no longer holds. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
    this.unavailable.delete(tabId);
    this.changed(tabId);
  }

  /** No content script answered in the tab (see known). */
  markUnavailable(tabId: number): void {
    if (this.tabs.has(tabId)) return;
    this.unavailable.add(tabId);
    this.changed(tabId);
  }

  /** Whether any frame of the tab has reported, or the tab is known to have no content script. */
  known(tabId: number): boolean {
    return this.tabs.has(tabId) || this.unavailable.has(tabId);
  }

  /** The tab's page: the top frame and the frames that found something, in frame order. */
  page(tabId: number): TabPage {
    if (this.unavailable.has(tabId)) return { status: 'unavailable' };
    const frames = this.tabs.get(tabId);
    // Until the top frame speaks there is no host to show, nor whether ClaimLens is paused there.
    if (!frames?.has(0)) return { status: 'loading' };
    const shown: FramePage[] = [...frames]
      .filter(([frameId, s]) => frameId === 0 || s.findings.length > 0 || s.related.length > 0)
      .sort(([a], [b]) => a - b)
      .map(([frameId, state]) => ({ frameId, state }));
    return { status: 'ready', frames: shown };
  }

  /** The badge's figures: findings of all frames, and whether the top frame is paused. */
  summary(tabId: number): { count: number; paused: boolean } {
    const frames = [...(this.tabs.get(tabId)?.values() ?? [])];
    return {
      count: frames.reduce((n, s) => n + s.findings.length, 0),
      paused: this.tabs.get(tabId)?.get(0)?.paused ?? false,
    };
  }

  /** Calls `listener` on every change of the tab's page (not with the current one); returns a stop function. */
  watch(tabId: number, listener: TabListener): () => void {
    let set = this.listeners.get(tabId);
    if (!set) this.listeners.set(tabId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(tabId);
    };
  }

  private changed(tabId: number): void {
    const set = this.listeners.get(tabId);
    if (!set) return;
    const page = this.page(tabId);
    for (const listener of set) listener(page);
  }
}
