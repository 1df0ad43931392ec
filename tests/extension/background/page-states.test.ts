/** The background's store of each tab's page state, and what it pushes (extension/background/page-states.ts). */
import { describe, expect, it } from 'vitest';
import { PageStates } from '../../../extension/background/page-states';
import type { TabPage } from '../../../extension/shared/messages';
import { findingSummary as finding, pageState as state } from '../page-state-fixtures';

function watched(pages: PageStates, tabId: number): TabPage[] {
  const seen: TabPage[] = [];
  pages.watch(tabId, (page) => seen.push(page));
  return seen;
}

describe('PageStates', () => {
  it('is loading until the top frame reports, then lists it and the frames that found something', () => {
    const pages = new PageStates();
    const seen = watched(pages, 1);
    expect(pages.page(1)).toEqual({ status: 'loading' });
    pages.record(1, 4, state({ host: 'embed.example', findings: [finding(0)] }));
    expect(seen.at(-1)).toEqual({ status: 'loading' });
    pages.record(1, 2, state({ host: 'ads.example' }));
    pages.record(1, 0, state({ findings: [finding(0), finding(1)] }));
    const page = seen.at(-1);
    expect(page?.status).toBe('ready');
    expect(page?.status === 'ready' && page.frames.map((f) => f.frameId)).toEqual([0, 4]);
    expect(pages.summary(1)).toEqual({ count: 3, paused: false });
    expect(seen).toHaveLength(3);
  });

  it('pushes each change to the watchers of that tab only, until they stop', () => {
    const pages = new PageStates();
    const one: TabPage[] = [];
    const stop = pages.watch(1, (p) => one.push(p));
    const two = watched(pages, 2);
    pages.record(1, 0, state());
    pages.record(2, 0, state({ paused: true }));
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(1);
    expect(pages.summary(2)).toEqual({ count: 0, paused: true });
    stop();
    pages.record(1, 0, state({ findings: [finding(0)] }));
    expect(one).toHaveLength(1);
  });

  it('forgets a tab that loads another page, and says so', () => {
    const pages = new PageStates();
    const seen = watched(pages, 1);
    pages.record(1, 0, state({ findings: [finding(0)] }));
    expect(pages.known(1)).toBe(true);
    pages.forget(1);
    expect(seen.at(-1)).toEqual({ status: 'loading' });
    expect(pages.known(1)).toBe(false);
    expect(pages.summary(1)).toEqual({ count: 0, paused: false });
  });

  it('marks a tab without a content script unavailable, until one reports', () => {
    const pages = new PageStates();
    const seen = watched(pages, 1);
    pages.markUnavailable(1);
    expect(seen.at(-1)).toEqual({ status: 'unavailable' });
    expect(pages.known(1)).toBe(true);
    pages.record(1, 0, state());
    expect(seen.at(-1)?.status).toBe('ready');
    // A tab that has reported is not marked unavailable by a late refusal.
    pages.markUnavailable(1);
    expect(pages.page(1).status).toBe('ready');
  });
});
