/**
 * A tab's page, for the extension pages that show it (the sidebar and the popup): the background pushes
 * it over a port whenever it changes (watchTabPage), and the page's content script acts on a finding when
 * asked (askFrame). Nothing here polls, and nothing rejects.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from './browser';
import { UI_PORT, type ResponseTo, type TabPage, type ToPage, type UiToBackground } from './messages';
import { parse, toUi } from './schemas';

/**
 * How many times in a row a port that closed is opened again before the watch gives up (a background
 * that was stopped closes its ports, and the next connect starts it again).
 */
const RECONNECTS = 3;

/** The tab named by `?tabId=N` (a popped-out sidebar, the library opened in a tab, tests), or null to follow the active tab. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Calls `listener` with the tab's page as the background knows it, and again on every change; returns a
 * function that stops.
 */
export function watchTabPage(tabId: number, listener: (page: TabPage) => void): () => void {
  let port: Runtime.Port | null = null;
  let stopped = false;
  let reconnects = 0;
  const connect = () => {
    try {
      port = browser.runtime.connect({ name: UI_PORT });
    } catch (err) {
      console.warn('ClaimLens: cannot reach the background', err);
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      const pushed = parse(toUi, message);
      if (!pushed || pushed.tabId !== tabId || stopped) return;
      reconnects = 0;
      listener(pushed.page);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (!stopped && reconnects++ < RECONNECTS) connect();
    });
    const watch: UiToBackground = { type: 'tab/watch', tabId };
    port.postMessage(watch);
  };
  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}

/** The answer, or undefined when it fails or does not come within `ms`. */
function answerWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    const done = (v: T | undefined) => {
      clearTimeout(timer);
      resolve(v);
    };
    promise.then(done, () => done(undefined));
  });
}

/**
 * Sends one frame of a tab a request; undefined when it does not answer within `timeoutMs` (a tab without
 * a content script refuses at once; the timeout bounds one that is there but does not answer).
 */
export async function askFrame<T extends ToPage>(
  tabId: number,
  frameId: number,
  message: T,
  timeoutMs: number,
): Promise<ResponseTo<T> | undefined> {
  return (await answerWithin(browser.tabs.sendMessage(tabId, message, { frameId }), timeoutMs)) as
    ResponseTo<T> | undefined;
}
