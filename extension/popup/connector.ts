/**
 * The popup's one way into the extension: the only popup module that touches `browser.*` (and
 * Chrome's `chrome.sidePanel`). Popup.tsx gets a PopupConnector, so it renders and tests without a
 * browser.
 *
 * The extension has no "tabs" permission: the active tab's id and window are known, its URL is not.
 * The page's host comes from its content script's answer.
 *
 * Where the browser has no sidebar (Firefox for Android), the popup lists the page's findings itself and
 * opens the claim library in a tab. `?tabId=N` keeps the popup to that tab, and `?nosidebar` shows it as
 * it is without a sidebar (opened as a page, in tests).
 */
import type { ComponentType } from 'preact';
import browser from '../shared/browser';
import type { PageState, TabPage } from '../shared/messages';
import {
  parseSettings,
  pauseReason,
  saveSettings,
  setSitePaused,
  SETTINGS_KEY,
  loadSettings,
  type Settings,
} from '../shared/settings';
import { tabIdFromSearch, watchTabPage } from '../shared/tab-pages';

/** What the popup shows: the settings that concern it and the active tab's page. */
export interface PopupData {
  /** ClaimLens scans pages at all. */
  enabled: boolean;
  /** Sites where ClaimLens is paused, as siteOf() writes them. */
  pausedSites: string[];
  /**
   * The active tab's page, all its frames together (host, date and paused from the top frame, findings
   * and dismissed counts of every frame), or null when there is no content script: a browser page, the
   * store, a local file, or a page opened before ClaimLens was installed or updated.
   */
  page: PageState | null;
  /** The page is loading, or its content script has not reported yet. */
  pageLoading: boolean;
  tabId: number | null;
  windowId: number | null;
}

/** The page's findings, as the sidebar lists them (popup/findings-list.tsx). */
export type FindingsList = ComponentType<{ tabId: number; onShown(): void }>;

export interface PopupConnector {
  /** The browser has a sidebar (Chrome's side panel, Firefox's sidebar); Firefox for Android has none. */
  readonly hasSidebar: boolean;
  /**
   * Calls `listener` with the settings and the active tab's page once both are known, and again on every
   * change of either (pushed: nothing polls); `failed` when the browser cannot say which tab is active.
   * Returns a function that stops.
   */
  watch(listener: (data: PopupData) => void, failed: () => void): () => void;
  setEnabled(on: boolean): Promise<void>;
  setSitePaused(host: string, paused: boolean): Promise<void>;
  /**
   * Opens the sidebar (Chrome's side panel) and closes the popup. Call it directly in a click handler:
   * the browser allows it only in a user gesture. Rejects when the sidebar could not be opened.
   */
  openSidebar(): Promise<void>;
  /** Opens the options page and closes the popup. */
  openOptions(): Promise<void>;
  /**
   * Where there is no sidebar: the page's findings list, loaded when asked (it brings the claims with it,
   * which a popup with a sidebar beside it never needs).
   */
  loadFindingsList(): Promise<FindingsList>;
  /** Opens the claim library in a tab of its own (the sidebar's page) and closes the popup. */
  openLibrary(): Promise<void>;
  /** Closes the popup: a finding was shown on the page. */
  close(): void;
}

/** Sums the frames' pages into one: the top frame (first) gives host, date and paused. */
export function mergeFrames(states: PageState[]): PageState | null {
  const [top] = states;
  if (!top) return null;
  return {
    host: top.host,
    url: top.url,
    pageDate: top.pageDate,
    paused: top.paused,
    findings: states.flatMap((s) => s.findings),
    related: states.flatMap((s) => s.related),
    dismissed: states.reduce((n, s) => n + s.dismissed, 0),
    rejected: states.reduce((n, s) => n + s.rejected, 0),
  };
}

/** Whether the settings pause ClaimLens on the page's site (the page may not have caught up yet). */
export function sitePaused(data: PopupData): boolean {
  return data.page !== null && pauseReason({ enabled: true, pausedSites: data.pausedSites }, data.page.host) !== null;
}

type SidePanel = { open(options: { windowId: number }): Promise<void> };

function chromeSidePanel(): SidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanel } }).chrome?.sidePanel;
}

function browserHasSidebar(): boolean {
  if (__BROWSER__ === 'chrome') return typeof chromeSidePanel()?.open === 'function';
  const sidebar = (browser as { sidebarAction?: { open?: unknown } }).sidebarAction;
  return typeof sidebar?.open === 'function';
}

type PageTab = { id: number | null; windowId: number | null };

/**
 * The tab whose page the popup shows: the one named in its address, or the active tab. Where the popup
 * is a tab of its own (as Firefox for Android has shown it), the active tab is the popup, and the page
 * is the tab used last before it.
 */
async function pageTab(fixedTabId: number | null): Promise<PageTab> {
  if (fixedTabId !== null) {
    const tab = await browser.tabs.get(fixedTabId).catch(() => null);
    return { id: fixedTabId, windowId: tab?.windowId ?? null };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (active && own && active.id === own.id) {
    const [before] = (await browser.tabs.query({ currentWindow: true }))
      .filter((t) => t.id !== own.id)
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return { id: before?.id ?? null, windowId: before?.windowId ?? null };
  }
  return { id: active?.id ?? null, windowId: active?.windowId ?? null };
}

export function createConnector(search: string = location.search): PopupConnector {
  let windowId: number | null = null;
  let tabId: number | null = null;
  const fixedTabId = tabIdFromSearch(search);
  const hasSidebar = browserHasSidebar() && !new URLSearchParams(search).has('nosidebar');

  return {
    hasSidebar,

    watch(listener, failed) {
      let settings: Pick<Settings, 'enabled' | 'pausedSites'> | null = null;
      let page: TabPage | null = null;
      let stopped = false;
      let stopPage = (): void => undefined;
      const emit = () => {
        if (stopped || settings === null || page === null) return;
        const ready = page.status === 'ready' ? page.frames.map((f) => f.state) : [];
        listener({
          enabled: settings.enabled,
          pausedSites: settings.pausedSites,
          page: mergeFrames(ready),
          pageLoading: page.status === 'loading',
          tabId,
          windowId,
        });
      };
      const takeSettings = ({ enabled, pausedSites }: Settings) => {
        settings = { enabled, pausedSites };
        emit();
      };
      const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && SETTINGS_KEY in changes)
          takeSettings(parseSettings(changes[SETTINGS_KEY]?.newValue).settings);
      };
      browser.storage.onChanged.addListener(onStorage);
      loadSettings().then(({ settings }) => takeSettings(settings), failed);
      pageTab(fixedTabId).then((tab) => {
        tabId = tab.id;
        windowId = tab.windowId;
        if (stopped) return;
        if (tabId === null) {
          page = { status: 'unavailable' };
          emit();
          return;
        }
        stopPage = watchTabPage(tabId, (p) => {
          page = p;
          emit();
        });
      }, failed);
      return () => {
        stopped = true;
        stopPage();
        browser.storage.onChanged.removeListener(onStorage);
      };
    },

    async setEnabled(on) {
      await saveSettings({ enabled: on });
    },

    async setSitePaused(host, paused) {
      await setSitePaused(host, paused);
    },

    openSidebar() {
      // No await before open(): the browser allows it only in the click's user gesture.
      let opened: Promise<void>;
      if (__BROWSER__ === 'chrome') {
        const sidePanel = chromeSidePanel();
        if (!sidePanel || windowId === null) return Promise.reject(new Error('ClaimLens: no side panel'));
        opened = sidePanel.open({ windowId });
      } else {
        opened = browser.sidebarAction.open();
      }
      return opened.then(() => window.close());
    },

    async openOptions() {
      await browser.runtime.openOptionsPage();
      window.close();
    },

    loadFindingsList: () => import('./findings-list').then((m) => m.FindingsList),

    async openLibrary() {
      const query = new URLSearchParams({ tab: 'library' });
      // Its "On this page" shows the page the popup was opened on.
      if (tabId !== null) query.set('tabId', String(tabId));
      await browser.tabs.create({ url: `${browser.runtime.getURL('extension/sidebar/index.html')}?${query}` });
      window.close();
    },

    close: () => window.close(),
  };
}
