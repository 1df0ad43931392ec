/**
 * Hostile and odd pages (tests/fixtures/hostile): CSS aimed at every element, 10 MB of text, 10,000-deep
 * nesting, a page that replaces its nodes while it is read, mixed scripts and form fields, open and
 * closed shadow roots, same- and cross-origin frames, and a page that overrides the DOM's own objects.
 * Each: no error from ClaimLens, the page keeps working, and the findings are the sensible ones.
 */
import { expect, it } from 'vitest';
import type { TabState, TestPage } from './harness/browsers';
import {
  highlightNames,
  highlightTexts,
  outerHtml,
  pageIdle,
  recorder,
  type CardSnapshot,
} from './harness/page-scripts';
import { message } from './harness/paths';
import { poll } from './harness/util';

export interface HostileContext {
  load(path: string): Promise<TestPage>;
  scanReported(page: TestPage): Promise<TabState>;
  hoverFinding(page: TestPage, index: number): Promise<CardSnapshot>;
  /** A URL the page itself loads (a frame), which the zero-network test should expect. */
  expectPageRequest(url: string): void;
  serverUrl(path: string): string;
}

const CLAIM = 'The Met said the technology produced a false alert only once in every 1,000 cases.';
const CLOSED_CLAIM =
  'Civil liberties campaigners described the rollout as an enormous expansion of the surveillance state.';
const MARKER = 'claimlens-amber';

/** The page's own health flag, set by its last script. */
const pageOk = () => (window as unknown as { __pageOk?: boolean }).__pageOk === true;

/** Highlighted text read from the ranges' nodes, for a page that overrides Range.prototype.toString. */
function rawHighlightTexts(name: string): string[] | null {
  const h = CSS.highlights.get(name);
  if (!h) return null;
  return [...h].map((r) => {
    const range = r as Range;
    const node = range.startContainer as Text;
    return range.startContainer === range.endContainer ? node.data.slice(range.startOffset, range.endOffset) : '?';
  });
}

export function defineHostileTests(ctx: HostileContext): void {
  const claimLensErrors = (page: TestPage) => page.console.filter((m) => m.includes('ClaimLens'));

  async function highlighted(page: TestPage, expected: string[], read = highlightTexts): Promise<void> {
    await poll(async () => JSON.stringify(await page.evaluate(read, MARKER)) === JSON.stringify(expected), {
      what: `the highlights ${JSON.stringify(expected).slice(0, 80)}`,
      timeout: 30_000,
    });
  }

  it('hostile: CSS aimed at every element (all: unset, !important, display: none on the card) breaks neither the highlights nor the card', async () => {
    const page = await ctx.load('/hostile/css-everything.html');
    await ctx.scanReported(page);
    await highlighted(page, [CLAIM]);
    const card = await ctx.hoverFinding(page, 0);
    expect(card.claim).toBeTruthy();
    expect(card.rect.right - card.rect.left).toBeGreaterThan(250);
    expect(card.rect.bottom - card.rect.top).toBeGreaterThan(120);
    expect(claimLensErrors(page)).toEqual([]);
  });

  it('hostile: 10,000-deep nesting is read without a stack overflow', async () => {
    const page = await ctx.load('/hostile/deep-nesting.html');
    expect(await page.evaluate(pageOk)).toBe(true);
    await highlighted(page, [CLAIM]);
    expect(claimLensErrors(page)).toEqual([]);
  });

  it('hostile: 10 MB of text is read (up to the extraction cap) without breaking the page', async () => {
    const page = await ctx.load('/hostile/huge-text.html');
    expect(await page.evaluate(pageOk)).toBe(true);
    // The tooltip is written after the badge: once it says so, both are up to date.
    const state = await poll(
      async () => {
        const s = await page.tabState();
        return s.title === message('actionTitleFindings', ['1']) ? s : null;
      },
      { what: 'the claim at the top of 10 MB of text to be counted', timeout: 45_000 },
    );
    expect(state.badge).toBe('1');
    expect(await page.evaluate(highlightTexts, MARKER)).toEqual([CLAIM]);
    // The page still responds.
    expect(await page.evaluate(() => document.querySelectorAll('#bulk p').length)).toBeGreaterThan(1000);
    expect(claimLensErrors(page)).toEqual([]);
  });

  it('hostile: a page that replaces its paragraphs every 5 ms while it is read ends with its claim highlighted once', async () => {
    const page = await ctx.load('/hostile/removing-nodes.html');
    await poll(async () => page.evaluate(() => document.documentElement.dataset.settled === 'true'), {
      what: 'the page to settle',
    });
    await highlighted(page, [CLAIM]);
    await page.evaluate(pageIdle);
    expect(await page.evaluate(highlightTexts, MARKER)).toEqual([CLAIM]);
    expect((await page.tabState()).badge).toBe('1');
    expect(claimLensErrors(page)).toEqual([]);
  });

  it('hostile: right-to-left text, emoji and combining marks around a claim; form fields and editable areas are not read', async () => {
    const page = await ctx.load('/hostile/scripts-and-fields.html');
    await ctx.scanReported(page);
    // The paragraph's claim (after emoji and combining marks) and the one in <pre>; not the textarea's
    // nor the editable area's (a reader's own input).
    await highlighted(page, [CLAIM, CLAIM]);
    const ranges = await page.evaluate(() =>
      [...(CSS.highlights.get('claimlens-amber') ?? [])].map(
        (r) => (r as Range).startContainer.parentElement?.localName,
      ),
    );
    expect(ranges).toEqual(['p', 'pre']);
    expect(await page.evaluate(pageOk)).toBe(true);
    expect(claimLensErrors(page)).toEqual([]);
  });

  it('hostile: a claim in an open shadow root is highlighted; one in a closed shadow root cannot be reached', async () => {
    const page = await ctx.load('/hostile/shadow-roots.html');
    await ctx.scanReported(page);
    await poll(async () => (await page.tabState()).badge === '1', { what: 'the open shadow root’s claim to count' });
    const texts = await page.evaluate(() => {
      const h = CSS.highlights.get('claimlens-amber');
      return h ? [...h].map((r) => (r as Range).toString()) : [];
    });
    expect(texts).toEqual([CLAIM]);
    expect(texts).not.toContain(CLOSED_CLAIM);
    expect(claimLensErrors(page)).toEqual([]);
  });

  it('hostile: claims in a same-origin and a cross-origin frame are each found in their frame', async () => {
    ctx.expectPageRequest(ctx.serverUrl('/hostile/frame-inner.html'));
    ctx.expectPageRequest(ctx.serverUrl('/hostile/frame-inner.html').replace('127.0.0.1', 'localhost'));
    const page = await ctx.load('/hostile/frames.html');
    const state = await poll(
      async () => {
        const s = await page.tabState();
        return s.title === message('actionTitleFindings', ['2']) ? s : null;
      },
      { what: 'both frames’ claims to be counted', timeout: 30_000 },
    );
    expect(state.badge).toBe('2');
    // The top page has none of its own; the same-origin frame's highlight is in the frame's document.
    expect(await page.evaluate(highlightNames)).toEqual([]);
    const inFrame = await page.evaluate(() => {
      const frame = document.getElementById('same') as HTMLIFrameElement;
      const h = (frame.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights.get('claimlens-amber');
      return h ? [...h].map((r) => (r as Range).toString()) : null;
    });
    expect(inFrame).toEqual([CLAIM]);
  });

  it('hostile: a page that overrides Range, MutationObserver, Node.prototype, CSS.highlights and more still gets its claim highlighted, and keeps its overrides', async () => {
    const page = await ctx.load('/hostile/overrides.html');
    await ctx.scanReported(page);
    await highlighted(page, [CLAIM], rawHighlightTexts);
    expect(await page.evaluate(pageOk)).toBe(true);
    // ClaimLens works in its own world and changed nothing in the page.
    const seen = await page.evaluate(recorder);
    expect(await page.evaluate(outerHtml)).toBe(seen?.dclHtml);
    expect(claimLensErrors(page)).toEqual([]);
  });
}
