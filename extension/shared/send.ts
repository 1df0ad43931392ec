/** Messages to the background from the content script and the sidebar (see shared/messages.ts). */
import browser from './browser';
import type { ResponseTo, ToBackground } from './messages';

export async function send<T extends ToBackground>(message: T): Promise<ResponseTo<T>> {
  return (await browser.runtime.sendMessage(message)) as ResponseTo<T>;
}
