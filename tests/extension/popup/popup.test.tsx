// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../extension/shared/messages';
import type { PopupConnector, PopupData } from '../../../extension/popup/connector';
import { browserMock } from '../i18n-mock';
import { findingSummary, pageState } from '../page-state-fixtures';

vi.mock('../../../extension/shared/browser', () => ({ default: browserMock }));

const { Popup } = await import('../../../extension/popup/Popup');

const finding = (index: number) => findingSummary(index, { kind: 'quote' });

const page = (patch: Partial<PageState> = {}) =>
  pageState({ host: 'www.example.com', url: 'https://www.example.com/', ...patch });

/**
 * A connector over in-memory settings and page, like the real one: each change of the settings or of the
 * page is pushed to the popup (`push`); the page (the content script) follows settings changes only when
 * the test says so (`pageFollows`).
 */
class FakeConnector implements PopupConnector {
  hasSidebar = true;
  enabled = true;
  pausedSites: string[] = [];
  page: PageState | null = page();
  pageLoading = false;
  /** The content script applies settings changes at once, and pushes its new state. */
  pageFollows = true;
  /** The first push waits for this, when set. */
  gate: Promise<void> | null = null;
  failLoad = false;
  failActions = false;
  watching = 0;
  private listener: ((data: PopupData) => void) | null = null;

  watch = vi.fn((listener: (data: PopupData) => void, failed: () => void) => {
    this.watching++;
    void (async () => {
      if (this.gate) await this.gate;
      if (this.failLoad) failed();
      else {
        this.listener = listener;
        this.push();
      }
    })();
    return () => {
      this.watching--;
      this.listener = null;
    };
  });
  setEnabled = vi.fn(async (on: boolean) => {
    if (this.failActions) throw new Error('storage');
    this.enabled = on;
    this.push();
    this.follow();
  });
  setSitePaused = vi.fn(async (host: string, paused: boolean) => {
    if (this.failActions) throw new Error('storage');
    const site = host.replace(/^www\./, '');
    this.pausedSites = paused ? [...this.pausedSites, site] : this.pausedSites.filter((s) => s !== site);
    this.push();
    this.follow();
  });
  openSidebar = vi.fn(() => (this.failActions ? Promise.reject(new Error('no panel')) : Promise.resolve()));
  openOptions = vi.fn(() => Promise.resolve());
  openLibrary = vi.fn(() => (this.failActions ? Promise.reject(new Error('no tab')) : Promise.resolve()));
  close = vi.fn();
  /** Stands for the sidebar's list: says which tab it lists, and "shows" a finding when clicked. */
  loadFindingsList = vi.fn(() =>
    Promise.resolve(({ tabId, onShown }: { tabId: number; onShown(): void }) => (
      <ol data-part="findings-list" data-tab={tabId}>
        <li>
          <button type="button" onClick={onShown}>
            The first finding
          </button>
        </li>
      </ol>
    )),
  );

  /** Pushes the settings and the page as they are now, as the real connector does on every change. */
  push(): void {
    this.listener?.({
      enabled: this.enabled,
      pausedSites: [...this.pausedSites],
      page: this.page && { ...this.page },
      pageLoading: this.pageLoading,
      tabId: 7,
      windowId: 3,
    });
  }

  private follow(): void {
    if (!this.pageFollows || !this.page) return;
    const paused = !this.enabled || this.pausedSites.includes(this.page.host.replace(/^www\./, ''));
    this.page = { ...this.page, paused, findings: paused ? [] : this.page.findings };
    queueMicrotask(() => this.push());
  }
}

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  vi.useRealTimers();
});

/** Lets pending promises settle and timers up to `ms` run, then renders. */
const settle = (ms = 0) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

async function show(connector: FakeConnector): Promise<void> {
  await act(() => render(<Popup connector={connector} />, root));
  await settle();
}

const status = () => root.querySelector('[role="status"]')!.textContent;
const alert = () => root.querySelector('[role="alert"]');
/** What the popup says when an action fails. */
const FAILED = 'That did not work. Please try again.';
const toggle = () => root.querySelector<HTMLInputElement>('input[role="switch"]')!;
const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('Popup: what it shows', () => {
  it('says it is checking while the page has not answered, with the switch not yet usable', async () => {
    const c = new FakeConnector();
    let open!: () => void;
    c.gate = new Promise((resolve) => (open = resolve));
    await show(c);
    expect(status()).toBe('Checking this page…');
    expect(toggle().disabled).toBe(true);
    expect(buttons()).toEqual(['Open the sidebar', 'Settings']);
    open();
    await settle();
    expect(status()).toBe('No known claims on this page');
    expect(toggle().disabled).toBe(false);
  });

  it('has a heading and a labelled switch that reflects the setting', async () => {
    await show(new FakeConnector());
    expect(root.querySelector('h1')?.textContent).toBe('ClaimLens');
    const input = toggle();
    expect(input.type).toBe('checkbox');
    expect(input.checked).toBe(true);
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Highlight known claims');
  });

  it('counts the claims on the page, with the plural form, and the dismissed ones', async () => {
    const c = new FakeConnector();
    c.page = page({ findings: [finding(0), finding(1), finding(2)], dismissed: 2 });
    await show(c);
    expect(status()).toBe('3 claims on this pageDismissed on this page: 2');
    expect(buttons()).toEqual(['Pause on this site', 'Open the sidebar', 'Settings']);
  });

  it('uses the singular for one claim and leaves out a zero dismissed count', async () => {
    const c = new FakeConnector();
    c.page = page({ findings: [finding(0)] });
    await show(c);
    expect(status()).toBe('1 claim on this page');
  });

  it('says when the page has no known claims', async () => {
    await show(new FakeConnector());
    expect(status()).toBe('No known claims on this page');
    expect(buttons()).toContain('Pause on this site');
  });

  it('says it is paused on the site, without "www.", and offers to resume', async () => {
    const c = new FakeConnector();
    c.pausedSites = ['example.com'];
    c.page = page({ paused: true });
    await show(c);
    expect(status()).toBe('ClaimLens is paused on example.com');
    expect(buttons()).toEqual(['Resume on this site', 'Open the sidebar', 'Settings']);
  });

  it('says it is switched off, with the switch off and no pause button', async () => {
    const c = new FakeConnector();
    c.enabled = false;
    c.page = page({ paused: true });
    await show(c);
    expect(status()).toBe('ClaimLens is switched off');
    expect(toggle().checked).toBe(false);
    expect(buttons()).toEqual(['Open the sidebar', 'Settings']);
  });

  it('says it cannot run when no content script answers, with the hint and no pause button', async () => {
    const c = new FakeConnector();
    c.page = null;
    await show(c);
    expect(root.querySelector('.popup-state')?.textContent).toBe('ClaimLens cannot run on this page');
    expect(root.querySelector('.popup-hint')?.textContent).toMatch(/reads web pages \(http and https\)/);
    expect(buttons()).toEqual(['Open the sidebar', 'Settings']);
    expect(toggle().disabled).toBe(false);
  });

  it('shows an alert when the popup cannot load', async () => {
    const c = new FakeConnector();
    c.failLoad = true;
    await show(c);
    expect(alert()?.textContent).toBe(FAILED);
    expect(status()).toBe('');
    expect(toggle().disabled).toBe(true);
  });

  it('shows new findings as soon as they are pushed', async () => {
    const c = new FakeConnector();
    await show(c);
    expect(status()).toBe('No known claims on this page');
    c.page = page({ findings: [finding(0), finding(1)] });
    await act(() => c.push());
    expect(status()).toBe('2 claims on this page');
  });

  it('says it is checking while the page loads, and stops watching when closed', async () => {
    const c = new FakeConnector();
    c.pageLoading = true;
    await show(c);
    expect(status()).toBe('Checking this page…');
    c.pageLoading = false;
    await act(() => c.push());
    expect(status()).toBe('No known claims on this page');
    expect(c.watching).toBe(1);
    await act(() => render(null, root));
    expect(c.watching).toBe(0);
  });

  it('has no axe-core violations in any state', async () => {
    const states: Array<(c: FakeConnector) => void> = [
      (c) => (c.page = page({ findings: [finding(0)], dismissed: 1 })),
      (c) => (c.page = null),
      (c) => (c.enabled = false),
      (c) => (c.failLoad = true),
    ];
    for (const setUp of states) {
      const c = new FakeConnector();
      setUp(c);
      await show(c);
      vi.useRealTimers();
      // Colour contrast needs layout, which happy-dom does not do; the palette is checked by hand.
      const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
      vi.useFakeTimers();
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(result.passes.map((p) => p.id)).toEqual(
        expect.arrayContaining(['label', 'button-name', 'aria-allowed-role']),
      );
      render(null, root);
    }
  });
});

describe('Popup: what it does', () => {
  it('pauses on the site: calls setSitePaused(host, true), shows paused, and keeps focus on the button', async () => {
    const c = new FakeConnector();
    c.page = page({ findings: [finding(0)] });
    await show(c);
    const pause = button('Pause on this site');
    pause.focus();
    pause.click();
    await settle();
    expect(c.setSitePaused).toHaveBeenCalledWith('www.example.com', true);
    expect(status()).toBe('ClaimLens is paused on example.com');
    expect(document.activeElement?.textContent).toBe('Resume on this site');
    // The page's new state is pushed, and agrees.
    expect(c.page?.paused).toBe(true);
    expect(status()).toBe('ClaimLens is paused on example.com');
    expect(vi.getTimerCount()).toBe(0);
    expect(alert()).toBeNull();
  });

  it('resumes on the site and waits for the page to catch up before counting', async () => {
    const c = new FakeConnector();
    c.pausedSites = ['example.com'];
    c.page = page({ paused: true });
    c.pageFollows = false;
    await show(c);
    button('Resume on this site').click();
    await settle();
    expect(c.setSitePaused).toHaveBeenCalledWith('www.example.com', false);
    expect(status()).toBe('Checking this page…');
    expect(buttons()).toContain('Pause on this site');
    // Nothing asks again on a timer: the popup waits for the page's push.
    expect(vi.getTimerCount()).toBe(0);
    await settle(10_000);
    expect(status()).toBe('Checking this page…');
    // The content script restarts, finds claims and pushes them.
    c.page = page({ findings: [finding(0), finding(1)] });
    await act(() => c.push());
    expect(status()).toBe('2 claims on this page');
  });

  it('switches off: calls setEnabled(false), shows off and hides the pause button', async () => {
    const c = new FakeConnector();
    c.page = page({ findings: [finding(0)] });
    await show(c);
    toggle().click();
    await settle();
    expect(c.setEnabled).toHaveBeenCalledWith(false);
    expect(toggle().checked).toBe(false);
    expect(status()).toBe('ClaimLens is switched off');
    expect(buttons()).toEqual(['Open the sidebar', 'Settings']);
    await settle();
    expect(status()).toBe('ClaimLens is switched off');
  });

  it('switches on again: calls setEnabled(true) and shows the page once it has scanned', async () => {
    const c = new FakeConnector();
    c.enabled = false;
    c.page = page({ paused: true });
    c.pageFollows = false;
    await show(c);
    toggle().click();
    await settle();
    expect(c.setEnabled).toHaveBeenCalledWith(true);
    expect(toggle().checked).toBe(true);
    expect(status()).toBe('Checking this page…');
    c.page = page({ findings: [finding(0)] });
    await act(() => c.push());
    expect(status()).toBe('1 claim on this page');
  });

  it('shows an alert and undoes the change when pausing fails', async () => {
    const c = new FakeConnector();
    c.page = page({ findings: [finding(0)] });
    c.failActions = true;
    await show(c);
    button('Pause on this site').click();
    await settle();
    expect(c.setSitePaused).toHaveBeenCalledWith('www.example.com', true);
    expect(alert()?.textContent).toBe(FAILED);
    expect(status()).toBe('1 claim on this page');
    expect(buttons()).toContain('Pause on this site');
  });

  it('shows an alert and puts the switch back when switching off fails', async () => {
    const c = new FakeConnector();
    c.failActions = true;
    await show(c);
    toggle().click();
    await settle();
    expect(c.setEnabled).toHaveBeenCalledWith(false);
    expect(alert()).not.toBeNull();
    expect(toggle().checked).toBe(true);
    expect(status()).toBe('No known claims on this page');
  });

  it('ignores a second switch click while the first change is under way', async () => {
    const c = new FakeConnector();
    let finish!: () => void;
    c.setEnabled.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    await show(c);
    toggle().click();
    await settle();
    toggle().click();
    await settle();
    expect(c.setEnabled).toHaveBeenCalledTimes(1);
    expect(toggle().checked).toBe(false);
    finish();
    await settle();
    expect(alert()).toBeNull();
  });

  it('opens the sidebar within the click, and the settings', async () => {
    const c = new FakeConnector();
    await show(c);
    button('Open the sidebar').click();
    // Synchronously: the browser opens a sidebar only in the click's user gesture.
    expect(c.openSidebar).toHaveBeenCalledTimes(1);
    button('Settings').click();
    expect(c.openOptions).toHaveBeenCalledTimes(1);
    await settle();
    expect(alert()).toBeNull();
  });

  it('shows an alert when the sidebar cannot be opened', async () => {
    const c = new FakeConnector();
    await show(c);
    c.failActions = true;
    button('Open the sidebar').click();
    await settle();
    expect(alert()?.textContent).toBe(FAILED);
  });
});

describe('Popup without a sidebar (Firefox for Android)', () => {
  const phone = (patch: Partial<PageState> = {}) => {
    const c = new FakeConnector();
    c.hasSidebar = false;
    c.page = page(patch);
    return c;
  };
  const list = () => root.querySelector<HTMLElement>('[data-part="findings-list"]');

  it('lists the page’s findings under the count, and offers the claim library instead of the sidebar', async () => {
    const c = phone({ findings: [finding(0), finding(1)] });
    await show(c);
    expect(status()).toBe('2 claims on this page');
    expect(c.loadFindingsList).toHaveBeenCalledTimes(1);
    expect(list()?.dataset.tab).toBe('7');
    expect(root.querySelector('section[aria-label="Claims on this page"]')).not.toBeNull();
    // The list's heading says the count; the status stays for screen readers only.
    expect(root.querySelector('[role="status"]')!.classList.contains('visually-hidden')).toBe(true);
    expect(buttons()).toEqual(['The first finding', 'Pause on this site', 'Open the claim library', 'Settings']);
  });

  it('closes once a finding is shown on the page; opens the library; says when that fails', async () => {
    const c = phone({ findings: [finding(0)] });
    await show(c);
    button('The first finding').click();
    expect(c.close).toHaveBeenCalledTimes(1);
    button('Open the claim library').click();
    expect(c.openLibrary).toHaveBeenCalledTimes(1);
    await settle();
    expect(alert()).toBeNull();
    c.failActions = true;
    button('Open the claim library').click();
    await settle();
    expect(alert()?.textContent).toBe(FAILED);
  });

  it('lists nothing when there is nothing to list: no claims, paused, switched off, no page', async () => {
    const states: Array<(c: FakeConnector) => void> = [
      () => undefined,
      (c) => {
        c.pausedSites = ['example.com'];
        c.page = page({ paused: true, findings: [finding(0)] });
      },
      (c) => (c.enabled = false),
      (c) => (c.page = null),
    ];
    for (const setUp of states) {
      const c = phone();
      setUp(c);
      await show(c);
      expect(list()).toBeNull();
      expect(root.querySelector('[role="status"]')!.classList.contains('visually-hidden')).toBe(false);
      render(null, root);
    }
  });

  it('shows sentences only listed as possibly related, with no claim highlighted', async () => {
    const c = phone({ related: [finding(3)] });
    await show(c);
    expect(status()).toBe('No known claims on this page');
    expect(list()).not.toBeNull();
  });

  it('with a sidebar, never loads the list', async () => {
    const c = new FakeConnector();
    c.page = page({ findings: [finding(0)] });
    await show(c);
    expect(c.loadFindingsList).not.toHaveBeenCalled();
    expect(list()).toBeNull();
  });

  it('has no axe-core violations with the list', async () => {
    await show(phone({ findings: [finding(0)] }));
    vi.useRealTimers();
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    vi.useFakeTimers();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
