/**
 * The background's message handlers, one per request type. Messages are accepted only from this
 * extension's own contexts and only if they match their schema; anything else gets no answer.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { ContentRequest, Responses } from '../shared/messages';
import { claimDetails, seedDocument } from './claims';
import { framesWithFindings, recordReport } from './tabs';
import { parseContentRequest } from './validate';

type Handlers = {
  [K in ContentRequest['type']]: (
    request: Extract<ContentRequest, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<Responses[K]> | Responses[K];
};

const handlers: Handlers = {
  'findings/report': async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await recordReport(tabId, sender.frameId ?? 0, request);
    return { ok: true };
  },
  'claims/details': (request) => request.ids.flatMap((id) => claimDetails(id) ?? []),
  'document/get': (request) => seedDocument(request.id),
  'tab/frames': (request) => framesWithFindings(request.tabId),
};

export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isOwnSender(sender)) return undefined;
  const request = parseContentRequest(message);
  if (!request) return undefined;
  const handler = handlers[request.type] as (r: ContentRequest, s: Runtime.MessageSender) => unknown;
  return Promise.resolve(handler(request, sender));
}
