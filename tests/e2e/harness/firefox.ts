/**
 * Firefox ESR (Debian's) via puppeteer-core over WebDriver BiDi, with ClaimLens installed as a temporary
 * add-on (`browser.installExtension`, BiDi webExtension.install).
 *
 * - Extension state (badge, storage) and the keyboard commands go through a test probe added to a copy of
 *   the Firefox build: see firefox-probe.ts for why and what it does.
 * - Keyboard commands: Alt+Shift+J sent as BiDi input actions does not trigger `next-finding` (checked:
 *   the page does not react; the synthesised keys seem not to reach the browser window's shortcut
 *   handling). As in Chromium, the harness sends the message the background's onCommand handler sends,
 *   `{type: 'finding/step', direction}`, with `browser.tabs.sendMessage` from extension code.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  VIEWPORT,
  type Driver,
  type ExtensionPage,
  type LaunchOptions,
  type TabState,
  type TestPage,
} from './browsers';
import { probeBackgroundScript } from './firefox-probe';
import { installRecorder } from './page-scripts';
import { poll } from './util';

/** The Firefox build's gecko id (vite.config.ts). */
export const GECKO_ID = 'claimlens@claimlens.example';

interface Command {
  id: number;
  op: string;
  args: unknown;
}

/** The probe's side of the channel: commands wait here until the probe's long poll collects them. */
class ProbeChannel {
  private readonly queue: Command[] = [];
  private readonly polls: ServerResponse[] = [];
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private seq = 0;
  private readonly server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (req.url === '/next' && req.method === 'GET') {
      const command = this.queue.shift();
      if (command) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(command));
        return;
      }
      this.polls.push(res);
      // Answer empty after a while, so no request stays open forever.
      const timer = setTimeout(() => this.drop(res, 204), 15_000);
      res.on('close', () => {
        clearTimeout(timer);
        this.drop(res);
      });
      return;
    }
    if (req.url === '/result' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        res.writeHead(204).end();
        const reply = JSON.parse(body) as { id: number; result?: unknown; error?: string };
        const waiter = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.error !== undefined) waiter?.reject(new Error(`Firefox probe: ${reply.error}`));
        else waiter?.resolve(reply.result);
      });
      return;
    }
    res.writeHead(404).end();
  });

  private drop(res: ServerResponse, status?: number): void {
    const i = this.polls.indexOf(res);
    if (i >= 0) this.polls.splice(i, 1);
    if (status !== undefined && !res.writableEnded) res.writeHead(status).end();
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  call<T>(op: string, args: unknown = {}, timeout = 30_000): Promise<T> {
    const command: Command = { id: ++this.seq, op, args };
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(command.id);
        reject(new Error(`Firefox probe did not answer "${op}" within ${timeout} ms`));
      }, timeout);
      this.pending.set(command.id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      const poll = this.polls.shift();
      if (poll) poll.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(command));
      else this.queue.push(command);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/** A copy of the Firefox build with the probe as a second background script. */
async function probedCopy(extensionDir: string, origin: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimlens-e2e-firefox-ext-'));
  await cp(extensionDir, dir, { recursive: true });
  await mkdir(join(dir, 'e2e-probe'));
  await writeFile(join(dir, 'e2e-probe/background.js'), probeBackgroundScript(origin));
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { background?: { scripts?: string[] } };
  if (!manifest.background?.scripts) throw new Error('the Firefox build has no background.scripts');
  manifest.background.scripts.push('e2e-probe/background.js');
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** Firefox preferences that send every request through the proxy, loopback included. */
function proxyPrefs(proxy: string): Record<string, unknown> {
  const [host = '127.0.0.1', port = '0'] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

export async function launchFirefox(
  executablePath: string,
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<Driver> {
  const probe = new ProbeChannel();
  const origin = await probe.listen();
  const addonDir = await probedCopy(extensionDir, origin);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: VIEWPORT,
      timeout: 90_000,
      protocolTimeout: 60_000,
      extraPrefsFirefox: {
        // Keep the background (and the probe's long poll) alive for the whole run.
        'extensions.background.idle.timeout': 3_600_000,
        ...(options.proxy ? proxyPrefs(options.proxy) : {}),
      },
    });
    const id = await browser.installExtension(addonDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    await probe.call('ping', {}, 60_000);
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await probe.close();
    await rm(addonDir, { recursive: true, force: true });
    throw err;
  }
  const ff = browser;

  /**
   * A new tab. A tab that closed itself a moment ago (the popup, once it has shown a finding) can still be
   * the one the browser creates beside: it then says "no such frame", and a second try succeeds.
   */
  async function newTab(): Promise<Page> {
    try {
      return await ff.newPage();
    } catch (err) {
      if (!/no such frame|DiscardedBrowsingContext/i.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return ff.newPage();
    }
  }

  /** Runs `action`, then finds the tab it opened on one of ClaimLens's pages (`path` in its address), loaded. */
  async function newExtensionTab(path: string, action: () => Promise<unknown>): Promise<Page> {
    const known = new Set(await ff.pages());
    await action();
    const page = await poll(
      async () => {
        for (const fresh of (await ff.pages()).filter((p) => !known.has(p))) {
          // Puppeteer keeps reporting about:blank for a tab an extension navigated; ask the page itself.
          const href = await fresh.evaluate(() => location.href).catch(() => '');
          if (href.startsWith('moz-extension://') && href.includes(path)) return fresh;
        }
        return undefined;
      },
      { what: `the extension tab ${path}` },
    );
    await poll(async () => page.evaluate(() => document.readyState === 'complete'), { what: `${path} to load` });
    return page;
  }

  return {
    name: 'firefox',
    harnessOrigins: [origin],

    async openPage(): Promise<TestPage> {
      const page: Page = await newTab();
      for (const other of await ff.pages()) if (other !== page) await other.close();
      await page.evaluateOnNewDocument(installRecorder);
      const messages: string[] = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${String(e)}`));
      return {
        get url() {
          return page.url();
        },
        console: messages,
        tabId: () => probe.call<number>('tabId', { url: page.url() }),
        async goto(url) {
          await page.goto(url, { waitUntil: 'load', timeout: 45_000 });
        },
        // Puppeteer's types unwrap handles in the argument; plain JSON arguments need no unwrapping.
        evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
          page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
        mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
        mouseClick: (x, y) => page.mouse.click(x, y),
        async emulatePhone({ width, height }) {
          await page.setViewport({ width, height, hasTouch: true, isMobile: true });
        },
        // BiDi input actions with a touch pointer: pointer events of type "touch", then the click.
        tap: (x, y) => page.touchscreen.tap(x, y),
        press: (key) => page.keyboard.press(key),
        async addScript(content) {
          await page.addScriptTag({ content });
        },
        async screenshot(path) {
          await page.screenshot({ path });
        },
        tabState: () => probe.call<TabState>('state', { url: page.url() }),
        step: (direction) => probe.call('step', { url: page.url(), direction }),
        async close() {
          if (!page.isClosed()) await page.close();
        },
      };
    },

    async openExtensionPage(path, viewport = VIEWPORT) {
      // page.goto cannot open moz-extension:// pages; the probe opens the tab, and the page is found as the new one.
      const page = await newExtensionTab(path, () => probe.call('openExtensionTab', { path }));
      await page.setViewport(viewport);
      return extensionPage(page);
    },

    async extensionTabOpenedBy(path, action) {
      return extensionPage(await newExtensionTab(path, action));
    },

    async setStorage(items) {
      await probe.call('setStorage', { items });
    },

    async removeStorage(key) {
      await probe.call('removeStorage', { key });
    },

    async close() {
      try {
        await ff.close();
      } finally {
        await probe.close();
        await rm(addonDir, { recursive: true, force: true });
      }
    },
  };
}

function extensionPage(page: Page): ExtensionPage {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${String(e)}`));
  return {
    console: messages,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    async click(selector) {
      const element = await page.waitForSelector(selector, { timeout: 10_000 });
      if (!element) throw new Error(`no ${selector}`);
      await element.click();
    },
    async addScript(source) {
      await page.evaluate(source);
    },
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      if (!page.isClosed()) await page.close();
    },
  };
}
