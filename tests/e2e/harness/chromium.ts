/**
 * Chromium (Debian's, via playwright-core) with the unpacked extension.
 *
 * - The extension's service worker is the way into the extension: the badge is read with
 *   `chrome.action.getBadgeText({tabId})` there, and settings are written with `chrome.storage.local`.
 * - Keyboard commands: Playwright's key presses go to the page's renderer (CDP Input.dispatchKeyEvent)
 *   and never reach the browser's accelerator table, so Alt+Shift+J cannot trigger `next-finding`
 *   headless (checked: the page does not react). The harness sends the message the background's
 *   onCommand handler sends, `{type: 'finding/step', direction}`, from the service worker with
 *   `chrome.tabs.sendMessage`.
 * - The extension has no "tabs" permission, so the service worker cannot see tab URLs; the harness keeps
 *   exactly one tab open and asserts that it is the only one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import type { Page } from 'playwright-core';
import {
  VIEWPORT,
  type Driver,
  type ExtensionPage,
  type LaunchOptions,
  type TabState,
  type TestPage,
} from './browsers';
import { installRecorder } from './page-scripts';

/** The few extension APIs used inside the service worker (there is no @types/chrome here). */
interface Tab {
  id?: number;
}
declare const chrome: {
  tabs: { query(q: object): Promise<Tab[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { id: string };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

export async function launchChromium(
  executablePath: string,
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<Driver> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'claimlens-e2e-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: VIEWPORT,
      timeout: 90_000,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // Fixture pages link to *.example hosts: fail those lookups at once, whatever the network.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        // No requests of the browser's own (updates, sign-in, autofill, safe browsing), so that the
        // zero-network test sees only pages and extension.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--no-pings',
        '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter,CertificateTransparencyComponentUpdater',
        // Every request through the recording proxy, loopback too (Chromium bypasses it by default).
        ...(options.proxy ? [`--proxy-server=http://${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
      ],
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }
  await context.addInitScript(installRecorder);

  const isOwnWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isOwnWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isOwnWorker, timeout: 30_000 }));
  await serviceWorker();

  /** Evaluates in the service worker; the function runs there, so it may only use its argument. */
  async function inWorker<R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
    return (await serviceWorker()).evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown);
  }

  return {
    name: 'chromium',
    harnessOrigins: [],

    async openPage(): Promise<TestPage> {
      const page = await context.newPage();
      for (const other of context.pages()) if (other !== page) await other.close();
      await page.bringToFront();
      // Exactly one tab is open now: this one. Its id is kept, so extension pages may open beside it.
      const tabId = await inWorker(async () => {
        const tabs = await chrome.tabs.query({});
        const id = tabs[0]?.id;
        if (tabs.length !== 1 || id === undefined) throw new Error(`expected exactly one tab, found ${tabs.length}`);
        return id;
      }, undefined);
      const messages: string[] = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
      let touch: CDPSession | null = null;
      return {
        get url() {
          return page.url();
        },
        console: messages,
        tabId: () => Promise.resolve(tabId),
        async goto(url) {
          await page.goto(url, { waitUntil: 'load', timeout: 45_000 });
        },
        // Playwright's types unbox handles in the argument; plain JSON arguments need no unboxing.
        evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
          page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
        mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
        mouseClick: (x, y) => page.mouse.click(x, y),
        // Over CDP: the persistent context was not made with touch (its pages share the extension's profile).
        async emulatePhone({ width, height }) {
          await page.setViewportSize({ width, height });
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: true });
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
          touch = cdp;
        },
        async tap(x, y) {
          if (!touch) throw new Error('emulatePhone first');
          await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
          await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        },
        press: (key) => page.keyboard.press(key),
        async addScript(content) {
          await page.addScriptTag({ content });
        },
        async screenshot(path) {
          await page.screenshot({ path });
        },
        tabState: () =>
          inWorker(
            async (id: number): Promise<TabState> => ({
              badge: await chrome.action.getBadgeText({ tabId: id }),
              title: await chrome.action.getTitle({ tabId: id }),
            }),
            tabId,
          ),
        step: (direction) =>
          inWorker(
            ({ id, d }: { id: number; d: 1 | -1 }) =>
              chrome.tabs.sendMessage(id, { type: 'finding/step', direction: d }),
            { id: tabId, d: direction },
          ),
        async close() {
          if (!page.isClosed()) await page.close();
        },
      };
    },

    async openExtensionPage(path, viewport = VIEWPORT) {
      const id = await inWorker(() => Promise.resolve(chrome.runtime.id), undefined);
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const view = extensionPage(page);
      await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'load', timeout: 45_000 });
      return view;
    },

    async extensionTabOpenedBy(path, action) {
      const opened = context.waitForEvent('page', { timeout: 15_000 });
      await action();
      const page = await opened;
      await page.waitForURL((url) => url.href.includes(path), { timeout: 15_000 });
      await page.waitForLoadState('load');
      return extensionPage(page);
    },

    async setStorage(items) {
      await inWorker((i: Record<string, unknown>) => chrome.storage.local.set(i), items);
    },

    async removeStorage(key) {
      await inWorker((k: string) => chrome.storage.local.remove(k), key);
    },

    async close() {
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

function extensionPage(page: Page): ExtensionPage {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return {
    console: messages,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    click: (selector) => page.locator(selector).first().click({ timeout: 10_000 }),
    async addScript(source) {
      await page.evaluate(source);
    },
    press: (key) => page.keyboard.press(key),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      if (!page.isClosed()) await page.close();
    },
  };
}
