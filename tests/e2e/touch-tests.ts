/**
 * End-to-end tests on a touch screen the size of a phone (390×844): a tap on a highlighted sentence opens
 * its card as a bottom sheet that fits the screen and keeps the sentence in view; another sentence's tap
 * switches the card; a tap elsewhere closes it; a tap on a link inside a highlighted sentence follows the
 * link; where there is no sidebar (Firefox for Android), the popup lists the page's findings. Defined inside the browser's suite (suite.ts), so they share its browser and server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import {
  cardSnapshot,
  findingPoint,
  runAxeOnCard,
  runAxeOnDocument,
  sidebarFindings,
  sidebarState,
} from './harness/page-scripts';
import { loaded, openCard } from './harness/cards';
import { poll } from './harness/util';
import type { SuiteContext } from './sidebar-tests';

export interface TouchTestContext extends SuiteContext {
  /** A page the test itself opens by other means than load() (a followed link): the proxy will see it. */
  expectPageRequest(path: string): void;
}

const PAGE = '/touch/phone-article.html';
const PHONE = { width: 390, height: 844 } as const;

/** The open card's box, whether it is a sheet, and where the active sentence is, in the viewport. */
function sheetLayout(): {
  card: { top: number; bottom: number; left: number; right: number; height: number };
  sheet: boolean;
  sentence: { top: number; bottom: number } | null;
  focusInCard: boolean;
  viewport: { width: number; height: number };
} | null {
  const host = document.querySelector('claimlens-card');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-part="card"]');
  if (!host || !card) return null;
  const r = card.getBoundingClientRect();
  const active = CSS.highlights.get('claimlens-active');
  const range = active ? [...active][0] : undefined;
  const s = range instanceof Range ? range.getBoundingClientRect() : null;
  return {
    card: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height },
    sheet: card.hasAttribute('data-sheet'),
    sentence: s ? { top: s.top, bottom: s.bottom } : null,
    focusInCard: document.activeElement === host,
    viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
  };
}

/** The middle of the link inside the highlighted sentence, scrolled into view. */
function linkPoint(): { x: number; y: number } | null {
  const link = document.getElementById('review-link');
  if (!link) return null;
  link.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = link.getClientRects()[0];
  return r ? { x: Math.round(r.left + Math.min(r.width / 2, 30)), y: Math.round(r.top + r.height / 2) } : null;
}

/** A point in a paragraph that states no claim, near the top of the screen (above an open sheet). */
function plainPoint(): { x: number; y: number } | null {
  const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes('town hall meeting'));
  if (!p) return null;
  p.scrollIntoView({ block: 'start', behavior: 'instant' });
  const r = p.getBoundingClientRect();
  return { x: Math.round(r.left + 20), y: Math.round(r.top + 12) };
}

export function defineTouchTests(ctx: TouchTestContext): void {
  it('touch, 390×844: a tap opens the card as a bottom sheet that fits and keeps the sentence in view, focus in it; another tap switches, a tap outside closes; a tap on a link in a sentence follows it; axe finds nothing', async () => {
    const matches = ctx.matchesOf(PAGE);
    expect(matches.length).toBeGreaterThanOrEqual(3);
    const page = await ctx.load(PAGE);
    await page.emulatePhone(PHONE);
    await ctx.scanReported(page);

    const tapFinding = async (index: number) => {
      // Near the top of the screen, above a sheet already open.
      const point = await poll(() => page.evaluate(findingPoint, { index, top: 60 }), {
        what: `highlighted sentence ${index + 1} on the screen`,
      });
      await page.tap(point.x, point.y);
      return openCard(
        page,
        (card) => !card.loading && card.claim === matches[index]!.claim.statement,
        `the card of sentence ${index + 1} to open on a tap`,
      );
    };

    // The last finding, low on the page: the sheet must not cover it.
    const last = matches.length - 1;
    await tapFinding(last);
    // Laid out once it has slid in: two reads a frame apart agree.
    let previous = '';
    const layout = await poll(
      async () => {
        const now = await page.evaluate(sheetLayout);
        const same = now !== null && JSON.stringify(now) === previous;
        previous = JSON.stringify(now);
        return same ? now : null;
      },
      { what: 'the sheet laid out', interval: 250 },
    );
    expect(layout.sheet).toBe(true);
    expect(layout.card.left).toBeGreaterThanOrEqual(0);
    expect(layout.card.right).toBeLessThanOrEqual(layout.viewport.width + 0.5);
    expect(layout.card.bottom).toBeLessThanOrEqual(layout.viewport.height + 0.5);
    expect(layout.card.height).toBeLessThanOrEqual(layout.viewport.height * 0.7 + 1);
    expect(layout.sentence).not.toBeNull();
    expect(layout.sentence!.top).toBeGreaterThanOrEqual(0);
    expect(layout.sentence!.bottom).toBeLessThanOrEqual(layout.card.top);
    expect(layout.focusInCard).toBe(true);
    await page.screenshot(join(ctx.screenshotDir, `sheet-end-${ctx.browser}.png`));

    await page.addScript(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = await page.evaluate(runAxeOnCard);
    expect(axe.violations).toEqual([]);

    // Another sentence's tap switches the card to it.
    await tapFinding(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.screenshot(join(ctx.screenshotDir, `sheet-${ctx.browser}.png`));
    // A tap on a paragraph that states no claim closes the card, and focus leaves it.
    const plain = await page.evaluate(plainPoint);
    if (!plain) throw new Error('no plain paragraph');
    await page.tap(plain.x, plain.y);
    await poll(async () => (await page.evaluate(cardSnapshot)) === null, {
      what: 'the card to close on a tap outside',
    });
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('claimlens-card');

    // The link inside a highlighted sentence wins: the tap follows it, and no card opens.
    const link = await page.evaluate(linkPoint);
    if (!link) throw new Error('no link in the page');
    ctx.expectPageRequest('/touch/review.html');
    await page.tap(link.x, link.y);
    await poll(async () => page.url.endsWith('/touch/review.html'), { what: 'the link to be followed' });
  });

  it('no sidebar (Firefox for Android), 390×844: the popup lists the page’s findings as the sidebar does, a tap on one opens its card on the page; the library opens in a tab; axe finds nothing', async () => {
    const matches = ctx.matchesOf(PAGE);
    const page = await ctx.load(PAGE);
    await page.emulatePhone(PHONE);
    await ctx.scanReported(page);
    const popupPath = `extension/popup/index.html?tabId=${await page.tabId()}&nosidebar`;
    const openPopup = () => ctx.driver().openExtensionPage(popupPath, PHONE);

    const popup = await openPopup();
    const items = await poll(
      async () => {
        const listed = await popup.evaluate(sidebarFindings);
        return listed && listed.length === matches.length ? listed : null;
      },
      { what: `the popup to list ${matches.length} findings` },
    );
    expect(items.map((i) => i.statement)).toEqual(matches.map((m) => m.claim.statement));
    // The whole width of the screen, not the 320 px of a desktop popup.
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBeGreaterThan(360);
    await popup.addScript(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = await popup.evaluate(runAxeOnDocument);
    expect(axe.violations).toEqual([]);
    await popup.screenshot(join(ctx.screenshotDir, `popup-list-${ctx.browser}.png`));

    // The claim library, in a tab of its own, on its library tab.
    const library = await ctx
      .driver()
      .extensionTabOpenedBy('tab=library', () => popup.click('[data-part="open-library"]'));
    await poll(async () => (await library.evaluate(sidebarState)).tab === 'sidebar-tab-library', {
      what: 'the library tab to be shown',
    });
    expect(await library.evaluate(() => document.querySelectorAll('.claim-list > li').length)).toBeGreaterThan(40);
    await library.close();

    // A tap on a finding shows it on the page, with its card.
    const again = await openPopup();
    await poll(async () => ((await again.evaluate(sidebarFindings))?.length ?? 0) === matches.length, {
      what: 'the popup’s list',
    });
    await again.click('.finding[data-index="1"] .finding-open');
    const card = await openCard(page, loaded, 'the card of the second finding to open on the page');
    expect(card.claim).toBe(matches[1]!.claim.statement);
    expect(popup.console.filter((m) => /error/i.test(m))).toEqual([]);
    // The popup closes itself once it has shown a finding; the test leaves no tab closing behind it.
    await again.close().catch(() => undefined);
  });
}
