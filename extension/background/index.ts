/** Background entry: only wires the message router, the commands, the tabs' page state, claim packs and settings repair. */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { PACKS_PORT, type ToPage, type ToSettings } from '../shared/messages';
import { packImportRequest, parse } from '../shared/schemas';
import { repairSettings } from '../shared/settings';
import { watchPacks } from './claims';
import { importPack } from './packs';
import { handleMessage, isOwnPage, isOwnSender } from './router';
import { watchTabs } from './tabs';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);
watchTabs(isOwnSender);
watchPacks();

// The settings page imports a claim pack over a port of its own: it is told each stage, then the result.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PACKS_PORT || !port.sender || !isOwnPage(port.sender)) return;
  port.onMessage.addListener((message: unknown) => {
    const request = parse(packImportRequest, message);
    if (!request) return;
    const send = (m: ToSettings) => {
      try {
        port.postMessage(m);
      } catch {
        // The settings page was closed: the import goes on, and its list shows the result when opened.
      }
    };
    importPack(request.fileName, request.text, request.validOnly, (stage) => send({ type: 'pack/progress', stage }))
      .then((result) => send({ type: 'pack/result', result }))
      .catch((err: unknown) =>
        send({
          type: 'pack/result',
          result: { ok: false, problems: [{ path: [], message: String(err) }], more: 0, items: 0, valid: 0 },
        }),
      );
  });
});

// Stored settings from an older version, or partly unreadable, are rewritten once (with a backup).
void repairSettings().catch((err: unknown) => console.warn('ClaimLens: settings', err));

/** Chrome's side panel opens on the keyboard command; Firefox opens its sidebar with a built-in command. */
function openSidePanel(tab: { id?: number; windowId?: number } | undefined): void {
  if (__BROWSER__ !== 'chrome' || tab?.windowId === undefined) return;
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome
    ?.sidePanel;
  void sidePanel?.open({ windowId: tab.windowId }).catch((err: unknown) => console.warn('ClaimLens: side panel', err));
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-sidebar') {
    openSidePanel(tab);
    return;
  }
  const direction = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
  if (direction === 0) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
    if (active?.id === undefined) return;
    const request: ToPage = { type: 'finding/step', direction };
    // A tab without the content script (a browser page, the store) has no one to answer: that is fine.
    return browser.tabs.sendMessage(active.id, request, { frameId: 0 }).catch(() => undefined);
  });
});
