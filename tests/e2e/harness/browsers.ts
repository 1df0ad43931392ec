/**
 * Which browsers the end-to-end tests can use, and the driver interface both browser harnesses
 * implement (chromium.ts with playwright-core, firefox.ts with puppeteer-core over WebDriver BiDi), so
 * the suite states every assertion once for both browsers.
 *
 * Discovery: CHROME_PATH / FIREFOX_PATH, else the Debian paths. Outside CI a missing browser skips its
 * tests with a warning; with CI=true it fails them (a CI machine without a browser is a broken CI).
 */
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; label: string; apt: string }> = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium'], label: 'Chromium', apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr'], label: 'Firefox', apt: 'firefox-esr' },
};

export function isCI(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

export interface BrowserLocation {
  name: BrowserName;
  label: string;
  /** The executable, or null when none was found. */
  path: string | null;
  /** Why there is no executable (null when there is one). */
  problem: string | null;
  /** Skip this browser's tests (missing, outside CI). */
  skip: boolean;
}

export function locateBrowser(name: BrowserName): BrowserLocation {
  const { env, paths, label, apt } = CANDIDATES[name];
  const fromEnv = process.env[env];
  const tried = fromEnv ? [fromEnv] : paths;
  const path = tried.find((p) => existsSync(p)) ?? null;
  const problem = path
    ? null
    : fromEnv
      ? `${env}=${fromEnv} does not exist`
      : `${label} was not found at ${paths.join(', ')} (install the Debian package "${apt}" or set ${env})`;
  const skip = path === null && !isCI();
  if (skip) console.warn(`[e2e] Skipping the ${label} end-to-end tests: ${problem}. With CI=true this fails instead.`);
  return { name, label, path, problem, skip };
}

/** The executable for a test run; throws (failing the suite) when there is none, which only happens in CI. */
export function requireBrowser(location: BrowserLocation): string {
  if (location.path) return location.path;
  throw new Error(`CI=true and no ${location.label} for the end-to-end tests: ${location.problem}`);
}

/** What the background reports for a tab: the action's badge text and tooltip. */
export interface TabState {
  badge: string;
  title: string;
}

/** How a browser is launched for the tests. */
export interface LaunchOptions {
  /** "127.0.0.1:port" of a proxy every request goes through, loopback included (harness/proxy.ts). */
  proxy?: string;
}

/** A browser with ClaimLens installed. One page (tab) is open at a time. */
export interface Driver {
  readonly name: BrowserName;
  /** Origins the test harness itself talks to from inside the browser (Firefox's probe), not ClaimLens. */
  readonly harnessOrigins: readonly string[];
  /** Opens a fresh tab (1280×900) and closes the previous one, so per-tab state never leaks between tests. */
  openPage(): Promise<TestPage>;
  /** Writes extension storage (storage.local) as the extension itself would. */
  /**
   * Runs `action` (a click in one of ClaimLens's pages) and returns the page of ClaimLens's that it opens
   * in a new tab, whose address contains `path`. The tab is closed with the next openPage().
   */
  extensionTabOpenedBy(path: string, action: () => Promise<void>): Promise<ExtensionPage>;
  setStorage(items: Record<string, unknown>): Promise<void>;
  removeStorage(key: string): Promise<void>;
  /**
   * Opens one of ClaimLens's own pages (a path inside the build, with its query, e.g.
   * `extension/sidebar/index.html?tabId=3`) in a new tab beside the test page, as a person would open a
   * popped-out sidebar. The test page stays open; the new tab is closed with the next openPage().
   */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<ExtensionPage>;
  close(): Promise<void>;
}

/** One of ClaimLens's own pages (sidebar, options, popup) open in a tab. */
export interface ExtensionPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real mouse click in the middle of the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** Runs a classic script's source in the page (axe-core): evaluated by the driver, so the page's CSP allows it. */
  addScript(source: string): Promise<void>;
  /** A key press in the page (Tab, Enter, arrows…), sent as real input. */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console messages and page errors the extension page logged. */
  readonly console: string[];
  close(): Promise<void>;
}

export interface TestPage {
  readonly url: string;
  /** The browser's id for this tab (what the sidebar takes as ?tabId=N). */
  tabId(): Promise<number>;
  goto(url: string): Promise<void>;
  /** Runs a function in the page's main world (not ClaimLens's content-script world). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** Makes this page a phone's: a touch screen of `viewport` (CSS pixels), no mouse. */
  emulatePhone(viewport: { width: number; height: number }): Promise<void>;
  /** A tap with a finger at (x, y): touch start and end, as a touch screen sends them. */
  tap(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  press(key: 'Escape' | 'Tab'): Promise<void>;
  addScript(content: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Badge text and tooltip the background set for this tab. */
  tabState(): Promise<TabState>;
  /**
   * What the background does on the next-finding / previous-finding commands: it sends the active tab
   * `{type: 'finding/step', direction}`. Both harnesses send that message from extension code; see
   * chromium.ts and firefox.ts for why the shortcut itself is not pressed.
   */
  step(direction: 1 | -1): Promise<unknown>;
  /** Console messages the page (and, where the browser reports them, content scripts) logged. */
  readonly console: string[];
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 900 } as const;
