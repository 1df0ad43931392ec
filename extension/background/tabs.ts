/**
 * The background's view of the tabs: it keeps each tab's page state (PageStates) as the content scripts
 * push it, shows it on the toolbar button, and pushes it to the sidebar and the popup over their ports.
 * When it has nothing for a tab a UI asks about (the tab has just opened, or the background was
 * restarted and lost its memory), it asks the tab's content scripts to report again, once.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { UI_PORT, type PageState, type ToPage, type ToUi } from '../shared/messages';
import { parse, uiToBackground } from '../shared/schemas';
import { showTabState } from './action';
import { PageStates } from './page-states';

const pages = new PageStates();

export async function recordState(tabId: number, frameId: number, state: PageState): Promise<void> {
  pages.record(tabId, frameId, state);
  const { count, paused } = pages.summary(tabId);
  await showTabState(tabId, count, paused);
}

/**
 * Asks every frame of the tab to send its page state again. A tab without a content script refuses at
 * once: the UIs then say ClaimLens cannot run there.
 */
function askToReport(tabId: number): void {
  const request: ToPage = { type: 'page/report' };
  browser.tabs.sendMessage(tabId, request).catch(() => pages.markUnavailable(tabId));
}

/** A sidebar or popup: it names a tab (tab/watch) and is sent that tab's page, now and on every change. */
function serveUi(port: Runtime.Port): void {
  let stop = (): void => undefined;
  port.onMessage.addListener((message: unknown) => {
    const request = parse(uiToBackground, message);
    if (!request) return;
    const { tabId } = request;
    const push = (page: ToUi['page']) => {
      const message: ToUi = { type: 'tab/page', tabId, page };
      port.postMessage(message);
    };
    stop();
    stop = pages.watch(tabId, push);
    push(pages.page(tabId));
    if (!pages.known(tabId)) askToReport(tabId);
  });
  port.onDisconnect.addListener(() => stop());
}

/** `isOwnPage`: whether a port was opened by one of the extension's own pages (router.ts). */
export function watchTabs(isOwnPage: (sender: Runtime.MessageSender) => boolean): void {
  browser.tabs.onRemoved.addListener((tabId) => pages.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') pages.forget(tabId);
    // A page whose content script did not answer while it loaded may have one now.
    else if (change.status === 'complete' && !pages.known(tabId)) askToReport(tabId);
  });
  browser.runtime.onConnect.addListener((port) => {
    // Only the extension's own pages (not a content script, whose page is a web page) watch tabs.
    if (port.name === UI_PORT && port.sender && isOwnPage(port.sender)) serveUi(port);
  });
}
