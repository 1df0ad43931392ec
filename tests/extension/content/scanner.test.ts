// @vitest-environment happy-dom
/**
 * The content script's scanner (extension/content/scanner.ts): it reads a tree of the page in slices and
 * hands over its findings as it makes them, the first at once, each handover a prefix of the result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadMatcher } from '../../../src/cli/load-matcher';
import { listingFloor, SCORE } from '../../../src/match/score';

vi.mock('../../../extension/content/extension-module', () => ({
  articleReader: () => import('../../../extension/content/article-reader'),
  cardHost: () => import('../../../extension/content/card-host'),
}));
const { Scanner } = await import('../../../extension/content/scanner');

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const { matcher } = loadMatcher({ floor: listingFloor(SCORE.floor) });

function load(page: string): void {
  const html = readFileSync(join(FIXTURES, `${page}.html`), 'utf8').replace(/<link\b[^>]*>/gi, '');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

describe('Scanner', () => {
  it('hands over the findings as it makes them, the first one on its own, each a prefix of the result', async () => {
    load('met-lfr-news-article');
    const handed: string[][] = [];
    const scanner = new Scanner(document, matcher, new AbortController().signal);
    scanner.newPage();
    // The page's date is read with the article, by the module loaded once a page may have something to highlight.
    expect(scanner.pageDate).toBeNull();
    const found = await scanner.scan({
      root: document.body,
      tree: document,
      progress: (soFar) => handed.push(soFar.map((p) => p.finding.claimId)),
    });
    expect(scanner.topical).toBe(true);
    expect(scanner.pageDate).toBe('2020-01-24');
    const result = found.map((p) => p.finding.claimId);
    expect(result.length).toBeGreaterThan(1);
    expect(handed.length).toBeGreaterThan(0);
    expect(handed[0]).toEqual(result.slice(0, 1));
    for (const soFar of handed) expect(result.slice(0, soFar.length)).toEqual(soFar);
    // Each finding comes with its range on the page, over the words it was found in.
    for (const { finding, range } of found)
      expect(range.toString().replace(/\s+/g, ' ')).toBe(finding.text.replace(/\s+/g, ' '));
  });

  it('finds nothing on a page about something else, and says it is not about the subject', async () => {
    load('no-claims-community-garden');
    const scanner = new Scanner(document, matcher, new AbortController().signal);
    scanner.newPage();
    expect(await scanner.scan({ root: document.body, tree: document })).toEqual([]);
    expect(scanner.topical).toBe(false);
  });

  it('stops when its signal is aborted', async () => {
    load('met-lfr-news-article');
    const controller = new AbortController();
    const scanner = new Scanner(document, matcher, controller.signal);
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(scanner.scan({ root: document.body, tree: document })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
