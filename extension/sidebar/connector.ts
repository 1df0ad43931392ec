/**
 * The sidebar's one way into the extension: the only sidebar module that touches `browser.*`. It
 * returns plain functions (types.ts), so the components render and test without a browser.
 *
 * The extension has no "tabs" permission: tab ids and windows are known, URLs and titles are not, so
 * nothing here relies on them. The page's host comes from its content script.
 */
import type { Runtime, Tabs } from 'webextension-polyfill';
import browser from '../shared/browser';
import { loadSettings, saveSettings, setSitePaused } from '../shared/settings';
import { askFrame, askTabFrames } from '../shared/tab-pages';
import type { Connector, PageView, TabEvent } from './types';

/**
 * A content script that has not answered by then is treated as absent, so the sidebar never stays on
 * "Loading…" (a scan in progress answers within a few milliseconds: it works in idle slices).
 */
const ANSWER_TIMEOUT_MS = 4000;

/** The tab named by `?tabId=N` (a popped-out sidebar, tests), or null to follow the active tab. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

async function loadPage(tabId: number): Promise<PageView> {
  const frames = await askTabFrames(tabId, ANSWER_TIMEOUT_MS);
  if (frames.length === 0) return { status: 'unavailable' };
  const top = frames.find((f) => f.frameId === 0);
  if (!top?.state.paused) return { status: 'ready', frames, paused: null };
  const { settings } = await loadSettings();
  return { status: 'ready', frames, paused: settings.enabled ? 'site' : 'off' };
}

/** Follows the active tab of the sidebar's window, or keeps to one tab when the URL names it. */
function watchTab(fixedTabId: number | null, listener: (event: TabEvent) => void): () => void {
  let current: number | null = fixedTabId;
  let windowId: number | undefined;
  let stopped = false;
  const show = (tabId: number | null) => {
    current = tabId;
    if (!stopped) listener({ type: 'tab', tabId });
  };
  const onUpdated = (tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
    if (tabId !== current || stopped) return;
    if (change.status === 'loading') listener({ type: 'loading' });
    else if (change.status === 'complete') listener({ type: 'complete' });
  };
  const onActivated = (info: Tabs.OnActivatedActiveInfoType) => {
    // Tabs activated in other windows are not this sidebar's business.
    if (windowId === undefined || info.windowId === windowId) show(info.tabId);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  if (fixedTabId !== null) {
    queueMicrotask(() => show(fixedTabId));
  } else {
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => {
        windowId = tab?.windowId;
        show(tab?.id ?? null);
      },
      () => show(null),
    );
  }
  return () => {
    stopped = true;
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
  };
}

function watchReports(listener: (tabId: number) => void): () => void {
  // Content scripts send their reports to the background; every extension page hears them too.
  // Returning nothing leaves the answer to the background.
  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'findings/report' && typeof sender.tab?.id === 'number') listener(sender.tab.id);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

async function ok(answer: Promise<{ ok: boolean } | undefined>): Promise<boolean> {
  return (await answer)?.ok === true;
}

export function createConnector(search: string = location.search): Connector {
  const fixedTabId = tabIdFromSearch(search);
  return {
    watchTab: (listener) => watchTab(fixedTabId, listener),
    watchReports,
    loadPage,
    openFinding: (tabId, frameId, index, related) =>
      ok(askFrame(tabId, frameId, { type: 'finding/open', index, ...(related ? { related } : {}) }, ANSWER_TIMEOUT_MS)),
    dismissFinding: (tabId, frameId, index) =>
      ok(askFrame(tabId, frameId, { type: 'finding/dismiss', index }, ANSWER_TIMEOUT_MS)),
    setSitePaused: async (host, paused) => void (await setSitePaused(host, paused)),
    switchOn: async () => void (await saveSettings({ enabled: true })),
  };
}
