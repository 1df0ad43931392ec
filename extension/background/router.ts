/**
 * The background's message handlers, one per message to the background. Messages are accepted only
 * from this extension's own contexts and only if they match their schema; anything else gets no answer.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import type { ClaimDetails, Responses, ToBackground } from '../shared/messages';
import { parse, toBackground } from '../shared/schemas';
import { claimDetails, seedDocument } from './claims';
import { removePack, setPackEnabled } from './packs';
import { recordState } from './tabs';
import { clearVerdicts, recordVerdict, removeVerdict } from './verdicts';

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
  'claims/details': async (request) =>
    (await Promise.all(request.ids.map((id) => claimDetails(id)))).filter((d): d is ClaimDetails => d !== null),
  'document/get': (request) => seedDocument(request.id),
  // Only the settings page manages packs.
  'pack/enable': async (request, sender) => ({
    ok: isOwnPage(sender) && (await setPackEnabled(request.id, request.enabled)),
  }),
  'pack/remove': async (request, sender) => ({ ok: isOwnPage(sender) && (await removePack(request.id)) }),
  // A content script's verdict is on its own page's site, whatever the message says.
  'verdict/set': ({ sentence, claimId, verdict, host }, sender) => {
    const site = isOwnPage(sender) ? host : hostOf(sender.url);
    return recordVerdict({ sentence, claimId, verdict, ...(site === undefined ? {} : { host: site }) });
  },
  // Only the settings page removes verdicts.
  'verdict/remove': async (request, sender) => ({ ok: isOwnPage(sender) && (await removeVerdict(request.record)) }),
  'verdicts/clear': async (_request, sender) => ({ ok: isOwnPage(sender) && (await clearVerdicts()) }),
};

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** One of the extension's own pages (the settings page, the sidebar, the popup), not a content script. */
export function isOwnPage(sender: Runtime.MessageSender): boolean {
  return isOwnSender(sender) && sender.url?.startsWith(browser.runtime.getURL('')) === true;
}

export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isOwnSender(sender)) return undefined;
  const request = parse(toBackground, message);
  if (!request) return undefined;
  const handler = handlers[request.type] as (r: ToBackground, s: Runtime.MessageSender) => unknown;
  return Promise.resolve(handler(request, sender));
}
