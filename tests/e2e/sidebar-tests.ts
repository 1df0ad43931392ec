/**
 * End-to-end tests of the sidebar, the options page, per-site pausing and pages that change after
 * load. Defined inside the browser's suite (suite.ts), so they share its browser and server.
 */
import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { BrowserName, Driver, ExtensionPage, TabState, TestPage } from './harness/browsers';
import { loaded, openCard } from './harness/cards';
import type { ScanMatch } from './harness/context';
import {
  activeFindingIndex,
  focused,
  highlightNames,
  highlightTexts,
  runAxeOnDocument,
  sidebarFindings,
  sidebarRelated,
  sidebarState,
} from './harness/page-scripts';
import { message } from './harness/paths';
import { poll } from './harness/util';
import { expandOffline } from '../annotations/jsonld-offline';
import { catchDownloads, savedFile } from './harness/downloads';

export interface SuiteContext {
  browser: BrowserName;
  driver(): Driver;
  load(path: string): Promise<TestPage>;
  scanReported(page: TestPage): Promise<TabState>;
  matchesOf(path: string): ScanMatch[];
  /** What the CLI lists as possible on a page: weaker matches and sentences disputing a claim. */
  possibleOf(path: string): ScanMatch[];
  screenshotDir: string;
}

const DEMO = '/demo/article.html';
const LATE = '/dynamic/late-paragraph.html';
const SPA = '/dynamic/spa.html';
const MARKER = 'claimlens-amber';
/** A sidebar as wide as Chrome's side panel is by default. */
const SIDEBAR = { width: 400, height: 900 } as const;

const LATE_SENTENCE =
  "Update: a councillor quoted an independent review of the Met's trials, which found that four out of five people the cameras flagged as suspects were innocent.";
const STORY_ONE = 'The Met said the technology produced a false alert only once in every 1,000 cases.';
const STORY_TWO =
  'Civil liberties campaigners described the rollout as an enormous expansion of the surveillance state.';

const asExtracted = (text: string) => text.replace(/[\t\n\r\f]/g, ' ');
/** The sidebar shows a sentence inside its quotation marks (sidebarQuoted); this is the sentence. */
const unquote = (text: string) => text.replace(/^“/, '').replace(/”$/, '');

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function defineSidebarTests(ctx: SuiteContext): void {
  async function openSidebar(page: TestPage, query = ''): Promise<ExtensionPage> {
    const tabId = await page.tabId();
    return ctx.driver().openExtensionPage(`extension/sidebar/index.html?tabId=${tabId}${query}`, SIDEBAR);
  }

  function listed(sidebar: ExtensionPage, count: number) {
    return poll(
      async () => {
        const items = await sidebar.evaluate(sidebarFindings);
        return items && items.length === count ? items : null;
      },
      { what: `the sidebar to list ${count} findings` },
    );
  }

  async function axeClean(view: ExtensionPage, what: string): Promise<void> {
    const result = await view.evaluate(runAxeOnDocument);
    expect(result.violations, what).toEqual([]);
    expect(result.passes.length, what).toBeGreaterThan(5);
  }

  it('the sidebar lists every finding in page order; activating one opens its card on the page; dismissing removes it', async () => {
    const matches = ctx.matchesOf(DEMO);
    expect(matches.length).toBeGreaterThan(3);
    const page = await ctx.load(DEMO);
    await ctx.scanReported(page);
    const sidebar = await openSidebar(page);

    const items = await listed(sidebar, matches.length);
    expect(items.map((i) => unquote(i.text))).toEqual(matches.map((m) => asExtracted(m.text)));
    expect(items.map((i) => i.statement)).toEqual(matches.map((m) => m.claim.statement));
    expect((await sidebar.evaluate(sidebarState)).heading).toBe(message('sidebarCountMany', [String(matches.length)]));

    // Activating the third finding scrolls the page to it and opens its card there.
    await sidebar.click('.finding[data-index="2"] .finding-open');
    const card = await openCard(page, loaded, 'the card of the third finding to open on the page');
    expect(card.claim).toBe(matches[2]!.claim.statement);
    expect(await page.evaluate(activeFindingIndex)).toBe(2);

    // Dismissing the first finding takes it off the page, the badge and the list.
    await sidebar.click('.finding[data-index="0"] .dismiss');
    const after = await listed(sidebar, matches.length - 1);
    expect(after.map((i) => i.statement)).toEqual(matches.slice(1).map((m) => m.claim.statement));
    const texts = await poll(
      async () => {
        const t = await page.evaluate(highlightTexts, MARKER);
        return t && t.length === matches.length - 1 ? t : null;
      },
      { what: 'the dismissed finding’s highlight to go' },
    );
    expect(texts.map(asExtracted)).toEqual(matches.slice(1).map((m) => asExtracted(m.text)));
    const dismissed = await sidebar.evaluate(() => document.querySelector('.summary-meta')?.textContent ?? '');
    expect(dismissed).toContain(message('sidebarDismissedCount', ['1']));
    expect(sidebar.console.filter((m) => /error/i.test(m))).toEqual([]);
    await sidebar.close();
  });

  it('saves the demo article’s findings as Web Annotations that parse as JSON-LD and whose quotes resolve to the highlighted sentences', async () => {
    const matches = ctx.matchesOf(DEMO);
    const page = await ctx.load(DEMO);
    await ctx.scanReported(page);
    const sidebar = await openSidebar(page);
    try {
      await listed(sidebar, matches.length);
      await catchDownloads(sidebar);
      await sidebar.click('[data-part="export"]');
      const saved = await savedFile(sidebar, 'the annotations file');
      expect(saved.name).toMatch(/^claimlens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.jsonld$/);
      const annotations = JSON.parse(saved.text) as Array<{
        '@context': unknown[];
        motivation: string;
        target: { source: string; selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string }> };
      }>;
      expect(annotations).toHaveLength(matches.length);
      // Read as JSON-LD (the W3C context from a local copy), nothing is dropped and each is an oa:Annotation.
      const expanded = (await expandOffline(annotations)) as Array<{ '@type': string[] }>;
      expect(expanded.map((a) => a['@type'])).toEqual(annotations.map(() => ['http://www.w3.org/ns/oa#Annotation']));
      expect(annotations.every((a) => a['@context'][0] === 'http://www.w3.org/ns/anno.jsonld')).toBe(true);
      expect(new Set(annotations.map((a) => a.target.source))).toEqual(new Set([page.url]));
      // Each quote is its highlighted sentence, and with its prefix and suffix it is found in the page's text.
      const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
      const highlights = ((await page.evaluate(highlightTexts, MARKER)) ?? []).map(squash);
      const quotes = annotations.map((a) => a.target.selector.find((x) => x.type === 'TextQuoteSelector')!);
      expect(quotes.map((q) => squash(q.exact!))).toEqual(highlights);
      const pageText = squash(await page.evaluate(() => document.body.innerText));
      for (const q of quotes) expect(pageText).toContain(squash(`${q.prefix}${q.exact}${q.suffix}`));
    } finally {
      await sidebar.close();
    }
  });

  it('pausing on this site from the sidebar stops scanning and clears the highlights; resuming scans again', async () => {
    const matches = ctx.matchesOf(DEMO);
    const page = await ctx.load(DEMO);
    await ctx.scanReported(page);
    const sidebar = await openSidebar(page);
    await listed(sidebar, matches.length);
    try {
      await sidebar.click('.page-actions .button');
      await poll(
        async () => {
          const state = await page.tabState();
          const names = await page.evaluate(highlightNames);
          return state.title === message('actionTitlePaused') && state.badge === '' && names.length === 0;
        },
        { what: 'the page to be paused with no highlight left' },
      );
      const paused = await poll(
        async () => {
          const s = await sidebar.evaluate(sidebarState);
          return s.state === 'paused' ? s : null;
        },
        { what: 'the sidebar to show the site paused' },
      );
      expect(paused.heading).toBe(message('sidebarPausedSite'));

      await sidebar.click('[data-state="paused"] .button');
      await poll(
        async () => {
          const texts = await page.evaluate(highlightTexts, MARKER);
          return texts?.length === matches.length;
        },
        { what: 'the highlights to return after resuming' },
      );
      await listed(sidebar, matches.length);
      expect((await page.tabState()).badge).toBe(String(matches.length));
    } finally {
      await ctx.driver().removeStorage('settings');
      await sidebar.close();
    }
  });

  it('a paragraph a live page adds 2 s after load is scanned and highlighted', async () => {
    const page = await ctx.load(LATE);
    const first = await ctx.scanReported(page);
    // The first scan ran on the page as loaded; the claim was not there yet.
    const inserted = await page.evaluate(() => document.documentElement.dataset.inserted === 'true');
    if (!inserted) expect(first).toEqual({ badge: '', title: message('actionTitleNone') });
    const state = await poll(
      async () => {
        const s = await page.tabState();
        // The tooltip is written after the badge: once it says so, both are up to date.
        return s.title === message('actionTitleFindings', ['1']) ? s : null;
      },
      { what: 'the late paragraph to be counted', timeout: 30_000 },
    );
    expect(state.badge).toBe('1');
    expect(await page.evaluate(highlightTexts, MARKER)).toEqual([LATE_SENTENCE]);
  });

  it('a finding a late paragraph adds appears in an open sidebar: the background pushes it', async () => {
    const page = await ctx.load(LATE);
    const sidebar = await openSidebar(page);
    try {
      const first = await poll(
        async () => {
          const s = await sidebar.evaluate(sidebarState);
          return s.heading !== null && s.heading !== message('loading') ? s : null;
        },
        { what: 'the sidebar to show the page' },
      );
      // Opened before the paragraph arrived, it said there was nothing; now it lists the finding without
      // being asked, reloaded or switched to another tab.
      const inserted = await page.evaluate(() => document.documentElement.dataset.inserted === 'true');
      if (!inserted) expect(first.heading).toBe(message('sidebarNone'));
      const items = await listed(sidebar, 1);
      expect(items.map((i) => unquote(i.text))).toEqual([LATE_SENTENCE]);
      expect(sidebar.console.filter((m) => /error/i.test(m))).toEqual([]);
    } finally {
      await sidebar.close();
    }
  });

  it('a single-page app that changes route with the history API is rescanned; going back restores the first findings', async () => {
    const page = await ctx.load(SPA);
    await ctx.scanReported(page);
    const highlighted = (text: string) =>
      poll(
        async () => {
          const texts = await page.evaluate(highlightTexts, MARKER);
          return texts?.length === 1 && texts[0] === text;
        },
        { what: `only “${text.slice(0, 40)}…” to be highlighted` },
      );
    await highlighted(STORY_ONE);
    await page.evaluate(() => (window as unknown as { navigateTo(s: string): void }).navigateTo('two'));
    await highlighted(STORY_TWO);
    expect(await page.evaluate(() => location.search)).toBe('?story=two');
    await page.evaluate(() => history.back());
    await highlighted(STORY_ONE);
    expect((await page.tabState()).badge).toBe('1');
  });

  it('keyboard only: the tab list, then each finding opens its card with Enter', async () => {
    const matches = ctx.matchesOf(DEMO);
    const page = await ctx.load(DEMO);
    await ctx.scanReported(page);
    const sidebar = await openSidebar(page);
    await listed(sidebar, matches.length);

    const tabTo = async (prefix: string, max = 8) => {
      for (let i = 0; i < max; i++) {
        await sidebar.press('Tab');
        const f = await sidebar.evaluate(focused);
        if (f.element.startsWith(prefix)) return f;
      }
      throw new Error(`Tab never reached ${prefix}`);
    };

    // The tab list is one Tab stop; the arrow keys move between its tabs.
    await tabTo('button.tab');
    await sidebar.press('ArrowRight');
    expect((await sidebar.evaluate(sidebarState)).tab).toBe('sidebar-tab-library');
    expect((await sidebar.evaluate(focused)).text).toBe(message('sidebarTabLibrary'));
    await sidebar.press('ArrowLeft');
    expect((await sidebar.evaluate(sidebarState)).tab).toBe('sidebar-tab-page');

    const cardOf = (statement: string) =>
      openCard(page, (c) => c.claim === statement, `the card “${statement.slice(0, 40)}…” on the page`);
    // Tab reaches the first finding; Enter opens its card on the page.
    const first = await tabTo('button.finding-open');
    expect(first.index).toBe('0');
    await sidebar.press('Enter');
    await cardOf(matches[0]!.claim.statement);
    // Tab passes the finding's Dismiss button and its two verdict buttons, then reaches the second finding.
    expect((await tabTo('button.dismiss', 1)).index).toBe('0');
    expect((await tabTo('button.verdict-button', 1)).text).toBe(message('verdictRight'));
    expect((await tabTo('button.verdict-button', 1)).text).toBe(message('verdictNotThis'));
    const second = await tabTo('button.finding-open', 1);
    expect(second.index).toBe('1');
    await sidebar.press('Enter');
    await cardOf(matches[1]!.claim.statement);
    expect(await page.evaluate(activeFindingIndex)).toBe(1);
    await sidebar.close();
  });

  it('lists what it does not highlight under "Possibly related": a weaker match and a sentence disputing a claim; each opens its card, marked as such; screenshots', async () => {
    const possible = ctx.possibleOf(DEMO);
    const disputing = possible.findIndex((m) => m.kind === 'disputes');
    const weaker = possible.findIndex((m) => m.kind !== 'disputes');
    expect(disputing).toBeGreaterThanOrEqual(0);
    expect(weaker).toBeGreaterThanOrEqual(0);
    const page = await ctx.load(DEMO);
    await ctx.scanReported(page);
    const sidebar = await openSidebar(page);
    await listed(sidebar, ctx.matchesOf(DEMO).length);
    const related = await poll(
      async () => {
        const items = await sidebar.evaluate(sidebarRelated);
        return items.length === possible.length ? items : null;
      },
      { what: 'the sidebar to list what is possibly related' },
    );
    expect(related.map((r) => unquote(r.text))).toEqual(possible.map((m) => asExtracted(m.text)));
    expect(related.map((r) => r.statement)).toEqual(possible.map((m) => m.claim.statement));
    expect(related[disputing]).toMatchObject({ kind: 'disputes', label: message('sidebarDisputesClaim') });
    expect(related[weaker]?.label).toBe(message('sidebarMayStateClaim'));
    // Neither is highlighted on the page.
    const highlighted = (await page.evaluate(highlightTexts, MARKER)) ?? [];
    for (const m of possible) expect(highlighted.map(asExtracted)).not.toContain(asExtracted(m.text));

    // Activating the disputing sentence scrolls to it and opens its card, which says it disputes the claim.
    await sidebar.click(`.related .finding:nth-child(${disputing + 1}) .finding-open`);
    const card = await openCard(
      page,
      (c) => loaded(c) && c.kind === 'disputes',
      'the card of the disputing sentence to open',
    );
    expect(card.claim).toBe(possible[disputing]!.claim.statement);
    expect(card.kindText).toBe(message('kindDisputes'));
    expect(card.relatedNote).toBe(message('cardRelatedDisputes'));
    await mkdir(ctx.screenshotDir, { recursive: true });
    const cardFile = join(ctx.screenshotDir, `card-disputes-${ctx.browser}.png`);
    await page.screenshot(cardFile);
    expect((await stat(cardFile)).size).toBeGreaterThan(10_000);

    // The weaker match: its card says why it is not highlighted.
    await sidebar.click(`.related .finding:nth-child(${weaker + 1}) .finding-open`);
    const weak = await openCard(
      page,
      (c) => !c.loading && c.claim === possible[weaker]!.claim.statement,
      'the card of the weaker match to open',
    );
    expect(weak.relatedNote).toBe(message('cardRelatedWeak'));

    await sidebar.evaluate(() => document.querySelector('.related')?.scrollIntoView({ block: 'start' }));
    const sidebarFile = join(ctx.screenshotDir, `sidebar-related-${ctx.browser}.png`);
    await sidebar.screenshot(sidebarFile);
    expect((await stat(sidebarFile)).size).toBeGreaterThan(10_000);
    expect(sidebar.console.filter((m) => /error/i.test(m))).toEqual([]);
    await sidebar.close();
  });

  it('the sidebar (each tab, and a claim opened from the library) and the options page have no axe-core violations; screenshots', async () => {
    const page = await ctx.load(DEMO);
    await ctx.scanReported(page);
    const sidebar = await openSidebar(page);
    await listed(sidebar, ctx.matchesOf(DEMO).length);
    await sidebar.addScript(axeSource());
    await mkdir(ctx.screenshotDir, { recursive: true });
    const shot = async (view: ExtensionPage, name: string) => {
      const file = join(ctx.screenshotDir, `${name}-${ctx.browser}.png`);
      await view.screenshot(file);
      expect((await stat(file)).size).toBeGreaterThan(10_000);
    };

    await axeClean(sidebar, 'sidebar: on this page');
    await shot(sidebar, 'sidebar-page');
    for (const tab of ['library', 'timeline'] as const) {
      await sidebar.click(`#sidebar-tab-${tab}`);
      await poll(async () => (await sidebar.evaluate(sidebarState)).tab === `sidebar-tab-${tab}`, {
        what: `the ${tab} tab`,
      });
      await axeClean(sidebar, `sidebar: ${tab}`);
      await shot(sidebar, `sidebar-${tab}`);
    }
    // A claim opened from the library: the same claim view as the card.
    await sidebar.click('#sidebar-tab-library');
    await sidebar.click('#sidebar-panel-library .claim-open');
    await poll(async () => sidebar.evaluate(() => document.querySelector('.claim-detail .claim-view') !== null), {
      what: 'a claim to open from the library',
    });
    await axeClean(sidebar, 'sidebar: a claim from the library');
    await shot(sidebar, 'sidebar-claim');
    await sidebar.close();

    const options = await ctx.driver().openExtensionPage('extension/options/index.html', { width: 900, height: 1100 });
    await poll(async () => options.evaluate(() => document.querySelector('input[type="checkbox"]') !== null), {
      what: 'the options page to render',
    });
    await options.addScript(axeSource());
    await axeClean(options, 'options');
    await shot(options, 'options');
    expect(options.console.filter((m) => /error/i.test(m))).toEqual([]);
    await options.close();
  });
}
