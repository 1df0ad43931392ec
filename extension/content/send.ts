/** The content script's messages to the background (see shared/messages.ts). */
import browser from '../shared/browser';
import type { ResponseTo, ToBackground } from '../shared/messages';

export async function send<T extends ToBackground>(message: T): Promise<ResponseTo<T>> {
  return (await browser.runtime.sendMessage(message)) as ResponseTo<T>;
}
