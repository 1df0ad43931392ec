/** Background entry: only wires the message router and the keyboard commands. */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { BackgroundRequest } from '../shared/messages';
import { handleMessage } from './router';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

browser.commands.onCommand.addListener((command) => {
  const direction = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
  if (direction === 0) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    const request: BackgroundRequest = { type: 'finding/step', direction };
    // A tab without the content script (a browser page, the store) has no one to answer: that is fine.
    return browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});
