/**
 * The end-to-end suite, stated once and run in each browser (chromium.test.ts, firefox.test.ts). Every
 * test opens a fresh tab on a page served from 127.0.0.1 and waits on conditions (the badge/tooltip the
 * background sets when the content script reports, highlights, the card), never on fixed sleeps.
 */
import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  requireBrowser,
  type BrowserLocation,
  type Driver,
  type LaunchOptions,
  type TabState,
  type TestPage,
} from './harness/browsers';
import { loaded, openCard } from './harness/cards';
import type { ScanMatch } from './harness/context';
import {
  activeFindingInView,
  activeFindingIndex,
  blankPoint,
  cardButtonPoint,
  cardHostMarked,
  cardSnapshot,
  markCardHost,
  scrollCardTo,
  findingPoint,
  highlightNames,
  highlightTexts,
  outerHtml,
  pageIdle,
  recorder,
  runAxeOnCard,
  type CardSnapshot,
} from './harness/page-scripts';
import { message, messagePattern, REPO_ROOT } from './harness/paths';
import { startRecordingProxy, type RecordingProxy } from './harness/proxy';
import { startServer, type TestServer } from './harness/server';
import { poll } from './harness/util';
import { defineHostileTests } from './hostile-tests';
import { definePackTests } from './pack-tests';
import { defineSidebarTests } from './sidebar-tests';
import { defineTouchTests } from './touch-tests';
import { defineVerdictTests } from './verdict-tests';

const NEWS = '/pages/met-lfr-news-article.html';
const NO_CLAIMS = '/pages/no-claims-community-garden.html';
const DEMO = '/demo/article.html';
/** The default settings as stored, which the settings tests change one field at a time. */
const DEFAULT_STORED_SETTINGS = {
  version: 3,
  enabled: true,
  sensitivity: 'balanced',
  highlightStyle: 'amber',
  pausedSites: [],
};
/** A real news-page template with an article about the Met inside, and claim-like words in its chrome. */
const TEMPLATE = '/pages/template-bbc-met-lfr.html';

const MARKER = 'claimlens-amber';

/**
 * Hosts of the browsers' own background services, which the zero-network test leaves out: requests to
 * them come from the browser (Chromium: network time, component updates, sign-in; Firefox: remote
 * settings, captive-portal detection), not from any page or extension context.
 */
const BROWSER_SERVICES = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com)$/;
const ACTIVE = 'claimlens-active';

/** Where the card screenshots go: docs/screenshots with UPDATE_SCREENSHOTS=1, else artifacts/ (git-ignored). */
const SCREENSHOT_DIR = join(
  REPO_ROOT,
  process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'artifacts/screenshots',
);

/** The extractor copies text nodes with \t \n \r \f turned into spaces one for one (src/page/extract.ts). */
const asExtracted = (text: string) => text.replace(/[\t\n\r\f]/g, ' ');

const PAGE_DATE_KEYS = ['pageSameTime', 'pageAfter', 'pageAfterApprox', 'pageBefore', 'pageBeforeApprox'];

/** Pieces a formatted date must contain, whatever the locale's order: "2020", "January", "24". */
function dateHints(value: string): string[] {
  const [first = ''] = value.split('/');
  const [year = '', month, day] = first.split('-');
  const hints = [year];
  if (month)
    hints.push(new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }));
  if (day) hints.push(String(Number(day)));
  return hints;
}

export function defineClaimLensSuite(
  location: BrowserLocation,
  launch: (executablePath: string, extensionDir: string, options?: LaunchOptions) => Promise<Driver>,
  build: 'chrome' | 'firefox',
): void {
  describe.skipIf(location.skip)(`ClaimLens in ${location.label}`, () => {
    const { scans, extensionDirs } = inject('claimlensE2E');
    let server: TestServer | undefined;
    let driver: Driver | undefined;
    /** Every request the browser makes, from any context, goes through this proxy (the last test reads it). */
    let proxy: RecordingProxy | undefined;
    /** The pages the tests opened: the only requests the proxy should see. */
    const navigated = new Set<string>();

    beforeAll(async () => {
      const executable = requireBrowser(location);
      server = await startServer();
      proxy = await startRecordingProxy();
      driver = await launch(executable, extensionDirs[build], { proxy: proxy.host });
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
      await proxy?.close();
    });

    function matchesOf(path: string): ScanMatch[] {
      const scan = scans[path];
      if (!scan) throw new Error(`no CLI scan for ${path}`);
      return scan.matches;
    }

    function possibleOf(path: string): ScanMatch[] {
      const scan = scans[path];
      if (!scan) throw new Error(`no CLI scan for ${path}`);
      return scan.possible;
    }

    async function load(path: string): Promise<TestPage> {
      if (!driver || !server) throw new Error('the browser did not start');
      const page = await driver.openPage();
      navigated.add(server.url(path));
      await page.goto(server.url(path));
      return page;
    }

    /** Waits until the content script has scanned and reported: the tooltip leaves its default. */
    function scanReported(page: TestPage): Promise<TabState> {
      const initial = message('actionTitle');
      return poll(
        async () => {
          const state = await page.tabState();
          return state.title !== initial ? state : null;
        },
        { what: `ClaimLens to report its findings on ${page.url}`, timeout: 30_000, interval: 150 },
      );
    }

    /**
     * Scrolls the index-th highlighted sentence to `top` (see findingPoint) and returns a point on it
     * once the layout has settled (two reads agree: Firefox may still adjust the scroll position).
     */
    async function settledPoint(
      page: TestPage,
      index: number,
      top: number | 'center',
    ): Promise<{ x: number; y: number }> {
      await page.evaluate(findingPoint, { index, top });
      let last = '';
      return poll(
        async () => {
          const point = await page.evaluate(findingPoint, { index });
          const key = JSON.stringify(point);
          const settled = point !== null && key === last;
          last = key;
          return settled ? point : null;
        },
        { what: `a stable position for highlight ${index}`, interval: 150 },
      );
    }

    /** Rests the mouse on the index-th highlighted sentence until its card has loaded. */
    async function hoverFinding(
      page: TestPage,
      index: number,
      top: number | 'center' = 'center',
    ): Promise<CardSnapshot> {
      const point = await settledPoint(page, index, top);
      await page.mouseMove(point.x - 12, point.y, 4);
      await page.mouseMove(point.x, point.y);
      return openCard(page, loaded, `the card of finding ${index + 1} to open on hover`);
    }

    async function cardClosed(page: TestPage): Promise<void> {
      await poll(async () => (await page.evaluate(cardSnapshot)) === null, { what: 'the card host to be removed' });
    }

    /** DOM changes ClaimLens made to the page, leaving out the card host's own attributes (its position). */
    async function pageMutations(page: TestPage): Promise<string[]> {
      const seen = await page.evaluate(recorder);
      return (seen?.mutations ?? []).filter((m) => !m.endsWith(' on claimlens-card'));
    }

    /** ClaimLens reports its own errors as console warnings prefixed "ClaimLens:" (where the browser relays them). */
    function expectNoClaimLensErrors(page: TestPage): void {
      expect(page.console.filter((m) => m.includes('ClaimLens'))).toEqual([]);
    }

    it.each([NEWS, DEMO, TEMPLATE])(
      'highlights exactly the sentences the scan CLI finds on %s; the badge shows their number',
      async (path) => {
        const expected = matchesOf(path).map((m) => m.text);
        expect(expected.length).toBeGreaterThan(0);
        const page = await load(path);
        const state = await scanReported(page);
        const texts = await page.evaluate(highlightTexts, MARKER);
        // Exact parity: the same sentences, in document order (the CLI prints extracted text).
        expect(texts?.map(asExtracted)).toEqual(expected);
        expect(state).toEqual({
          badge: String(expected.length),
          title: message('actionTitleFindings', [String(expected.length)]),
        });
        // Nothing is active until a card opens.
        expect(await page.evaluate(highlightNames)).toEqual([MARKER]);
        expectNoClaimLensErrors(page);
      },
    );

    it('hovering a sentence opens its card with every part; the source text shows the excerpt marked; Escape removes the card', async () => {
      const matches = matchesOf(NEWS);
      const index = matches.findIndex((m) => m.text.includes('81%'));
      const match = matches[index];
      if (!match) throw new Error('the CLI finds no 81% sentence on the news article');
      expect(match.claim.counters.length).toBeGreaterThan(0);
      const pageDate = scans[NEWS]!.pageDate;
      expect(pageDate).not.toBeNull();

      const page = await load(NEWS);
      await scanReported(page);
      const card = await hoverFinding(page, index);

      // The host: one element on <html>, an open shadow root, a labelled dialog.
      expect(card.hosts).toBe(1);
      expect(card.inDocumentElement).toBe(true);
      expect(card.openShadowRoot).toBe(true);
      expect(card.role).toBe('dialog');
      expect(card.label).toBe(match.claim.statement);
      // "Loading…" came first: the card was attached before its details arrived.
      expect((await page.evaluate(recorder))?.cards).toEqual([{ loading: message('loading') }]);
      // The sentence being hovered is the active highlight.
      expect(await page.evaluate(activeFindingIndex)).toBe(index);

      // Kind and position.
      expect(card.kind).toBe(match.kind);
      expect(card.kindText).toBe(message(match.kind === 'quote' ? 'kindQuote' : 'kindParaphrase'));
      expect(card.position).toBe(message('findingPosition', [String(index + 1), String(matches.length)]));
      // The claim.
      expect(card.claim).toBe(match.claim.statement);
      // Who made it, and when.
      expect(card.claimantLines[0]).toContain(match.claim.claimant);
      const madeOn = card.claimantLines.find((line) => messagePattern('claimMadeOn').test(line));
      expect(madeOn, `claimant lines: ${JSON.stringify(card.claimantLines)}`).toBeDefined();
      for (const hint of dateHints(match.claim.date)) expect(madeOn).toContain(hint);
      // The source, with the exact excerpts.
      expect(card.sourceHeading).toBeTruthy();
      expect([...card.excerpts].sort()).toEqual(match.claim.excerpts.map((e) => e.text).sort());
      // The claims that dispute it.
      expect(card.counters).toEqual(match.claim.counters);
      expect(card.counterStatements).toHaveLength(match.claim.counters.length);
      expect(card.counterStatements.every((s) => s.length > 20)).toBe(true);
      // Date context, with the page's own date.
      expect(card.dateLines.some((line) => messagePattern('claimMadeOn').test(line))).toBe(true);
      expect(card.pageDate).not.toBeNull();
      expect(PAGE_DATE_KEYS.some((key) => messagePattern(key).test(card.pageDate ?? ''))).toBe(true);
      for (const hint of dateHints(pageDate!)) expect(card.pageDate).toContain(hint);

      // "Read the bundled source text" shows the document with the excerpt marked.
      expect(card.buttons).toContain(message('readSourceText'));
      const button = await page.evaluate(cardButtonPoint, message('readSourceText'));
      if (!button) throw new Error('no "Read the bundled source text" button');
      await page.mouseMove(button.x, button.y);
      await page.mouseClick(button.x, button.y);
      const reading = await openCard(page, (c) => c.documentShown && c.marks.length > 0, 'the source text with a mark');
      const excerpts = match.claim.excerpts.map((e) => e.text);
      for (const mark of reading.marks) expect(excerpts).toContain(mark);
      expect(reading.buttons).toContain(message('hideSourceText'));
      expect(reading.hosts).toBe(1);

      // Escape closes the card and removes its host; the active highlight goes with it.
      await page.press('Escape');
      await cardClosed(page);
      expect(await page.evaluate(highlightNames)).toEqual([MARKER]);
      expect(await pageMutations(page)).toEqual(['+claimlens-card in html', '-claimlens-card from html']);
      expectNoClaimLensErrors(page);
    });

    it('moving the pointer away from the sentence closes the card', async () => {
      const page = await load(NEWS);
      await scanReported(page);
      await hoverFinding(page, 0);
      expect(await page.evaluate(highlightNames)).toEqual([MARKER, ACTIVE]);
      const away = await page.evaluate(blankPoint);
      await page.mouseMove(away.x, away.y, 2);
      await cardClosed(page);
      expect(await page.evaluate(highlightNames)).toEqual([MARKER]);
    });

    it('the card stays open while the pointer rests on it, and closes once the pointer leaves it', async () => {
      const page = await load(NEWS);
      await scanReported(page);
      const card = await hoverFinding(page, 0);
      const inside = {
        x: Math.round((card.rect.left + card.rect.right) / 2),
        y: Math.round((card.rect.top + card.rect.bottom) / 2),
      };
      await page.mouseMove(inside.x, inside.y);
      // A check that nothing happens needs time: three times the 400 ms close delay.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const still = await page.evaluate(cardSnapshot);
      expect(still?.claim).toBe(card.claim);
      expect(still?.hosts).toBe(1);
      const away = await page.evaluate(blankPoint);
      await page.mouseMove(away.x, away.y);
      await cardClosed(page);
    });

    it('a page without claims gets no highlight, no badge text and not a single DOM change', async () => {
      expect(matchesOf(NO_CLAIMS)).toEqual([]);
      const page = await load(NO_CLAIMS);
      const state = await scanReported(page);
      expect(state).toEqual({ badge: '', title: message('actionTitleNone') });
      await page.evaluate(pageIdle);
      const seen = await page.evaluate(recorder);
      expect(seen?.dclHtml).toBeTruthy();
      expect(seen?.highlightsAtDcl).toBe(0);
      expect(seen?.mutations).toEqual([]);
      expect(await page.evaluate(outerHtml)).toBe(seen?.dclHtml);
      expect(await page.evaluate(highlightNames)).toEqual([]);
      expect(await page.evaluate(cardSnapshot)).toBeNull();
      expectNoClaimLensErrors(page);
    });

    it('leaves the DOM of a page with claims byte-identical after scanning, and after a card opened and closed', async () => {
      const page = await load(NEWS);
      await scanReported(page);
      await page.evaluate(pageIdle);
      expect((await page.evaluate(highlightTexts, MARKER))?.length).toBe(matchesOf(NEWS).length);
      const seen = await page.evaluate(recorder);
      // Captured at DOMContentLoaded, before ClaimLens (document_idle, then an idle callback) had run.
      expect(seen?.highlightsAtDcl).toBe(0);
      expect(seen?.dclHtml).toBeTruthy();
      expect(await page.evaluate(outerHtml)).toBe(seen?.dclHtml);
      expect(seen?.mutations).toEqual([]);

      await hoverFinding(page, 1);
      await page.press('Escape');
      await cardClosed(page);
      expect(await page.evaluate(outerHtml)).toBe(seen?.dclHtml);
      expect(await pageMutations(page)).toEqual(['+claimlens-card in html', '-claimlens-card from html']);
    });

    it('next-finding twice opens the 2nd finding with focus in its card; previous-finding goes back', async () => {
      const matches = matchesOf(NEWS);
      const total = String(matches.length);
      const page = await load(NEWS);
      await scanReported(page);

      const focused = (position: number) => (c: CardSnapshot) =>
        loaded(c) &&
        c.position === message('findingPosition', [String(position), total]) &&
        c.documentActive === 'claimlens-card' &&
        c.shadowActive === 'card';

      expect(await page.step(1)).toEqual({ ok: true });
      await openCard(page, focused(1), 'the 1st finding’s card with focus');
      expect(await page.step(1)).toEqual({ ok: true });
      const second = await openCard(page, focused(2), 'the 2nd finding’s card with focus');
      expect(second.claim).toBe(matches[1]!.claim.statement);
      expect(second.hosts).toBe(1);
      expect(await page.evaluate(activeFindingIndex)).toBe(1);
      expect(await page.evaluate(activeFindingInView)).toBe(true);

      expect(await page.step(-1)).toEqual({ ok: true });
      const first = await openCard(page, focused(1), 'the 1st finding’s card again, with focus');
      expect(first.claim).toBe(matches[0]!.claim.statement);
      expect(await page.evaluate(activeFindingIndex)).toBe(0);
      expect(await page.evaluate(activeFindingInView)).toBe(true);

      // Escape in the focused card closes it.
      await page.press('Escape');
      await cardClosed(page);
      expect(await page.evaluate(highlightNames)).toEqual([MARKER]);
    });

    it('the open card has no axe-core violations, with and without the source text', async () => {
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      const matches = matchesOf(NEWS);
      const index = Math.max(
        0,
        matches.findIndex((m) => m.text.includes('81%')),
      );
      const page = await load(NEWS);
      await scanReported(page);
      await hoverFinding(page, index);
      await page.addScript(axe);

      const closed = await page.evaluate(runAxeOnCard);
      expect(closed.violations).toEqual([]);
      expect(closed.passes.length).toBeGreaterThan(5);

      const button = await page.evaluate(cardButtonPoint, message('readSourceText'));
      if (!button) throw new Error('no "Read the bundled source text" button');
      await page.mouseMove(button.x, button.y);
      await page.mouseClick(button.x, button.y);
      await openCard(page, (c) => c.documentShown, 'the source text');
      const open = await page.evaluate(runAxeOnCard);
      expect(open.violations).toEqual([]);
    });

    it('ClaimLens switched off in settings removes its highlights and shows paused; switched on, it scans again', async () => {
      if (!driver) throw new Error('the browser did not start');
      const expected = matchesOf(NEWS).map((m) => m.text);
      const settings = DEFAULT_STORED_SETTINGS;
      const page = await load(NEWS);
      await scanReported(page);
      try {
        await driver.setStorage({ settings: { ...settings, enabled: false } });
        const paused = await poll(
          async () => {
            const state = await page.tabState();
            const names = await page.evaluate(highlightNames);
            return state.title === message('actionTitlePaused') && names.length === 0 ? state : null;
          },
          { what: 'ClaimLens to pause and remove its highlights' },
        );
        expect(paused.badge).toBe('');

        await driver.setStorage({ settings: { ...settings, highlightStyle: 'underline' } });
        const state = await poll(
          async () => {
            const s = await page.tabState();
            return s.badge !== '' && (await page.evaluate(highlightNames)).includes('claimlens-underline') ? s : null;
          },
          { what: 'ClaimLens to scan again, with the underline style' },
        );
        expect(state.badge).toBe(String(expected.length));
        expect((await page.evaluate(highlightTexts, 'claimlens-underline'))?.map(asExtracted)).toEqual(expected);
        expect(await page.evaluate(highlightNames)).toEqual(['claimlens-underline']);
      } finally {
        await driver.removeStorage('settings');
      }
      expectNoClaimLensErrors(page);
    });

    it('a new highlight colour, a new sensitivity or another site paused: the page is not read again and an open card stays open', async () => {
      if (!driver) throw new Error('the browser did not start');
      const expected = matchesOf(DEMO).map((m) => m.text);
      const settings = DEFAULT_STORED_SETTINGS;
      const page = await load(DEMO);
      await scanReported(page);
      const card = await hoverFinding(page, 0);
      // Marks the card's host: a card closed and opened again would be a new element, without the mark.
      expect(await page.evaluate(markCardHost)).toBe(true);
      try {
        await driver.setStorage({ settings: { ...settings, highlightStyle: 'blue' } });
        await poll(async () => ((await page.evaluate(highlightNames)).includes('claimlens-blue') ? true : null), {
          what: 'the highlights to be repainted blue',
        });
        await driver.setStorage({ settings: { ...settings, highlightStyle: 'blue', pausedSites: ['example.org'] } });
        await driver.setStorage({
          settings: { ...settings, highlightStyle: 'blue', sensitivity: 'broad', pausedSites: ['example.org'] },
        });
        await poll(async () => ((await page.tabState()).badge !== String(expected.length) ? true : null), {
          what: 'the broad sensitivity to highlight the weaker match too',
        });
        // The same card, never closed: a session started anew would have removed it.
        expect(await page.evaluate(cardHostMarked)).toBe(true);
        expect((await page.evaluate(cardSnapshot))?.claim).toBe(card.claim);
        expect(await page.evaluate(highlightNames)).toContain('claimlens-blue');
        expect(await page.evaluate(highlightNames)).not.toContain('claimlens-amber');
        await driver.setStorage({ settings: { ...settings, highlightStyle: 'blue', pausedSites: ['example.org'] } });
        await poll(async () => ((await page.tabState()).badge === String(expected.length) ? true : null), {
          what: 'the balanced sensitivity to highlight every sentence again',
        });
        expect((await page.evaluate(highlightTexts, 'claimlens-blue'))?.map(asExtracted)).toEqual(expected);
        expect(await page.evaluate(cardHostMarked)).toBe(true);
      } finally {
        await driver.removeStorage('settings');
      }
      expectNoClaimLensErrors(page);
    });

    it('screenshot: the card open on the demo article, fully inside a 1280×900 viewport', async () => {
      const matches = matchesOf(DEMO);
      const index = matches.findIndex((m) => m.claim.id === 'essex-review-81-percent-inaccurate');
      expect(index).toBeGreaterThanOrEqual(0);
      const page = await load(DEMO);
      await scanReported(page);
      // Near the top, so the card has room below the sentence.
      const card = await hoverFinding(page, index, 150);
      expect(card.viewport).toEqual({ width: 1280, height: 900 });
      expect(card.rect.top).toBeGreaterThanOrEqual(0);
      expect(card.rect.left).toBeGreaterThanOrEqual(0);
      expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
      expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
      await page.evaluate(pageIdle);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = join(SCREENSHOT_DIR, `card-${location.name}.png`);
      await page.screenshot(file);
      expect((await stat(file)).size).toBeGreaterThan(10_000);
      // The same card scrolled to what the figure measures: the corrected Essex wording, in the card itself.
      const measures = await page.evaluate(scrollCardTo, 'measures');
      expect(measures).toMatch(/did not verify as correct: 34 of 42/);
      expect(measures).toMatch(/lost in the crowd/);
      await page.evaluate(pageIdle);
      const measuresFile = join(SCREENSHOT_DIR, `card-measures-${location.name}.png`);
      await page.screenshot(measuresFile);
      expect((await stat(measuresFile)).size).toBeGreaterThan(10_000);
    });

    // What the tests defined in other files use of this suite: its browser, server and CLI scans.
    const suite = {
      browser: location.name,
      driver: () => {
        if (!driver) throw new Error('the browser did not start');
        return driver;
      },
      load,
      scanReported,
      matchesOf,
      possibleOf,
      hoverFinding: (page: TestPage, index: number) => hoverFinding(page, index),
      screenshotDir: SCREENSHOT_DIR,
    };
    defineSidebarTests(suite);
    defineTouchTests({
      ...suite,
      expectPageRequest: (path) => {
        if (!server) throw new Error('the server did not start');
        navigated.add(server.url(path));
      },
    });
    defineVerdictTests(suite);
    definePackTests(suite);

    defineHostileTests({
      load,
      scanReported,
      hoverFinding: (page, index) => hoverFinding(page, index),
      expectPageRequest: (url) => navigated.add(url),
      serverUrl: (path) => {
        if (!server) throw new Error('the server did not start');
        return server.url(path);
      },
    });

    // Last: it reads what every test before it did.
    it('zero network: in the whole run no ClaimLens context made a request; the only requests were the pages the tests opened', () => {
      if (!proxy || !server || !driver) throw new Error('the browser did not start');
      const origin = new URL(server.url('/')).origin;
      const harness = new Set(driver.harnessOrigins);
      const seen = proxy.requests;
      // The proxy really was in the way: every page the tests opened went through it.
      for (const url of navigated) expect(seen, url).toContain(`GET ${url}`);
      const unexpected = seen.filter((r) => {
        const [method = '', target = ''] = r.split(' ');
        const host =
          method === 'CONNECT' ? target.replace(/:\d+$/, '') : URL.canParse(target) ? new URL(target).hostname : '';
        // The fixture pages' own images and styles (reserved .example hosts), which the pages ask for,
        // and the browser's own services (time, updates, sign-in), which no flag fully silences.
        if (host.endsWith('.example') || BROWSER_SERVICES.test(host)) return false;
        if (method === 'CONNECT' || !URL.canParse(target)) return true;
        const url = new URL(target);
        if (harness.has(url.origin)) return false;
        // The browser asks for a page's icon by itself.
        if (method === 'GET' && url.origin === origin && url.pathname === '/favicon.ico') return false;
        return !(method === 'GET' && navigated.has(url.href));
      });
      expect(unexpected).toEqual([]);
      expect(navigated.size).toBeGreaterThanOrEqual(5);
    });
  });
}
