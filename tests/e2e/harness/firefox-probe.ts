/**
 * A test-only background script added to a copy of the Firefox build, so the tests can ask the
 * extension what only extension code can see: the badge of a tab, and sending a tab the message the
 * keyboard commands send.
 *
 * Why: Firefox gives WebDriver BiDi no handle on an extension's background (no service worker target as
 * in Chromium), moz-extension:// pages cannot be opened with page.goto, and an extension page framed in
 * a web page only gets content-script APIs (no tabs, no action). So the probe, running beside
 * ClaimLens's own background, long-polls a test HTTP server on 127.0.0.1 for commands and posts the
 * results back. It only reads state and sends the one message ClaimLens's background itself sends; it
 * adds no listener ClaimLens's code could see, and nothing to any page.
 */

/** The probe's source, with the channel's origin filled in. Plain JavaScript: it runs in Firefox as is. */
export function probeBackgroundScript(origin: string): string {
  return `// ClaimLens end-to-end test probe (tests/e2e/harness/firefox-probe.ts). Not part of the extension.
const ORIGIN = ${JSON.stringify(origin)};

async function tabFor(url) {
  const tabs = (await browser.tabs.query({})).filter((t) => t.url === url);
  if (tabs.length !== 1) throw new Error('expected exactly one tab at ' + url + ', found ' + tabs.length);
  return tabs[0].id;
}

const ops = {
  ping: async () => 'pong',
  state: async ({ url }) => {
    const tabId = await tabFor(url);
    return { badge: await browser.action.getBadgeText({ tabId }), title: await browser.action.getTitle({ tabId }) };
  },
  step: async ({ url, direction }) => browser.tabs.sendMessage(await tabFor(url), { type: 'finding/step', direction }),
  tabId: async ({ url }) => tabFor(url),
  openExtensionTab: async ({ path }) => (await browser.tabs.create({ url: browser.runtime.getURL(path) })).id,
  setStorage: async ({ items }) => browser.storage.local.set(items),
  removeStorage: async ({ key }) => browser.storage.local.remove(key),
};

async function serve() {
  for (;;) {
    let command;
    try {
      const res = await fetch(ORIGIN + '/next', { cache: 'no-store' });
      if (res.status !== 200) continue;
      command = await res.json();
    } catch {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    let reply;
    try {
      const op = ops[command.op];
      if (!op) throw new Error('unknown probe op ' + command.op);
      reply = { id: command.id, result: (await op(command.args ?? {})) ?? null };
    } catch (err) {
      reply = { id: command.id, error: String(err && err.message ? err.message : err) };
    }
    await fetch(ORIGIN + '/result', { method: 'POST', body: JSON.stringify(reply) }).catch(() => undefined);
  }
}

serve();
`;
}
