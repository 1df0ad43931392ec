/**
 * End-to-end tests of claim packs: imported on the settings page (a dropped ClaimReview file, a chosen
 * ClaimLens pack), their claims highlighted on a page with the same card (the reviewer and the rating on
 * it), a pack switched off no longer matched, and a broken pack listing its problems while nothing
 * installed changes. Defined inside the browser's suite (suite.ts), so they share its browser and server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import type { Driver, ExtensionPage, TabState, TestPage } from './harness/browsers';
import { highlightTexts, type CardSnapshot } from './harness/page-scripts';
import { message, REPO_ROOT } from './harness/paths';
import { poll } from './harness/util';

export interface PackTestContext {
  driver(): Driver;
  load(path: string): Promise<TestPage>;
  scanReported(page: TestPage): Promise<TabState>;
  hoverFinding(page: TestPage, index: number): Promise<CardSnapshot>;
  browser: string;
  screenshotDir: string;
}

const PAGE = '/packs/pack-claims.html';
const MARKER = 'claimlens-amber';
const PACK_SENTENCE =
  "The borough's policing lead told councillors that the facial recognition vans had scanned 52,000 faces in the town centre since January.";
const REVIEWED_SENTENCE =
  'A leaflet handed out at the meeting said that one in ten people flagged by the facial recognition cameras was wrongly stopped by officers.';

const SINCE_2023_PAGE = '/packs/since-2023.html';
const SINCE_2023_SENTENCES = [
  "According to the Metropolitan Police's annual report, its live facial recognition deployments led to 962 arrests between September 2024 and September 2025.",
  'Ministers have paid for ten more camera vans so that seven police forces outside London can use live facial recognition too.',
  "In April the High Court ruled that the Met's live facial recognition policy was lawful, dismissing the challenge brought by Shaun Thompson and Silkie Carlo.",
];
const ARRESTS_CLAIM = parse(
  readFileSync(join(REPO_ROOT, 'packs/since-2023/claims/met-lfr-report-962-arrests-2024-2025.yaml'), 'utf8'),
) as { statement: string; claimant: { name: string } };

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/packs', name), 'utf8');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Hands the settings page a file as a drop on its box, or through its file picker. */
async function giveFile(options: ExtensionPage, name: string, how: 'drop' | 'choose'): Promise<void> {
  await poll(() => options.evaluate(() => document.querySelector('#pack-file:not([disabled])') !== null), {
    what: 'the settings page’s pack picker',
  });
  return options.evaluate(
    ({ name, text, how }) => {
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      if (how === 'drop') {
        const box = document.querySelector('[data-part="pack-drop"]')!;
        box.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
      } else {
        const input = document.querySelector<HTMLInputElement>('#pack-file')!;
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
    { name, text: fixture(name), how },
  );
}

/** Everything in the extension's storage, as JSON (runs in the settings page). */
async function storedItems(): Promise<string> {
  type Api = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
  return JSON.stringify(await api.storage.local.get(null));
}

const packStatus = (options: ExtensionPage) =>
  options.evaluate(() => document.querySelector('[data-part="pack-status"]')?.textContent ?? '');
const packList = (options: ExtensionPage) =>
  options.evaluate(() =>
    [...document.querySelectorAll('[data-part="pack-list"] li')].map((li) => li.getAttribute('data-pack')),
  );

export function definePackTests(ctx: PackTestContext): void {
  /** The pack marks of the claims in the sidebar's library (for `page`'s tab), once `enough` says so. */
  async function libraryMarks(page: TestPage, enough: (marks: string[]) => boolean, what: string): Promise<string[]> {
    const library = await ctx
      .driver()
      .openExtensionPage(`extension/sidebar/index.html?tab=library&tabId=${await page.tabId()}`, {
        width: 400,
        height: 900,
      });
    try {
      return await poll(
        async () =>
          library
            .evaluate(() => [...document.querySelectorAll('[data-part="pack"]')].map((e) => e.textContent ?? ''))
            .then((m) => (enough(m) ? m : null)),
        { what },
      );
    } finally {
      await library.close();
    }
  }

  async function highlighted(page: TestPage, expected: string[], what: string): Promise<void> {
    await poll(
      async () => {
        const texts = ((await page.evaluate(highlightTexts, MARKER)) ?? []).map(oneLine);
        return JSON.stringify(texts) === JSON.stringify(expected);
      },
      { what, timeout: 20_000 },
    );
  }

  it('claim packs: a ClaimReview file and a ClaimLens pack imported on the settings page are highlighted with the same card, the reviewer and rating on it; switched off, a pack is not matched; a broken pack lists its problems and changes nothing', async () => {
    const driver = ctx.driver();
    const before = await ctx.load(PAGE);
    await ctx.scanReported(before);
    expect(await before.evaluate(highlightTexts, MARKER)).toBeNull();
    const openOptions = () => driver.openExtensionPage('extension/options/index.html', { width: 900, height: 1400 });
    let options = await openOptions();
    try {
      await giveFile(options, 'example-claimreview.json', 'drop');
      await poll(
        async () => (await packStatus(options)) === message('optionsPacksImported', ['example-claimreview', '2']),
        { what: 'the ClaimReview file to be imported', timeout: 20_000 },
      );
      await giveFile(options, 'example-pack.json', 'choose');
      await poll(
        async () => (await packStatus(options)) === message('optionsPacksImported', ['Example Newsroom checks', '1']),
        { what: 'the ClaimLens pack to be imported', timeout: 20_000 },
      );
      expect(await packList(options)).toEqual([
        'bundled',
        'claims-since-2023',
        'claimreview-example-claimreview',
        'example-newsroom',
      ]);
      await options.evaluate(() => document.querySelector('[data-part="packs"]')?.scrollIntoView());
      await options.screenshot(join(ctx.screenshotDir, `packs-${ctx.browser}.png`));

      // A page opened now (a new page closes the settings page): both packs' claims are highlighted, and
      // the card is the usual one.
      const page = await ctx.load(PAGE);
      await highlighted(page, [PACK_SENTENCE, REVIEWED_SENTENCE], 'both packs’ claims to be highlighted');
      const card = await ctx.hoverFinding(page, 1);
      expect(card.claim).toBe('One in ten people flagged by the cameras was wrongly stopped.');
      const review = await page.evaluate(() => {
        const root = document.querySelector('claimlens-card')?.shadowRoot;
        return (root?.querySelector('[data-part="review"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
      expect(review).toContain(message('reviewedBy', ['Example Fact Check']));
      expect(review).toContain(message('reviewRating', ['2 on a scale of 1 to 5']));
      expect(card.claimantLines[0]).toContain('A campaign leaflet');
      await page.screenshot(join(ctx.screenshotDir, `card-review-${ctx.browser}.png`));

      // A broken pack: its problems, with the line; nothing installed or stored changes.
      options = await openOptions();
      const stored = await options.evaluate(storedItems);
      await giveFile(options, 'broken-pack.json', 'drop');
      const problems = await poll(
        async () =>
          options
            .evaluate(() =>
              [...document.querySelectorAll('[data-part="pack-problems"] li')].map((li) => li.textContent ?? ''),
            )
            .then((items) => (items.length > 0 ? items : null)),
        { what: 'the broken pack’s problems to be listed' },
      );
      expect(problems).toEqual([
        expect.stringMatching(
          /^claims\[0\]\.excerpts\[0\]\.text \(line \d+, example-misquoted\): not an exact substring of seed document "example-council-2026"/,
        ),
      ]);
      expect(await packList(options)).toEqual([
        'bundled',
        'claims-since-2023',
        'claimreview-example-claimreview',
        'example-newsroom',
      ]);
      const after = await options.evaluate(storedItems);
      expect(after).toBe(stored);

      // The sidebar's library lists the packs' claims after the bundled ones, each marked with its pack.
      const marks = await libraryMarks(page, (m) => new Set(m).size >= 3, 'the library to mark the packs’ claims');
      expect(new Set(marks)).toEqual(
        new Set([
          message('fromPack', ['Claims since 2023']),
          message('fromPack', ['example-claimreview']),
          message('fromPack', ['Example Newsroom checks']),
        ]),
      );

      // Switched off, the ClaimReview pack's claim is no longer matched on the open page.
      await options.click('[data-pack="claimreview-example-claimreview"] input[role="switch"]');
      await highlighted(page, [PACK_SENTENCE], 'the switched-off pack’s claim to lose its highlight');
      expect(options.console.filter((m) => /error/i.test(m))).toEqual([]);
    } finally {
      // The packs this test imported are removed as a reader removes them (the one that comes with
      // ClaimLens stays).
      const remove = await driver.openExtensionPage('extension/options/index.html', { width: 900, height: 1400 });
      await poll(async () => (await packList(remove)).length > 1, { what: 'the settings page to list the packs' });
      for (const id of ['claimreview-example-claimreview', 'example-newsroom']) {
        await poll(
          async () =>
            remove.evaluate((pack) => {
              const button = document.querySelector<HTMLButtonElement>(`[data-pack="${pack}"] button`);
              button?.click();
              return button === null;
            }, id),
          { what: `${id} to be removed` },
        );
      }
      await remove.close();
      await options.close();
    }
  });

  it('the claims since 2023 come with ClaimLens: on by default, highlighted with the same card, listed in the settings (switchable, not removable) and in the library', async () => {
    const driver = ctx.driver();
    const page = await ctx.load(SINCE_2023_PAGE);
    await highlighted(page, SINCE_2023_SENTENCES, 'the claims since 2023 to be highlighted');
    const card = await ctx.hoverFinding(page, 0);
    expect(card.claim).toBe(ARRESTS_CLAIM.statement);
    expect(card.claimantLines.join(' ')).toContain(ARRESTS_CLAIM.claimant.name);
    await page.screenshot(join(ctx.screenshotDir, `card-since-2023-${ctx.browser}.png`));

    const options = await driver.openExtensionPage('extension/options/index.html', { width: 900, height: 1400 });
    try {
      const listed = await poll(
        async () => {
          const list = await packList(options);
          return list.length > 1 ? list : null;
        },
        { what: 'the settings page to list the packs' },
      );
      expect(listed).toEqual(['bundled', 'claims-since-2023']);
      const row = await options.evaluate(() => {
        const li = document.querySelector('[data-pack="claims-since-2023"]');
        return {
          name: li?.querySelector('.pack-name')?.textContent ?? '',
          detail: li?.querySelector('.hint')?.textContent ?? '',
          buttons: li?.querySelectorAll('button').length ?? -1,
          on: li?.querySelector<HTMLInputElement>('input[role="switch"]')?.checked ?? null,
        };
      });
      expect(row).toEqual({
        name: 'Claims since 2023',
        detail: expect.stringContaining('comes with ClaimLens'),
        buttons: 0,
        on: true,
      });
      // Switched off, its claims are no longer highlighted; on again, they are.
      await options.click('[data-pack="claims-since-2023"] input[role="switch"]');
      await highlighted(page, [], 'the switched-off pack’s claims to lose their highlights');
      await options.click('[data-pack="claims-since-2023"] input[role="switch"]');
      await highlighted(page, SINCE_2023_SENTENCES, 'the claims since 2023 to be highlighted again');
      expect(options.console.filter((m) => /error/i.test(m))).toEqual([]);
    } finally {
      await options.close();
    }

    const marks = await libraryMarks(page, (m) => m.length >= 40, 'the library to list the claims since 2023');
    expect(new Set(marks)).toEqual(new Set([message('fromPack', ['Claims since 2023'])]));
  });
}
