/** Background entry: only wires the message router, the commands, the tabs' page state, claim packs and settings repair. */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { ToPage } from '../shared/messages';
import { repairSettings } from '../shared/settings';
import { watchPacks } from './claims';
import { installBundledPack, recompilePackIndex, servePackImports } from './packs';
import { handleMessage, isOwnPage } from './router';
import { watchTabs } from './tabs';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);
watchTabs(isOwnPage);
watchPacks();
servePackImports(isOwnPage);

// The pack that comes with ClaimLens, installed if it is missing or of another version (its switch kept).
void installBundledPack().catch((err: unknown) => console.warn('ClaimLens: claim packs', err));
// The packs' index stored by an older version is compiled again by this one's matcher.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update')
    void recompilePackIndex().catch((err: unknown) => console.warn('ClaimLens: claim packs', err));
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
