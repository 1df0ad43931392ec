/**
 * The popup's one way into the extension: the only popup module that touches `browser.*` (and
 * Chrome's `chrome.sidePanel`). Popup.tsx gets a PopupConnector, so it renders and tests without a
 * browser.
 *
 * The extension has no "tabs" permission: the active tab's id and window are known, its URL is not.
 * The page's host comes from its content script's answer.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { PageState } from '../shared/messages';
import { loadSettings, saveSettings, setSitePaused } from '../shared/settings';
import { askTabFrames } from '../shared/tab-pages';

/**
 * A tab without a content script (a browser page, the store) refuses the message at once; this only
 * bounds a content script that is there but does not answer, so the popup never stays on "Checking…".
 */
const ANSWER_TIMEOUT_MS = 3000;

/** What the popup shows: the settings that concern it and the active tab's page. */
export interface PopupData {
  /** ClaimLens scans pages at all. */
  enabled: boolean;
  /** Sites where ClaimLens is paused, as siteOf() writes them. */
  pausedSites: string[];
  /**
   * The active tab's page, all its frames together (host, date and paused from the top frame, findings
   * and dismissed counts of every frame), or null when no content script answered: a browser page,
   * the store, a local file, or a page opened before ClaimLens was installed or updated.
   */
  page: PageState | null;
  tabId: number | null;
  windowId: number | null;
}

export interface PopupConnector {
  /** The settings and the active tab's page. Rejects only when the browser cannot say which tab is active. */
  load(): Promise<PopupData>;
  /** Calls back when the active tab's content script reports changed findings; returns a stop function. */
  watchReports(listener: () => void): () => void;
  setEnabled(on: boolean): Promise<void>;
  setSitePaused(host: string, paused: boolean): Promise<void>;
  /**
   * Opens the sidebar (Chrome's side panel) and closes the popup. Call it directly in a click handler:
   * the browser allows it only in a user gesture. Rejects when the sidebar could not be opened.
   */
  openSidebar(): Promise<void>;
  /** Opens the options page and closes the popup. */
  openOptions(): Promise<void>;
}

/** Sums the frames' answers into one page: the top frame (first) gives host, date and paused. */
export function mergeFrames(states: PageState[]): PageState | null {
  const [top] = states;
  if (!top) return null;
  return {
    host: top.host,
    pageDate: top.pageDate,
    paused: top.paused,
    findings: states.flatMap((s) => s.findings),
    related: states.flatMap((s) => s.related),
    dismissed: states.reduce((n, s) => n + s.dismissed, 0),
  };
}

/** The tab's page: its top frame, and the frames that reported findings (as the toolbar badge counts them). */
async function loadPage(tabId: number): Promise<PageState | null> {
  const frames = await askTabFrames(tabId, ANSWER_TIMEOUT_MS);
  // Without the top frame's answer there is no host, and nothing the popup can act on.
  const top = frames.find((f) => f.frameId === 0);
  if (!top) return null;
  return mergeFrames([top.state, ...frames.filter((f) => f !== top).map((f) => f.state)]);
}

type SidePanel = { open(options: { windowId: number }): Promise<void> };

function chromeSidePanel(): SidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanel } }).chrome?.sidePanel;
}

export function createConnector(): PopupConnector {
  let tabId: number | null = null;
  let windowId: number | null = null;

  return {
    async load() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = tab?.id ?? null;
      windowId = tab?.windowId ?? null;
      const [{ settings }, page] = await Promise.all([
        loadSettings(),
        tabId === null ? Promise.resolve(null) : loadPage(tabId),
      ]);
      return { enabled: settings.enabled, pausedSites: settings.pausedSites, page, tabId, windowId };
    },

    watchReports(listener) {
      // Content scripts send their reports to the background; every extension page hears them too.
      // Returning nothing leaves the answer to the background.
      const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
        const type = (message as { type?: unknown } | null)?.type;
        if (type === 'findings/report' && tabId !== null && sender.tab?.id === tabId) listener();
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
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
  };
}
