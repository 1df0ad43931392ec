/**
 * The background's side of the push (extension/background/tabs.ts): a UI port that watches a tab gets its
 * page at once and on every change; a tab it knows nothing of is asked to report again, once, and is
 * unavailable if nothing there answers; only the extension's own pages may watch.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToUi } from '../../../extension/shared/messages';
import { pageState } from '../page-state-fixtures';

type Listener<A extends unknown[]> = (...args: A) => void;

function event<A extends unknown[]>() {
  const listeners: Array<Listener<A>> = [];
  return {
    addListener: (l: Listener<A>) => void listeners.push(l),
    removeListener: (l: Listener<A>) => void listeners.splice(listeners.indexOf(l), 1),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

const fake = vi.hoisted(() => ({
  sendMessage: null as unknown as (tabId: number, message: unknown) => Promise<unknown>,
}));

const onConnect = event<[FakePort]>();
const onUpdated = event<[number, { status?: string }]>();
const onRemoved = event<[number]>();
const sentToTabs: Array<[number, unknown]> = [];
let tabsAnswer: 'answer' | 'refuse' = 'answer';

vi.mock('../../../extension/shared/browser', () => ({
  default: {
    runtime: { id: 'own', getURL: (path: string) => `chrome-extension://own/${path}`, onConnect: null },
    tabs: { sendMessage: (tabId: number, message: unknown) => fake.sendMessage(tabId, message) },
    action: {
      setBadgeText: () => Promise.resolve(),
      setBadgeBackgroundColor: () => Promise.resolve(),
      setIcon: () => Promise.resolve(),
      setTitle: () => Promise.resolve(),
    },
    i18n: { getMessage: (key: string) => key },
  },
}));

const browser = (await import('../../../extension/shared/browser')).default as unknown as {
  runtime: { onConnect: unknown };
  tabs: { onUpdated: unknown; onRemoved: unknown };
};
browser.runtime.onConnect = onConnect;
browser.tabs.onUpdated = onUpdated;
browser.tabs.onRemoved = onRemoved;
fake.sendMessage = (tabId, message) => {
  sentToTabs.push([tabId, message]);
  return tabsAnswer === 'answer' ? Promise.resolve({ ok: true }) : Promise.reject(new Error('no receiver'));
};

const { recordState, watchTabs } = await import('../../../extension/background/tabs');
const { isOwnPage } = await import('../../../extension/background/router');
watchTabs(isOwnPage);

class FakePort {
  readonly onMessage = event<[unknown]>();
  readonly onDisconnect = event<[]>();
  readonly received: ToUi[] = [];
  constructor(
    readonly name: string,
    readonly sender: { id: string; url: string },
  ) {}
  postMessage(message: ToUi): void {
    this.received.push(message);
  }
}

function connect(url = 'chrome-extension://own/extension/sidebar/index.html', name = 'claimlens-ui'): FakePort {
  const port = new FakePort(name, { id: 'own', url });
  onConnect.fire(port);
  return port;
}

const state = pageState;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let tab = 100;

beforeEach(() => {
  sentToTabs.length = 0;
  tabsAnswer = 'answer';
  tab++;
});

describe('the background pushes each tab’s page to the UIs', () => {
  it('sends the page at once, then on every change, and stops when the port closes', async () => {
    await recordState(tab, 0, state());
    const port = connect();
    port.onMessage.fire({ type: 'tab/watch', tabId: tab });
    expect(port.received.map((m) => m.page.status)).toEqual(['ready']);
    expect(sentToTabs).toEqual([]);
    await recordState(tab, 0, state({ paused: true }));
    expect(port.received).toHaveLength(2);
    port.onDisconnect.fire();
    await recordState(tab, 0, state());
    expect(port.received).toHaveLength(2);
  });

  it('asks a tab it knows nothing of to report again; the report is pushed', async () => {
    const port = connect();
    port.onMessage.fire({ type: 'tab/watch', tabId: tab });
    expect(port.received.at(-1)?.page).toEqual({ status: 'loading' });
    expect(sentToTabs).toEqual([[tab, { type: 'page/report' }]]);
    await recordState(tab, 0, state({ host: 'later.example' }));
    const page = port.received.at(-1)?.page;
    expect(page?.status === 'ready' && page.frames[0]?.state.host).toBe('later.example');
  });

  it('says a tab is unavailable when nothing there answers, until a page loads that does', async () => {
    tabsAnswer = 'refuse';
    const port = connect();
    port.onMessage.fire({ type: 'tab/watch', tabId: tab });
    await flush();
    expect(port.received.at(-1)?.page).toEqual({ status: 'unavailable' });
    onUpdated.fire(tab, { status: 'loading' });
    expect(port.received.at(-1)?.page).toEqual({ status: 'loading' });
    tabsAnswer = 'answer';
    onUpdated.fire(tab, { status: 'complete' });
    expect(sentToTabs.at(-1)).toEqual([tab, { type: 'page/report' }]);
  });

  it('switches a port to the tab it names next', async () => {
    await recordState(tab, 0, state({ host: 'one.example' }));
    await recordState(tab + 50, 0, state({ host: 'two.example' }));
    const port = connect();
    port.onMessage.fire({ type: 'tab/watch', tabId: tab });
    port.onMessage.fire({ type: 'tab/watch', tabId: tab + 50 });
    await recordState(tab, 0, state({ host: 'one.example', dismissed: 1 }));
    expect(port.received.map((m) => m.tabId)).toEqual([tab, tab + 50]);
  });

  it('ignores ports of web pages, of other names, and malformed watches', async () => {
    await recordState(tab, 0, state());
    const page = connect('https://news.example/');
    page.onMessage.fire({ type: 'tab/watch', tabId: tab });
    const other = connect(undefined, 'something-else');
    other.onMessage.fire({ type: 'tab/watch', tabId: tab });
    const own = connect();
    own.onMessage.fire({ type: 'tab/watch', tabId: -1 });
    own.onMessage.fire({ type: 'tab/watch', tabId: String(tab) });
    expect([page.received, other.received, own.received]).toEqual([[], [], []]);
  });
});
