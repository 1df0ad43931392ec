// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  OptionsConnector,
  OptionsData,
  OptionsListener,
  SettingsPatch,
} from '../../../extension/options/connector';
import type { Settings, SettingsBackup } from '../../../extension/shared/settings';
import { browserMock } from '../i18n-mock';

vi.mock('../../../extension/shared/browser', () => ({ default: browserMock }));

const { Options } = await import('../../../extension/options/Options');
const { DEFAULT_SETTINGS } = await import('../../../extension/shared/settings');

interface Fake {
  connector: OptionsConnector;
  saves: SettingsPatch[];
  stored(): Settings;
  listener(): OptionsListener | null;
}

function fake(data: Partial<OptionsData> = {}, settings: Partial<Settings> = {}): Fake {
  let stored: Settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.org'], ...settings };
  let listener: OptionsListener | null = null;
  const saves: SettingsPatch[] = [];
  const connector: OptionsConnector = {
    load: vi.fn(() =>
      Promise.resolve({
        backup: null,
        shortcuts: [
          { name: '_execute_action', description: '', shortcut: 'Alt+Shift+C' },
          { name: 'next-finding', description: 'Go to the next claim on the page', shortcut: 'Alt+Shift+J' },
          { name: 'open-sidebar', description: 'Open the ClaimLens sidebar', shortcut: '' },
        ],
        version: '1.2.3',
        browser: 'chrome' as const,
        ...data,
        settings: stored,
      }),
    ),
    save: vi.fn((patch: SettingsPatch) => {
      saves.push(patch);
      stored = { ...stored, ...patch };
      return Promise.resolve(stored);
    }),
    dismissBackup: vi.fn(() => Promise.resolve()),
    subscribe: vi.fn((l: OptionsListener) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
  };
  return { connector, saves, stored: () => stored, listener: () => listener };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
});

/** Lets pending promises settle and Preact re-render. */
const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

/** Renders inside act(), so effects (loading, subscribing) run as in a browser. */
async function mount(f: Fake) {
  await act(() => {
    render(<Options connector={f.connector} />, root);
  });
  await settle();
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const part = (name: string) => $(`[data-part="${name}"]`);
const input = (id: string) => $<HTMLInputElement>(`#${id}`)!;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function click(el: HTMLElement) {
  el.click();
  await settle();
}

async function addSite(value: string) {
  const field = input('site-input');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  $<HTMLButtonElement>('form[data-part="add-site"] button[type="submit"]')!.click();
  await settle();
}

describe('Options page', () => {
  it('shows loading, then the stored settings, shortcuts, privacy and version', async () => {
    const f = fake({}, { sensitivity: 'strict', highlightStyle: 'blue', pausedSites: ['a.example', 'b.example'] });
    await act(() => {
      render(<Options connector={f.connector} />, root);
    });
    expect(text(part('loading'))).toBe('Loading…');
    await settle();
    expect(part('loading')).toBeNull();

    expect($('h1')?.textContent).toBe('ClaimLens settings');
    expect(input('enabled').checked).toBe(true);
    expect($('label[for="enabled"]')?.textContent).toBe('Highlight known claims on web pages');
    expect(input('enabled').getAttribute('aria-describedby')).toBe('enabled-hint');
    expect(input('sensitivity-strict').checked).toBe(true);
    expect(input('sensitivity-balanced').checked).toBe(false);
    expect(text(part('sensitivity'))).toMatch(/Fewer false alarms/);
    expect(input('style-blue').checked).toBe(true);
    for (const theme of ['light', 'dark']) {
      expect(part(`sample-${theme}`)?.querySelector('.sample-claim')?.getAttribute('data-style')).toBe('blue');
    }
    expect(text(part('sample-light'))).toMatch(/^Light page/);
    expect(text(part('sample-dark'))).toMatch(/^Dark page/);

    const sites = [...root.querySelectorAll('[data-part="site-list"] li')].map((li) => li.getAttribute('data-site'));
    expect(sites).toEqual(['a.example', 'b.example']);
    expect($('[data-site="a.example"] button')?.getAttribute('aria-label')).toBe('Remove a.example');

    const rows = [...root.querySelectorAll('.shortcut')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]);
    expect(rows).toEqual([
      ['Open the ClaimLens toolbar menu', 'Alt+Shift+C'],
      ['Go to the next claim on the page', 'Alt+Shift+J'],
      ['Open the ClaimLens sidebar', 'Not set'],
    ]);
    expect(part('shortcut-list')?.querySelector('kbd')?.textContent).toBe('Alt+Shift+C');
    expect(text(part('shortcuts-change'))).toBe(
      'To change them, type this address into the address bar: chrome://extensions/shortcuts',
    );
    expect(text(part('shortcuts'))).not.toMatch(/Manage Extension Shortcuts/);
    expect(text(part('privacy'))).toMatch(/makes no network requests.*keeps no record of the pages you visit/);
    expect(text(part('version'))).toBe('ClaimLens version 1.2.3');
    expect(part('backup')).toBeNull();
    expect(f.connector.subscribe).toHaveBeenCalledTimes(1);
  });

  it('gives the Firefox way to change shortcuts, and says when there are none', async () => {
    await mount(fake({ browser: 'firefox' }));
    expect(text(part('shortcuts-change'))).toMatch(/about:addons$/);
    expect(text(part('shortcuts'))).toMatch(/Manage Extension Shortcuts/);
    render(null, root);
    await mount(fake({ shortcuts: [] }));
    expect(text(part('shortcuts'))).toMatch(/did not list any ClaimLens shortcuts/);
    expect(part('shortcuts-change')).toBeNull();
  });

  it('saves each change at once and says so', async () => {
    const f = fake();
    await mount(f);
    expect(text(part('save-status'))).toBe('');

    await click(input('enabled'));
    expect(f.saves).toEqual([{ enabled: false }]);
    expect(input('enabled').checked).toBe(false);
    expect(text(part('save-status'))).toBe('Saved');
    expect(part('save-status')?.getAttribute('role')).toBe('status');

    await click(input('sensitivity-broad'));
    await click(input('style-underline'));
    expect(f.saves.slice(1)).toEqual([{ sensitivity: 'broad' }, { highlightStyle: 'underline' }]);
    expect(input('sensitivity-broad').checked).toBe(true);
    expect(input('sensitivity-balanced').checked).toBe(false);
    expect(part('sample-dark')?.querySelector('.sample-claim')?.getAttribute('data-style')).toBe('underline');
    expect(f.stored()).toMatchObject({ enabled: false, sensitivity: 'broad', highlightStyle: 'underline' });
    expect(text(part('save-error'))).toBe('');
  });

  it('shows an alert and puts back the stored value when saving fails', async () => {
    const f = fake();
    vi.mocked(f.connector.save).mockImplementationOnce(() => Promise.reject(new Error('quota')));
    await mount(f);
    await click(input('sensitivity-strict'));
    expect(part('save-error')?.getAttribute('role')).toBe('alert');
    expect(text(part('save-error'))).toBe('Could not save the change. Please try again.');
    expect(text(part('save-status'))).toBe('');
    expect(input('sensitivity-balanced').checked).toBe(true);
    expect(input('sensitivity-strict').checked).toBe(false);

    // The next change that saves clears the alert.
    await click(input('style-blue'));
    expect(text(part('save-error'))).toBe('');
    expect(text(part('save-status'))).toBe('Saved');
  });

  it('validates a site before pausing it, and saves it normalised', async () => {
    const f = fake();
    await mount(f);
    const field = input('site-input');
    expect(field.getAttribute('aria-describedby')).toBe('site-hint');

    await addSite('   ');
    expect(text(part('site-error'))).toBe('Enter a hostname such as news.example.com.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain('site-error');

    await addSite('not a site');
    expect(text(part('site-error'))).toBe('“not a site” is not a hostname. Enter a name such as news.example.com.');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await addSite('https://WWW.Example.org/some/page');
    expect(text(part('site-error'))).toBe('example.org is already paused.');
    expect(f.saves).toEqual([]);

    await addSite(' https://www.News.Example.COM/2024/story?id=1 ');
    expect(f.saves).toEqual([{ pausedSites: ['example.org', 'news.example.com'] }]);
    expect(text(part('site-error'))).toBe('');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(field.getAttribute('aria-describedby')).toBe('site-hint');
    expect(field.value).toBe('');
    expect($('[data-site="news.example.com"]')).not.toBeNull();
  });

  it('removes a site with its Remove button', async () => {
    const f = fake({}, { pausedSites: ['a.example', 'b.example'] });
    await mount(f);
    await click($<HTMLButtonElement>('button[aria-label="Remove a.example"]')!);
    expect(f.saves).toEqual([{ pausedSites: ['b.example'] }]);
    expect($('[data-site="a.example"]')).toBeNull();
    // Focus moves to the Remove button that took its place, not to the page's start.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove b.example');

    await click($<HTMLButtonElement>('button[aria-label="Remove b.example"]')!);
    expect(f.saves[1]).toEqual({ pausedSites: [] });
    expect(text(part('sites-empty'))).toBe('No sites are paused.');
    expect(document.activeElement).toBe(input('site-input'));
  });

  it('shows the notice about unreadable settings with their problems and raw value, until dismissed', async () => {
    const backup: SettingsBackup = {
      savedAt: '2025-03-04T10:20:00.000Z',
      problems: ['sensitivity', 'version', 'somethingNew'],
      value: { version: 99, sensitivity: 'loud', note: '<img src=x onerror="globalThis.pwned=1">' },
    };
    const f = fake({ backup });
    await mount(f);
    const notice = part('backup')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.querySelector('h2')?.textContent).toBe('Some settings could not be read');
    expect(text(notice)).toMatch(/On 4 March 2025 at \d\d:20 ClaimLens found stored settings it could not read/);
    expect([...notice.querySelectorAll('[data-part="problems"] li')].map((li) => li.textContent)).toEqual([
      'Sensitivity',
      'The settings version (the settings themselves were read as they were)',
      'somethingNew',
    ]);
    const raw = part('raw')!;
    expect(raw.tagName).toBe('PRE');
    expect(raw.textContent).toContain('"sensitivity": "loud"');
    expect(raw.textContent).toContain('<img src=x onerror=\\"globalThis.pwned=1\\">');
    expect(notice.querySelector('img')).toBeNull();
    expect(part('raw-truncated')).toBeNull();

    const dismiss = [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss')!;
    await click(dismiss);
    expect(f.connector.dismissBackup).toHaveBeenCalledTimes(1);
    expect(part('backup')).toBeNull();
    expect(document.activeElement).toBe($('h1'));
  });

  it('shortens a long unreadable value and says how long it was', async () => {
    const backup: SettingsBackup = { savedAt: 'not a date', problems: ['settings'], value: 'x'.repeat(5000) };
    await mount(fake({ backup }));
    expect(text(part('backup'))).toMatch(/On not a date ClaimLens/);
    expect(text(part('problems'))).toBe('All settings (the stored value was not a settings record)');
    expect(part('raw')!.textContent!.length).toBeLessThan(2100);
    expect(text(part('raw-truncated'))).toBe('(shortened: 5,002 characters in all)');

    render(null, root);
    await mount(fake({ backup: { ...backup, value: undefined } }));
    expect(part('raw')).toBeNull();
    expect(text(part('raw-none'))).toBe('(no value)');
  });

  it('follows changes made elsewhere', async () => {
    const f = fake();
    await mount(f);
    expect(input('enabled').checked).toBe(true);
    await act(() => {
      f.listener()!.settings({
        ...DEFAULT_SETTINGS,
        enabled: false,
        sensitivity: 'broad',
        pausedSites: ['elsewhere.example'],
      });
    });
    expect(input('enabled').checked).toBe(false);
    expect(input('sensitivity-broad').checked).toBe(true);
    expect($('[data-site="elsewhere.example"]')).not.toBeNull();
    expect($('[data-site="example.org"]')).toBeNull();

    await act(() => {
      f.listener()!.backup({ savedAt: '2025-01-01T00:00:00Z', problems: ['enabled'], value: 'yes' });
    });
    expect(text(part('problems'))).toBe('On or off');

    await act(() => {
      render(null, root);
    });
    expect(f.listener()).toBeNull();
  });

  it('says so when the settings cannot be loaded', async () => {
    const f = fake();
    vi.mocked(f.connector.load).mockRejectedValueOnce(new Error('no storage'));
    await mount(f);
    const error = part('load-failed');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toBe('Could not read the settings. Reload this page to try again.');
    expect(part('highlighting')).toBeNull();
    expect(part('loading')).toBeNull();
  });

  it("lists the reader's verdicts with a count, exports them labelled without sites, removes one, and clears after asking", async () => {
    const stored = {
      verdicts: [
        {
          sentence: 'It was 81% wrong.',
          claimId: 'essex-81',
          verdict: 'not-this-claim' as const,
          site: 'news.example',
          version: '1.2.2',
        },
        { sentence: 'One in 1,000.', claimId: 'met-1000', verdict: 'right-claim' as const, version: '1.2.3' },
      ],
      unreadable: 1,
    };
    let push: ((s: typeof stored) => void) | null = null;
    const saved: Array<[string, string]> = [];
    const verdicts = {
      watch: (listener: (s: typeof stored) => void) => {
        push = listener;
        listener(stored);
        return () => (push = null);
      },
      remove: vi.fn(() => Promise.resolve(true)),
      clear: vi.fn(() => Promise.resolve(true)),
      save: (name: string, body: string) => saved.push([name, body]),
      version: '1.2.3',
      today: () => '2026-12-06',
    };
    const f = fake();
    await act(() => {
      render(
        <Options
          connector={f.connector}
          verdicts={verdicts}
          claim={(id) => (id === 'met-1000' ? 'One false alert in 1,000.' : null)}
        />,
        root,
      );
    });
    await settle();
    expect(text(part('verdicts-count'))).toBe('2 verdicts: 1 right claim, 1 not this claim.');
    expect(text(part('verdicts-unreadable'))).toMatch(/^1 stored verdicts could not be read/);
    const items = [...root.querySelectorAll('[data-part="verdicts-list"] li')].map(text);
    expect(items[0]).toBe('Not this claim · hidden on news.example“It was 81% wrong.”essex-81Remove');
    expect(items[1]).toBe('Right claim“One in 1,000.”One false alert in 1,000.Remove');

    await click(part('verdicts-export')!);
    expect(saved[0]?.[0]).toBe('claimlens-verdicts-2026-12-06.json');
    const file = JSON.parse(saved[0]![1]) as { verdicts: unknown[]; claimlensVersion: string };
    expect(file.claimlensVersion).toBe('1.2.3');
    expect(file.verdicts).toEqual([
      { sentence: 'It was 81% wrong.', claimId: 'essex-81', verdict: 'not-this-claim', version: '1.2.2' },
      { sentence: 'One in 1,000.', claimId: 'met-1000', verdict: 'right-claim', version: '1.2.3' },
    ]);

    await click(root.querySelector<HTMLElement>('[aria-label^="Remove the verdict on “One in 1,000"]')!);
    expect(verdicts.remove).toHaveBeenCalledWith(stored.verdicts[1]);

    await click(part('verdicts-clear')!);
    expect(verdicts.clear).not.toHaveBeenCalled();
    await click(part('verdicts-clear-yes')!);
    expect(verdicts.clear).toHaveBeenCalledOnce();
    await act(() => push?.({ verdicts: [], unreadable: 0 }));
    expect(text(part('verdicts-count'))).toBe('No verdicts yet.');
    expect(part('verdicts-clear')).toBeNull();
  });
});
