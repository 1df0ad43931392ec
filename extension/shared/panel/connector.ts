/**
 * The panel's one way into the extension (the sidebar's, and the popup's list where there is no sidebar):
 * the only panel module that touches `browser.*`. It returns plain functions (types.ts), so the
 * components render and test without a browser.
 *
 * The extension has no "tabs" permission: tab ids and windows are known, URLs and titles are not, so
 * nothing here relies on them. The page's host comes from its content script.
 */
import type { Tabs } from 'webextension-polyfill';
import type { ClaimDatabase } from '../../../src/claims/types';
import { PACKS_KEY, withEnabledPacks } from '../packs';
import browser from '../browser';
import { saveFile } from '../download';
import type { TabPage } from '../messages';
import { send } from '../send';
import { outcomeOf } from '../verdicts';
import { watchVerdicts } from '../verdicts-store';
import { loadSettings, pauseReason, saveSettings, setSitePaused } from '../settings';
import { askFrame, tabIdFromSearch, watchTabPage } from '../tab-pages';
import type { Connector, PageView } from './types';

/** Opening a finding or dismissing one gets this long to answer (a content script answers at once). */
const ANSWER_TIMEOUT_MS = 4000;

/** The view of a pushed page: a paused page says why (switched off, or paused on its site). */
async function viewOf(page: TabPage): Promise<PageView> {
  if (page.status !== 'ready') return page;
  const top = page.frames.find((f) => f.frameId === 0);
  if (!top?.state.paused) return { ...page, paused: null };
  const { settings } = await loadSettings();
  const reason = pauseReason(settings, top.state.host);
  // Paused by settings that have since changed: the page is starting again and will say so.
  return reason === null ? { status: 'loading' } : { ...page, paused: reason };
}

function watchPage(tabId: number, listener: (view: PageView) => void): () => void {
  // Views are worked out in the order pages arrive; one that finishes after a newer one is dropped.
  let latest = 0;
  const stop = watchTabPage(tabId, (page) => {
    const mine = ++latest;
    void viewOf(page).then((view) => mine === latest && listener(view));
  });
  return () => {
    latest = -1;
    stop();
  };
}

/** Follows the active tab of the sidebar's window, or keeps to one tab when the URL names it. */
function watchTab(fixedTabId: number | null, listener: (tabId: number | null) => void): () => void {
  if (fixedTabId !== null) {
    queueMicrotask(() => listener(fixedTabId));
    return () => undefined;
  }
  let windowId: number | undefined;
  let stopped = false;
  const show = (tabId: number | null) => !stopped && listener(tabId);
  const onActivated = (info: Tabs.OnActivatedActiveInfoType) => {
    // Tabs activated in other windows are not this sidebar's business.
    if (windowId === undefined || info.windowId === windowId) show(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.query({ active: true, currentWindow: true }).then(
    ([tab]) => {
      windowId = tab?.windowId;
      show(tab?.id ?? null);
    },
    () => show(null),
  );
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
  };
}

async function ok(answer: Promise<{ ok: boolean } | undefined>): Promise<boolean> {
  return (await answer)?.ok === true;
}

export function createConnector(search: string = location.search): Connector {
  const fixedTabId = tabIdFromSearch(search);
  return {
    watchTab: (listener) => watchTab(fixedTabId, listener),
    watchPage,
    openFinding: (tabId, frameId, index, related) =>
      ok(askFrame(tabId, frameId, { type: 'finding/open', index, ...(related ? { related } : {}) }, ANSWER_TIMEOUT_MS)),
    dismissFinding: (tabId, frameId, index) =>
      ok(askFrame(tabId, frameId, { type: 'finding/dismiss', index }, ANSWER_TIMEOUT_MS)),
    giveVerdict: (verdict) => send({ type: 'verdict/set', ...verdict }).then(outcomeOf, () => 'failed' as const),
    watchVerdicts,
    setSitePaused: async (host, paused) => void (await setSitePaused(host, paused)),
    switchOn: async () => void (await saveSettings({ enabled: true })),
    version: () => browser.runtime.getManifest().version,
    save: (fileName, text) => saveFile(fileName, text, 'application/ld+json'),
  };
}

/**
 * Calls `show` with the bundled claims and the claim packs switched on (each pack claim marked with its
 * pack), now and whenever the installed packs change.
 */
export function watchClaimPacks(bundled: ClaimDatabase, show: (db: ClaimDatabase) => void): void {
  const load = () =>
    withEnabledPacks(bundled).then(show, (err: unknown) => console.warn('ClaimLens: claim packs', err));
  void load();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PACKS_KEY in changes) void load();
  });
}
