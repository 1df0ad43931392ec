/**
 * End-to-end tests of the reader's verdicts: "Right claim" and "Not this claim" on the card and in the
 * sidebar, a rejected finding gone at once and after a reload, the settings page's list, its export and
 * Clear. Defined inside the browser's suite (suite.ts), so they share its browser and server.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ExtensionPage, TestPage } from './harness/browsers';
import { highlightTexts, sidebarFindings, type CardSnapshot } from './harness/page-scripts';
import { catchDownloads, savedFile } from './harness/downloads';
import { message } from './harness/paths';
import { poll } from './harness/util';
import type { SuiteContext } from './sidebar-tests';

export interface VerdictTestContext extends SuiteContext {
  hoverFinding(page: TestPage, index: number): Promise<CardSnapshot>;
}

const DEMO = '/demo/article.html';
const MARKER = 'claimlens-amber';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A real click on a verdict button of the open card (its shadow root is open). */
async function clickCardVerdict(page: TestPage, verdict: string): Promise<void> {
  const point = await page.evaluate((v) => {
    const button = document.querySelector('claimlens-card')?.shadowRoot?.querySelector(`[data-verdict="${v}"]`);
    if (!button) return null;
    button.scrollIntoView({ block: 'nearest' });
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, verdict);
  if (!point) throw new Error(`the card has no ${verdict} button`);
  await page.mouseClick(point.x, point.y);
}

/** The open card's verdict: which button is pressed and what its status says. */
function cardVerdict(): { pressed: string | null; status: string } | null {
  const root = document.querySelector('claimlens-card')?.shadowRoot;
  const group = root?.querySelector('[data-part="verdict"]');
  if (!group) return null;
  return {
    pressed: group.querySelector('[aria-pressed="true"]')?.getAttribute('data-verdict') ?? null,
    status: (group.querySelector('[role="status"]')?.textContent ?? '').trim(),
  };
}

const verdictCount = (options: ExtensionPage) =>
  options.evaluate(() => document.querySelector('[data-part="verdicts-count"]')?.textContent ?? '');

export function defineVerdictTests(ctx: VerdictTestContext): void {
  async function highlightsAre(page: TestPage, expected: string[], what: string): Promise<void> {
    await poll(
      async () =>
        JSON.stringify(((await page.evaluate(highlightTexts, MARKER)) ?? []).map(squash)) === JSON.stringify(expected),
      { what, timeout: 20_000 },
    );
  }

  it('verdicts: "Right claim" stays pressed; "Not this claim" removes the finding at once and after a reload, from the card and from the sidebar; the settings page lists, exports and clears them', async () => {
    const driver = ctx.driver();
    const matches = ctx.matchesOf(DEMO);
    expect(matches.length).toBeGreaterThanOrEqual(4);
    const sentences = matches.map((m) => squash(m.text));
    let options: ExtensionPage | null = null;
    try {
      const page = await ctx.load(DEMO);
      await ctx.scanReported(page);

      // "Right claim" on the first finding's card: pressed, and said to be saved.
      await ctx.hoverFinding(page, 0);
      await clickCardVerdict(page, 'right-claim');
      const right = await poll(
        async () => {
          const v = await page.evaluate(cardVerdict);
          return v?.pressed === 'right-claim' ? v : null;
        },
        { what: 'the card to show the verdict given' },
      );
      expect(right.status).toBe(message('verdictSaved'));
      await page.screenshot(join(ctx.screenshotDir, `card-verdict-${ctx.browser}.png`));

      // "Not this claim" on the second: its highlight goes at once, the card closes, the badge counts one less.
      await page.press('Escape');
      await ctx.hoverFinding(page, 1);
      await clickCardVerdict(page, 'not-this-claim');
      const left = sentences.filter((_, i) => i !== 1);
      await highlightsAre(page, left, 'the rejected finding’s highlight to go');
      await poll(async () => (await page.evaluate(cardVerdict)) === null, { what: 'the card to close' });
      await poll(async () => (await page.tabState()).badge === String(left.length), { what: 'the badge to count it' });

      // After a reload the sentence is still not highlighted with that claim; the card remembers "Right claim".
      const reloaded = await ctx.load(DEMO);
      await ctx.scanReported(reloaded);
      await highlightsAre(reloaded, left, 'the rejected finding to stay gone after a reload');
      await ctx.hoverFinding(reloaded, 0);
      expect((await reloaded.evaluate(cardVerdict))?.pressed).toBe('right-claim');
      await reloaded.press('Escape');

      // From the sidebar: "Not this claim" on its first listed finding.
      const sidebar = await driver.openExtensionPage(`extension/sidebar/index.html?tabId=${await reloaded.tabId()}`, {
        width: 400,
        height: 900,
      });
      try {
        await poll(async () => ((await sidebar.evaluate(sidebarFindings)) ?? []).length === left.length, {
          what: 'the sidebar to list the findings',
        });
        expect(
          await sidebar.evaluate(() =>
            document.querySelector('.summary-meta')?.textContent?.includes('1 hidden by your verdicts'),
          ),
        ).toBe(true);
        await sidebar.click('.finding[data-index="0"] [data-verdict="not-this-claim"]');
        const fewer = left.slice(1);
        await highlightsAre(reloaded, fewer, 'the finding rejected in the sidebar to leave the page');
        await poll(async () => ((await sidebar.evaluate(sidebarFindings)) ?? []).length === fewer.length, {
          what: 'the sidebar to drop it',
        });
        expect(sidebar.console.filter((m) => /error/i.test(m))).toEqual([]);
      } finally {
        await sidebar.close();
      }

      // The settings page: the count, the export (labelled, no sites), and Clear after asking.
      options = await driver.openExtensionPage('extension/options/index.html', { width: 900, height: 1400 });
      const view = options;
      // The sidebar's "Not this claim" on the first finding replaced the card's "Right claim" on it.
      await poll(async () => (await verdictCount(view)) === message('optionsVerdictsCount', ['2', '0', '2']), {
        what: 'the settings page to count two verdicts',
      });
      await catchDownloads(view);
      await view.click('[data-part="verdicts-export"]');
      const saved = await savedFile(view, 'the verdicts file');
      expect(saved.name).toMatch(/^claimlens-verdicts-\d{4}-\d{2}-\d{2}\.json$/);
      expect(saved.text).not.toContain('127.0.0.1');
      const file = JSON.parse(saved.text) as {
        format: string;
        claimlensVersion: string;
        verdicts: Array<{ sentence: string; claimId: string; verdict: string; version: string }>;
      };
      expect(file.format).toBe('claimlens-verdicts');
      expect(file.verdicts.map((v) => [squash(v.sentence), v.claimId, v.verdict])).toEqual([
        [sentences[1], matches[1]!.claim.id, 'not-this-claim'],
        [sentences[0], matches[0]!.claim.id, 'not-this-claim'],
      ]);
      expect(new Set(file.verdicts.map((v) => v.version))).toEqual(new Set([file.claimlensVersion]));
      await view.click('[data-part="verdicts"] summary');
      await view.evaluate(() => document.querySelector('[data-part="verdicts"]')?.scrollIntoView());
      await view.screenshot(join(ctx.screenshotDir, `verdicts-${ctx.browser}.png`));

      await view.click('[data-part="verdicts-clear"]');
      await view.click('[data-part="verdicts-clear-yes"]');
      await poll(async () => (await verdictCount(view)) === message('optionsVerdictsNone'), {
        what: 'the verdicts to be cleared',
      });
      expect(view.console.filter((m) => /error/i.test(m))).toEqual([]);

      // Cleared: a page loaded now highlights every finding again.
      const fresh = await ctx.load(DEMO);
      await ctx.scanReported(fresh);
      await highlightsAre(fresh, sentences, 'every finding to be highlighted again');
    } finally {
      await driver.removeStorage('verdicts');
      await options?.close().catch(() => undefined);
    }
  });
}
