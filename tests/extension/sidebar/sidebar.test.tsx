// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/claims/types';
import { readClaimDatabase } from '../../../src/cli/seeds';
import { parseFuzzyDate } from '../../../src/dates/fuzzy-date';
import type { FindingSummary } from '../../../extension/shared/messages';
import type { Connector, FramePage, PageView } from '../../../extension/shared/panel/types';
import type { VerdictOutcome, VerdictRecord } from '../../../extension/shared/verdicts';
import { browserMock, getMessage } from '../i18n-mock';
import { findingSummary, pageState } from '../page-state-fixtures';

vi.mock('../../../extension/shared/browser', () => ({ default: browserMock }));

const { App } = await import('../../../extension/sidebar/App');
const { tabIdFromSearch } = await import('../../../extension/shared/tab-pages');
const { timelineEntries } = await import('../../../extension/sidebar/TimelineTab');

const db = readClaimDatabase();
const claimById = (id: string): Claim => db.claims.find((c) => c.id === id)!;

// ---------------------------------------------------------------------------------------------------
// A fake connector the tests drive.

interface Fake {
  connector: Connector;
  /** What the page shows when a tab starts being watched (the background's first push). */
  pages: Map<number, PageView>;
  /** Tabs watched, in order. */
  watches: number[];
  /** Tabs watched now. */
  watching: Set<number>;
  opened: Array<[number, number, number]>;
  dismissed: Array<[number, number, number]>;
  paused: Array<[string, boolean]>;
  switchedOn: number;
  openResult: boolean;
  /** Files the sidebar offered for download: name and text. */
  saved: Array<[string, string]>;
  /** Verdicts the reader gave, and what storing each one answers. */
  verdicts: Array<Parameters<Connector['giveVerdict']>[0]>;
  verdictOutcome: VerdictOutcome;
  /** The stored verdicts change (the background stored one). */
  storeVerdicts(verdicts: VerdictRecord[]): void;
  /** The reader switches to another tab (null: none). */
  tab(tabId: number | null): void;
  /** The background pushes a tab's page. */
  push(tabId: number, view: PageView): void;
}

function fakeConnector(pages: Record<number, PageView> = {}): Fake {
  let tabListener: ((tabId: number | null) => void) | null = null;
  let verdictListener: ((verdicts: VerdictRecord[]) => void) | null = null;
  const pageListeners = new Map<number, (view: PageView) => void>();
  const fake: Fake = {
    pages: new Map(Object.entries(pages).map(([k, v]) => [Number(k), v])),
    watches: [],
    watching: new Set(),
    opened: [],
    dismissed: [],
    paused: [],
    switchedOn: 0,
    openResult: true,
    saved: [],
    verdicts: [],
    verdictOutcome: 'saved',
    storeVerdicts: (verdicts) => verdictListener?.(verdicts),
    tab: (tabId) => tabListener?.(tabId),
    push: (tabId, view) => pageListeners.get(tabId)?.(view),
    connector: {
      watchTab(listener) {
        tabListener = listener;
        listener(7);
        return () => {
          tabListener = null;
        };
      },
      watchPage(tabId, listener) {
        fake.watches.push(tabId);
        fake.watching.add(tabId);
        pageListeners.set(tabId, listener);
        const first = fake.pages.get(tabId);
        if (first) queueMicrotask(() => pageListeners.get(tabId)?.(first));
        return () => {
          fake.watching.delete(tabId);
          pageListeners.delete(tabId);
        };
      },
      openFinding(tabId, frameId, index) {
        fake.opened.push([tabId, frameId, index]);
        return Promise.resolve(fake.openResult);
      },
      dismissFinding(tabId, frameId, index) {
        fake.dismissed.push([tabId, frameId, index]);
        return Promise.resolve(true);
      },
      setSitePaused(host, paused) {
        fake.paused.push([host, paused]);
        return Promise.resolve();
      },
      giveVerdict(verdict) {
        fake.verdicts.push(verdict);
        return Promise.resolve(fake.verdictOutcome);
      },
      watchVerdicts(listener) {
        verdictListener = listener;
        listener([]);
        return () => {
          verdictListener = null;
        };
      },
      version: () => '9.9.9',
      save(name, text) {
        fake.saved.push([name, text]);
      },
      switchOn() {
        fake.switchedOn++;
        return Promise.resolve();
      },
    },
  };
  return fake;
}

function finding(index: number, claimId: string, text: string, kind: FindingSummary['kind'], score: number) {
  return findingSummary(index, { claimId, text, kind, score });
}

const state = pageState;

function ready(frames: FramePage[], paused: 'site' | 'off' | null = null): PageView {
  return { status: 'ready', frames, paused };
}

const F81 = finding(
  0,
  'essex-review-81-percent-inaccurate',
  'the review found it was 81% inaccurate',
  'paraphrase',
  0.93,
);
const F1000 = finding(1, 'met-false-alerts-one-in-1000', 'one false alert in every 1,000 faces', 'quote', 0.88);
const FNEC = finding(0, 'met-lfr-uses-nec-technology', 'The system uses NEC technology', 'paraphrase', 0.71);

// ---------------------------------------------------------------------------------------------------
// Rendering helpers.

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  vi.useRealTimers();
});

/** Microtask turns that let a chain of pending promises (and Preact's effects after them) settle. */
const SETTLE_TICKS = 5;
/** Lets pending promises (and Preact's effects) settle. */
const flush = () =>
  act(async () => {
    for (let i = 0; i < SETTLE_TICKS; i++) await Promise.resolve();
  });

/** Moves the fake clock on, running what falls due and the promises that follow. */
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

async function mount(fake: Fake, initialTab?: 'page' | 'library' | 'timeline') {
  await act(() => {
    render(<App connector={fake.connector} database={db} initialTab={initialTab} />, root);
  });
  await flush();
}

const $ = <T extends Element = HTMLElement>(selector: string, from: ParentNode = root) =>
  from.querySelector<T & HTMLElement>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string, from: ParentNode = root) => [
  ...from.querySelectorAll<T & HTMLElement>(selector),
];
const panel = (id: string) => $(`#sidebar-panel-${id}`)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonNamed = (label: string, from: ParentNode = root) =>
  $$<HTMLButtonElement>('button', from).find((b) => text(b) === label);

async function click(el: HTMLElement | null | undefined) {
  expect(el).toBeTruthy();
  await act(() => el!.click());
  await flush();
}

async function key(el: Element, k: string) {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  await act(() => {
    el.dispatchEvent(event);
  });
  return event;
}

// ---------------------------------------------------------------------------------------------------

describe('connector: pure helpers', () => {
  it('reads ?tabId=N, and nothing else', () => {
    expect(tabIdFromSearch('?tabId=12')).toBe(12);
    expect(tabIdFromSearch('?tab=library&tabId=0')).toBe(0);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tabId=')).toBeNull();
    expect(tabIdFromSearch('?tabId=abc')).toBeNull();
    expect(tabIdFromSearch('?tabId=12abc')).toBeNull();
    expect(tabIdFromSearch('?tabId=-3')).toBeNull();
    expect(tabIdFromSearch('?tabId=1.5')).toBeNull();
    expect(tabIdFromSearch('?tabId=1e3')).toBeNull();
    expect(tabIdFromSearch('?tabId=99999999999999999999')).toBeNull();
    expect(tabIdFromSearch('?tabId=%2012')).toBeNull();
  });
});

describe('App: findings on the page', () => {
  it('shows loading, then the findings in page order with text, claim, kind and score', async () => {
    const fake = fakeConnector();
    await mount(fake);
    expect(fake.watches).toEqual([7]);
    expect(text(panel('page'))).toBe(getMessage('loading'));
    expect($('[role="status"]', panel('page'))).not.toBeNull();

    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ findings: [F81, F1000] }) }])));
    await flush();

    expect(text($('#sidebar-findings-heading'))).toBe(getMessage('sidebarCountMany', '2'));
    const items = $$('li.finding', panel('page'));
    expect(items.map((li) => li.dataset.index)).toEqual(['0', '1']);
    const [first, second] = items;
    expect(text($('.finding-text', first))).toBe(getMessage('sidebarQuoted', F81.text));
    expect(text($('.finding-claim .statement', first))).toBe(claimById(F81.claimId).statement);
    expect(text($('.kind', first))).toBe(getMessage('sidebarKindParaphrase'));
    expect(text($('.score', first))).toBe(getMessage('matchScore', '93%'));
    expect(text($('.finding-claim .byline', first))).toContain('Silkie Carlo');
    expect(text($('.finding-claim .byline', first))).toContain(getMessage('sidebarStanceOpposes'));
    expect(text($('.finding-text', second))).toBe(getMessage('sidebarQuoted', F1000.text));
    expect(text($('.finding-claim .statement', second))).toBe(claimById(F1000.claimId).statement);
    expect(text($('.kind', second))).toBe(getMessage('sidebarKindQuote'));
    expect(text($('.score', second))).toBe(getMessage('matchScore', '88%'));
    // The tab shows the count, the live region announces it.
    expect(text($('#sidebar-tab-page'))).toBe(`${getMessage('sidebarTabPage')}2`);
    expect(text($('#sidebar-tab-page .tab-count'))).toBe('2');
    expect(text($('.header ~ [role="status"]'))).toBe(getMessage('sidebarCountMany', '2'));
    // One frame: no frame headings; the pause button names the host.
    expect($('.frame-title')).toBeNull();
    expect(buttonNamed(getMessage('sidebarPause', 'news.example'))).toBeTruthy();
  });

  it('groups findings by frame, the top frame first, with the page date and dismissed count', async () => {
    const fake = fakeConnector({
      7: ready([
        { frameId: 0, state: state({ findings: [F81], pageDate: '2022-09-14', dismissed: 2 }) },
        { frameId: 5, state: state({ host: 'embed.example', findings: [FNEC] }) },
      ]),
    });
    await mount(fake);
    expect(text($('#sidebar-findings-heading'))).toBe(getMessage('sidebarCountMany', '2'));
    expect($$('.frame-title').map(text)).toEqual([
      getMessage('sidebarFrameTop'),
      getMessage('sidebarFrameEmbedded', ['1', 'embed.example']),
    ]);
    expect($$('li.finding').map((li) => li.closest('section')!.dataset.frame)).toEqual(['0', '5']);
    expect(text($('.summary-meta'))).toBe(
      `${getMessage('sidebarPageDate', '14 September 2022')} · ${getMessage('sidebarDismissedCount', '2')}`,
    );
  });

  it('says when the page has no claims, and when there is no tab', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state() }]) });
    await mount(fake);
    expect(text($('#sidebar-findings-heading'))).toBe(getMessage('sidebarNone'));
    expect(text(panel('page'))).toContain(getMessage('sidebarNoneDetail'));
    expect(text($('#sidebar-tab-page'))).toBe(getMessage('sidebarTabPage'));
    expect(text($('.header ~ [role="status"]'))).toBe(getMessage('sidebarCountNone'));

    await act(() => fake.tab(null));
    await flush();
    expect(text(panel('page'))).toBe(getMessage('sidebarNoTab'));
    expect(fake.watches).toEqual([7]);
    expect(fake.watching.size).toBe(0);
  });

  it('opens a finding on the page, and says so when the page no longer has it', async () => {
    const fake = fakeConnector({
      7: ready([
        { frameId: 0, state: state({ findings: [F81, F1000] }) },
        { frameId: 3, state: state({ findings: [FNEC] }) },
      ]),
    });
    await mount(fake);
    const opens = $$('.finding-open');
    expect(opens).toHaveLength(3);

    await click(opens[1]);
    expect(fake.opened).toEqual([[7, 0, 1]]);
    expect($('[role="alert"]')).toBeNull();

    fake.openResult = false;
    await click(opens[2]);
    expect(fake.opened).toEqual([
      [7, 0, 1],
      [7, 3, 0],
    ]);
    expect(text($('[role="alert"]'))).toBe(getMessage('sidebarOpenFailed'));

    fake.openResult = true;
    await click(opens[0]);
    expect(fake.opened.at(-1)).toEqual([7, 0, 0]);
    expect($('[role="alert"]')).toBeNull();
  });

  it('dismisses a finding and shows the page the background pushes, focus going to the finding left in its place', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ findings: [F81, F1000] }) }]) });
    await mount(fake);

    await click(buttonNamed(getMessage('sidebarDismiss'), $$('li.finding')[1]));
    expect(fake.dismissed).toEqual([[7, 0, 1]]);
    // The page drops the last finding, and its new state is pushed.
    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ findings: [F81], dismissed: 1 }) }])));
    await flush();
    expect($$('li.finding')).toHaveLength(1);
    expect(text($('#sidebar-findings-heading'))).toBe(getMessage('sidebarCountOne'));
    expect(text($('.summary-meta'))).toBe(getMessage('sidebarDismissedCount', '1'));
    expect(document.activeElement).toBe($('.finding-open'));

    // The last one goes too: focus to the heading.
    await click(buttonNamed(getMessage('sidebarDismiss')));
    expect(fake.dismissed.at(-1)).toEqual([7, 0, 0]);
    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ dismissed: 2 }) }])));
    await flush();
    expect($$('li.finding')).toHaveLength(0);
    expect(text($('#sidebar-findings-heading'))).toBe(getMessage('sidebarNone'));
    expect(document.activeElement).toBe($('#sidebar-findings-heading'));
  });

  it("gives the reader's verdicts for the page's host; a rejected finding leaves as the page pushes it", async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ findings: [F81, F1000] }) }]) });
    await mount(fake);
    const verdictButton = (li: Element | undefined, verdict: string) =>
      li?.querySelector<HTMLButtonElement>(`[data-verdict="${verdict}"]`);

    await click(verdictButton($$('li.finding')[0], 'right-claim'));
    expect(fake.verdicts).toEqual([
      { sentence: F81.text, claimId: F81.claimId, verdict: 'right-claim', host: 'news.example' },
    ]);
    expect(verdictButton($$('li.finding')[0], 'right-claim')?.getAttribute('aria-pressed')).toBe('true');
    // The stored verdicts say so too, and the list follows them (cleared in the settings: not pressed).
    await act(() => fake.storeVerdicts([]));
    await flush();
    await act(() =>
      fake.storeVerdicts([{ sentence: F1000.text, claimId: F1000.claimId, verdict: 'right-claim', version: '1' }]),
    );
    await flush();
    expect(verdictButton($$('li.finding')[1], 'right-claim')?.getAttribute('aria-pressed')).toBe('true');

    fake.verdictOutcome = 'failed';
    await click(verdictButton($$('li.finding')[0], 'not-this-claim'));
    expect(text($$('li.finding')[0]?.querySelector('.verdict-status'))).toBe(getMessage('verdictFailed'));
    fake.verdictOutcome = 'saved';
    await click(verdictButton($$('li.finding')[0], 'not-this-claim'));
    expect(fake.verdicts.at(-1)).toMatchObject({
      claimId: F81.claimId,
      verdict: 'not-this-claim',
      host: 'news.example',
    });
    await act(() =>
      fake.push(7, ready([{ frameId: 0, state: state({ findings: [{ ...F1000, index: 0 }], rejected: 1 }) }])),
    );
    await flush();
    expect($$('li.finding')).toHaveLength(1);
    expect(text($('.summary-meta'))).toBe(getMessage('sidebarRejectedCount', '1'));
    expect(document.activeElement).toBe($('.finding-open'));
  });

  // The page renumbers its findings after a dismissal (findings.ts: `index` is the position among those
  // not dismissed), so the finding that moves up takes the dismissed one's index.
  it('after dismissing a finding that is not the last, focus goes to the next one', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ findings: [F81, F1000] }) }]) });
    await mount(fake);
    await click(buttonNamed(getMessage('sidebarDismiss'), $$('li.finding')[0]));
    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ findings: [{ ...F1000, index: 0 }] }) }])));
    await flush();
    expect($$('li.finding')).toHaveLength(1);
    expect(document.activeElement).toBe($('.finding-open'));
  });

  it('paused on the site: a resume button that unpauses the host; the page pushes what it then finds', async () => {
    vi.useFakeTimers();
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ paused: true }) }], 'site') });
    await mount(fake);
    expect(text($('.state-title'))).toBe(getMessage('sidebarPausedSite'));
    expect(text(panel('page'))).toContain(getMessage('sidebarPausedSiteDetail'));
    expect($('.finding')).toBeNull();
    expect(text($('#sidebar-tab-page'))).toBe(getMessage('sidebarTabPage'));
    expect(buttonNamed(getMessage('sidebarSwitchOn'))).toBeUndefined();

    await click(buttonNamed(getMessage('sidebarResume', 'news.example')));
    expect(fake.paused).toEqual([['news.example', false]]);
    // No timer asks again: nothing changes until the page pushes.
    await advance(10_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(text($('.state-title'))).toBe(getMessage('sidebarPausedSite'));
    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ findings: [F81] }) }])));
    await flush();
    expect($$('li.finding')).toHaveLength(1);
    expect(fake.watches).toEqual([7]);
  });

  it('pauses on the site from the findings list', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ findings: [F81] }) }]) });
    await mount(fake);
    await click(buttonNamed(getMessage('sidebarPause', 'news.example')));
    expect(fake.paused).toEqual([['news.example', true]]);
    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ paused: true }) }], 'site')));
    await flush();
    expect(text($('.state-title'))).toBe(getMessage('sidebarPausedSite'));
  });

  it('switched off: a switch-on button', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ paused: true }) }], 'off') });
    await mount(fake);
    expect(text($('.state-title'))).toBe(getMessage('sidebarSwitchedOff'));
    expect(text(panel('page'))).toContain(getMessage('sidebarSwitchedOffDetail'));
    expect(buttonNamed(getMessage('sidebarResume', 'news.example'))).toBeUndefined();
    await click(buttonNamed(getMessage('sidebarSwitchOn')));
    expect(fake.switchedOn).toBe(1);
    expect(fake.paused).toEqual([]);
  });

  it('saves the page’s findings as Web Annotations, one per highlighted sentence of every frame', async () => {
    const at = (f: FindingSummary, start: number) => ({
      ...f,
      prefix: 'Before ',
      suffix: ' after.',
      start,
      end: start + 10,
    });
    const fake = fakeConnector({
      7: ready([
        { frameId: 0, state: state({ url: 'https://news.example/story', findings: [at(F81, 100), F1000] }) },
        { frameId: 3, state: state({ host: 'embed.example', url: 'https://embed.example/x', findings: [FNEC] }) },
      ]),
    });
    await mount(fake);
    await click(buttonNamed(getMessage('sidebarExportAnnotations')));
    expect(fake.saved).toHaveLength(1);
    const [name, text] = fake.saved[0]!;
    expect(name).toMatch(/^claimlens-news\.example-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const annotations = JSON.parse(text) as Array<{
      motivation: string;
      generator: { name: string };
      target: { source: string; selector: Array<Record<string, unknown>> };
    }>;
    expect(annotations.map((a) => a.target.source)).toEqual([
      'https://news.example/story',
      'https://news.example/story',
      'https://embed.example/x',
    ]);
    expect(annotations[0]!.motivation).toBe('assessing');
    expect(annotations[0]!.generator.name).toBe('ClaimLens 9.9.9');
    expect(annotations[0]!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: F81.text, prefix: 'Before ', suffix: ' after.' },
      { type: 'TextPositionSelector', start: 100, end: 110 },
    ]);
    // A sentence read from a changed block has no place in the whole page's text: its quote alone.
    expect(annotations[1]!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('offers no export when the page has no findings', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state() }]) });
    await mount(fake);
    expect(buttonNamed(getMessage('sidebarExportAnnotations'))).toBeUndefined();
  });

  it('says when it cannot read the page', async () => {
    const fake = fakeConnector({ 7: { status: 'unavailable' } });
    await mount(fake);
    expect($('[data-state="unavailable"]')).not.toBeNull();
    expect(text($('.state-title'))).toBe(getMessage('sidebarUnavailable'));
    expect(text(panel('page'))).toContain(getMessage('sidebarUnavailableDetail'));
    expect($('.finding')).toBeNull();
  });

  it('shows each page pushed for the shown tab at once, and none for another tab', async () => {
    const fake = fakeConnector({ 7: ready([{ frameId: 0, state: state({ findings: [F81] }) }]) });
    await mount(fake);
    fake.push(8, ready([{ frameId: 0, state: state({ findings: [FNEC, F1000] }) }]));
    await flush();
    expect($$('li.finding')).toHaveLength(1);
    await act(() => fake.push(7, ready([{ frameId: 0, state: state({ findings: [F81, F1000] }) }])));
    await flush();
    expect($$('li.finding')).toHaveLength(2);
  });

  it('follows the shown tab: another tab, a page loading, a page loaded', async () => {
    const fake = fakeConnector({
      7: ready([{ frameId: 0, state: state({ findings: [F81] }) }]),
      9: ready([{ frameId: 0, state: state({ host: 'other.example', findings: [FNEC] }) }]),
    });
    await mount(fake);
    await act(() => fake.tab(9));
    await flush();
    expect(fake.watches).toEqual([7, 9]);
    expect([...fake.watching]).toEqual([9]);
    expect($$('.finding-claim .statement').map(text)).toEqual([claimById(FNEC.claimId).statement]);
    expect(buttonNamed(getMessage('sidebarPause', 'other.example'))).toBeTruthy();

    // Pages pushed for tab 7 no longer reach the sidebar.
    fake.push(7, ready([{ frameId: 0, state: state({ findings: [F81, F1000] }) }]));
    await flush();
    expect($$('.finding-claim .statement').map(text)).toEqual([claimById(FNEC.claimId).statement]);

    await act(() => fake.push(9, { status: 'loading' }));
    expect(text(panel('page'))).toBe(getMessage('loading'));
    await act(() => fake.push(9, ready([{ frameId: 0, state: state({ host: 'other.example', findings: [F81] }) }])));
    await flush();
    expect($$('li.finding')).toHaveLength(1);

    const opens = $$('.finding-open');
    await click(opens[0]);
    expect(fake.opened).toEqual([[9, 0, 0]]);
  });
});

describe('App: the tab list', () => {
  it('is an ARIA tablist: arrows, Home and End move the selection; one tab in the Tab order', async () => {
    const fake = fakeConnector();
    await mount(fake);
    const list = $('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).toBe(getMessage('sidebarTabsLabel'));
    const tabs = $$('[role="tab"]', list);
    expect(tabs.map(text)).toEqual([
      getMessage('sidebarTabPage'),
      getMessage('sidebarTabLibrary'),
      getMessage('sidebarTabTimeline'),
    ]);
    const ids = ['page', 'library', 'timeline'];

    const expectSelected = (selected: string) => {
      for (const [i, id] of ids.entries()) {
        const tab = tabs[i]!;
        const on = id === selected;
        expect(tab.getAttribute('aria-selected'), id).toBe(String(on));
        expect(tab.tabIndex, id).toBe(on ? 0 : -1);
        expect(tab.getAttribute('aria-controls')).toBe(`sidebar-panel-${id}`);
        const p = panel(id);
        expect(p.getAttribute('role')).toBe('tabpanel');
        expect(p.getAttribute('aria-labelledby')).toBe(tab.id);
        expect(p.hidden, id).toBe(!on);
      }
    };

    expectSelected('page');
    tabs[0]!.focus();
    let event = await key(tabs[0]!, 'ArrowRight');
    expect(event.defaultPrevented).toBe(true);
    expectSelected('library');
    expect(document.activeElement).toBe(tabs[1]);
    await key(tabs[1]!, 'ArrowRight');
    expectSelected('timeline');
    expect(document.activeElement).toBe(tabs[2]);
    await key(tabs[2]!, 'ArrowRight'); // wraps
    expectSelected('page');
    await key(tabs[0]!, 'ArrowLeft'); // wraps back
    expectSelected('timeline');
    await key(tabs[2]!, 'ArrowLeft');
    expectSelected('library');
    await key(tabs[1]!, 'Home');
    expectSelected('page');
    expect(document.activeElement).toBe(tabs[0]);
    await key(tabs[0]!, 'End');
    expectSelected('timeline');
    expect(document.activeElement).toBe(tabs[2]);

    // Other keys, and arrows with a modifier, are left alone.
    event = await key(tabs[2]!, 'a');
    expect(event.defaultPrevented).toBe(false);
    const withCtrl = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    await act(() => {
      tabs[2]!.dispatchEvent(withCtrl);
    });
    expect(withCtrl.defaultPrevented).toBe(false);
    expectSelected('timeline');

    await click(tabs[1]);
    expectSelected('library');
  });

  it('starts on the tab it is asked to', async () => {
    await mount(fakeConnector(), 'timeline');
    expect($('#sidebar-tab-timeline')!.getAttribute('aria-selected')).toBe('true');
    expect(panel('timeline').hidden).toBe(false);
    expect(panel('page').hidden).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------

const shownIds = (from: ParentNode = panel('library')) =>
  $$('[data-claim-button]', from)
    .filter((b) => !b.closest('[hidden]'))
    .map((b) => b.getAttribute('data-claim-button')!);
const yearOf = (c: Claim) => new Date(parseFuzzyDate(c.date.value)!.start).getUTCFullYear();
const countText = (shown: number) => getMessage('sidebarLibraryCount', [String(shown), String(db.claims.length)]);

async function search(query: string) {
  const input = $<HTMLInputElement>('input[type="search"]', panel('library'))!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('Library', () => {
  const selects = () => $$<HTMLSelectElement>('select', panel('library'));

  it('lists every claim, oldest first, with the count', async () => {
    await mount(fakeConnector(), 'library');
    expect(db.claims).toHaveLength(53);
    const ids = shownIds();
    expect(ids).toHaveLength(53);
    expect(new Set(ids)).toEqual(new Set(db.claims.map((c) => c.id)));
    const starts = ids.map((id) => parseFuzzyDate(claimById(id).date.value)!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(text($('.result-count'))).toBe(countText(53));
    const first = $(`[data-claim-button="${ids[0]}"]`)!;
    expect(text($('.statement', first))).toBe(claimById(ids[0]!).statement);
  });

  it('searches by claimant and by organisation', async () => {
    await mount(fakeConnector(), 'library');
    const byCarlo = db.claims.filter((c) => c.claimant.name.includes('Carlo')).map((c) => c.id);
    expect(byCarlo.length).toBeGreaterThan(3);
    await search('Carlo');
    expect(new Set(shownIds())).toEqual(new Set(byCarlo));
    expect(text($('.result-count'))).toBe(countText(byCarlo.length));

    const green = db.claims.filter((c) => c.claimant.organisation.includes('Green Party')).map((c) => c.id);
    expect(green.length).toBeGreaterThan(1);
    await search('Green Party');
    expect(new Set(shownIds())).toEqual(new Set(green));
    expect(shownIds().every((id) => claimById(id).claimant.name === 'Siân Berry')).toBe(true);
  });

  it('finds a misspelt word', async () => {
    await mount(fakeConnector(), 'library');
    await search('survelliance');
    const ids = shownIds();
    expect(ids).toContain('bbw-expansion-surveillance-state');
    expect(ids.length).toBeLessThan(10);
    await search('Ephgraev');
    const ephgrave = db.claims.filter((c) => c.claimant.name === 'Nick Ephgrave').map((c) => c.id);
    expect(shownIds()).toEqual(expect.arrayContaining(ephgrave));
  });

  it('filters by stance and by year, together', async () => {
    await mount(fakeConnector(), 'library');
    const [stance, year] = selects();
    expect([...stance!.options].map((o) => o.value)).toEqual(['all', 'supports', 'opposes', 'neutral']);
    expect(text(stance!.options[0])).toBe(getMessage('sidebarStanceAll'));
    const years = [...new Set(db.claims.map(yearOf))].sort((a, b) => a - b).map(String);
    expect([...year!.options].map((o) => o.value)).toEqual(['all', ...years]);

    await choose(stance!, 'supports');
    const supports = db.claims.filter((c) => c.stance === 'supports').map((c) => c.id);
    expect(supports.length).toBeGreaterThan(0);
    expect(new Set(shownIds())).toEqual(new Set(supports));
    expect(text($('.result-count'))).toBe(countText(supports.length));

    await choose(year!, '2022');
    const both = db.claims.filter((c) => c.stance === 'supports' && yearOf(c) === 2022).map((c) => c.id);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(supports.length);
    expect(new Set(shownIds())).toEqual(new Set(both));

    await choose(stance!, 'all');
    const in2022 = db.claims.filter((c) => yearOf(c) === 2022).map((c) => c.id);
    expect(new Set(shownIds())).toEqual(new Set(in2022));
    expect(text($('.result-count'))).toBe(countText(in2022.length));

    await choose(year!, '2019');
    expect(new Set(shownIds())).toEqual(new Set(db.claims.filter((c) => yearOf(c) === 2019).map((c) => c.id)));
  });

  it('says when nothing matches, and clearing the filters shows every claim again', async () => {
    await mount(fakeConnector(), 'library');
    const [stance, year] = selects();
    await choose(stance!, 'opposes');
    await search('xqzwvj');
    expect(shownIds()).toEqual([]);
    expect(text($('.result-count'))).toBe(countText(0));
    expect(text(panel('library'))).toContain(getMessage('sidebarLibraryEmpty'));
    await click(buttonNamed(getMessage('sidebarClearFilters')));
    expect(shownIds()).toHaveLength(53);
    expect($<HTMLInputElement>('input[type="search"]')!.value).toBe('');
    expect(stance!.value).toBe('all');
    expect(year!.value).toBe('all');
    expect(text(panel('library'))).not.toContain(getMessage('sidebarLibraryEmpty'));
  });

  it('opens a claim in the claim view; back and Escape return to the list, focus on that claim', async () => {
    await mount(fakeConnector(), 'library');
    const id = 'essex-review-81-percent-inaccurate';
    await search('Carlo');
    await click($(`[data-claim-button="${id}"]`));

    const detail = $('.claim-detail', panel('library'))!;
    expect(detail).not.toBeNull();
    expect(text($('#sidebar-library-claim'))).toBe(claimById(id).statement);
    expect($('.claim-view', detail)!.getAttribute('data-claim')).toBe(id);
    expect(detail.getAttribute('aria-labelledby')).toBe('sidebar-library-claim');
    expect(document.activeElement).toBe(detail);
    expect($('[role="search"]')!.closest('[hidden]')).not.toBeNull();
    expect(shownIds()).toEqual([]);
    const back = $('button.back', detail)!;
    expect(text(back)).toContain(getMessage('sidebarBackToLibrary'));

    await click(back);
    expect($('.claim-detail', panel('library'))).toBeNull();
    expect(document.activeElement).toBe($(`[data-claim-button="${id}"]`));
    // The search survives the round trip.
    expect($<HTMLInputElement>('input[type="search"]')!.value).toBe('Carlo');

    const other = 'met-false-alerts-one-in-1000';
    await search('');
    await click($(`[data-claim-button="${other}"]`));
    expect(text($('#sidebar-library-claim'))).toBe(claimById(other).statement);
    // Escape from inside the view.
    const escape = await key($('button.back', panel('library'))!, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    await flush();
    expect($('.claim-detail', panel('library'))).toBeNull();
    expect(document.activeElement).toBe($(`[data-claim-button="${other}"]`));
  });
});

// ---------------------------------------------------------------------------------------------------

describe('Timeline', () => {
  const startOfEntry = (e: ReturnType<typeof timelineEntries>[number]) =>
    parseFuzzyDate(e.kind === 'event' ? e.event.date.value : e.claim.date.value)?.start ?? Number.POSITIVE_INFINITY;

  it('orders events and claims by date, an event before a claim on the same start', () => {
    const entries = timelineEntries(db.timeline, db.claims);
    expect(entries).toHaveLength(db.timeline.length + db.claims.length);
    const starts = entries.map(startOfEntry);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
    let ties = 0;
    for (let i = 1; i < entries.length; i++) {
      if (starts[i] === starts[i - 1] && entries[i]!.kind === 'event') {
        expect(entries[i - 1]!.kind, `entry ${i}`).toBe('event');
      }
      if (starts[i] === starts[i - 1] && entries[i - 1]!.kind === 'event' && entries[i]!.kind === 'claim') ties++;
    }
    // The data has such ties (the Met's announcement and the claims made that day).
    expect(ties).toBeGreaterThan(0);
  });

  it('puts events first on a tie and unreadable dates last, whatever the input order', () => {
    const claim = (id: string, value: string): Claim => ({
      ...db.claims[0]!,
      id,
      date: { value, certainty: 'high', sources: [] },
    });
    const event = (id: string, value: string) => ({
      ...db.timeline[0]!,
      id,
      date: { value, certainty: 'high' as const },
    });
    const entries = timelineEntries(
      [event('e-2020', '2020-01-24'), event('e-bad', 'sometime'), event('e-2019', '2019')],
      [claim('c-bad', 'unknown'), claim('c-2020', '2020-01-24'), claim('c-2018', '2018-05')],
    );
    expect(entries.map((e) => (e.kind === 'event' ? e.event.id : e.claim.id))).toEqual([
      'c-2018',
      'e-2019',
      'e-2020',
      'c-2020',
      'e-bad',
      'c-bad',
    ]);
  });

  it('renders the entries in that order, filters events and claims, and opens a claim', async () => {
    await mount(fakeConnector(), 'timeline');
    const p = panel('timeline');
    const items = () => $$('ol.timeline-list > li', p);
    const expected = timelineEntries(db.timeline, db.claims);
    expect(items()).toHaveLength(expected.length);
    expect(
      items().map((li) =>
        li.classList.contains('entry-event')
          ? `e:${text($('.event-title', li))}`
          : `c:${$('[data-claim-button]', li)!.getAttribute('data-claim-button')}`,
      ),
    ).toEqual(expected.map((e) => (e.kind === 'event' ? `e:${e.event.title}` : `c:${e.claim.id}`)));
    const firstEvent = items().find((li) => li.classList.contains('entry-event'))!;
    expect(text($('.entry-kind', firstEvent))).toBe(getMessage('sidebarTimelineEvent'));

    const radios = $$<HTMLInputElement>('input[type="radio"]', p);
    expect(radios.map((r) => r.value)).toEqual(['all', 'event', 'claim']);
    expect(radios.map((r) => text(r.parentElement))).toEqual([
      getMessage('sidebarTimelineAll'),
      getMessage('sidebarTimelineEvents'),
      getMessage('sidebarTimelineClaims'),
    ]);
    expect(radios[0]!.checked).toBe(true);

    await click(radios[1]);
    expect(items()).toHaveLength(db.timeline.length);
    expect(items().every((li) => li.classList.contains('entry-event'))).toBe(true);
    expect(radios[1]!.checked).toBe(true);

    await click(radios[2]);
    expect(items()).toHaveLength(db.claims.length);
    expect(items().every((li) => li.classList.contains('entry-claim'))).toBe(true);

    await click(radios[0]);
    expect(items()).toHaveLength(expected.length);

    const id = 'court-of-appeal-swp-unlawful';
    await click($(`[data-claim-button="${id}"]`, p));
    const detail = $('.claim-detail', p)!;
    expect(text($('#sidebar-timeline-claim'))).toBe(claimById(id).statement);
    expect(text($('button.back', detail))).toContain(getMessage('sidebarBackToTimeline'));
    expect($('ol.timeline-list', p)!.closest('[hidden]')).not.toBeNull();
    await key(detail, 'Escape');
    await flush();
    expect($('.claim-detail', p)).toBeNull();
    expect(document.activeElement).toBe($(`[data-claim-button="${id}"]`, p));
  });
});
