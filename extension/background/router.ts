/**
 * The background's message handlers, one per message to the background. Messages are accepted only
 * from this extension's own contexts and only if they match their schema; anything else gets no answer.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { Responses, ToBackground } from '../shared/messages';
import { parse, toBackground } from '../shared/schemas';
import { claimDetails, seedDocument } from './claims';
import { recordState } from './tabs';

type Handlers = {
  [K in ToBackground['type']]: (
    request: Extract<ToBackground, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<Responses[K]> | Responses[K];
};

const handlers: Handlers = {
  'page/state': async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await recordState(tabId, sender.frameId ?? 0, request.state);
    return { ok: true };
  },
  'claims/details': (request) => request.ids.flatMap((id) => claimDetails(id) ?? []),
  'document/get': (request) => seedDocument(request.id),
};

export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isOwnSender(sender)) return undefined;
  const request = parse(toBackground, message);
  if (!request) return undefined;
  const handler = handlers[request.type] as (r: ToBackground, s: Runtime.MessageSender) => unknown;
  return Promise.resolve(handler(request, sender));
}
