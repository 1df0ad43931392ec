/**
 * Asking a tab's content scripts about their pages, for the extension pages that show them (the
 * sidebar and the popup). A tab without a content script (a browser page, the store, a page opened
 * before install) refuses at once; a timeout bounds one that is there but does not answer. Nothing
 * here rejects: a frame that does not answer is simply left out.
 */
import browser from './browser';
import type { ContentRequest, PageRequest, PageState, ResponseTo } from './messages';

/** One frame of a tab that answered, with what its content script found. */
export interface FramePage {
  frameId: number;
  state: PageState;
}

/** A light check of a content script's answer: the shape the sidebar and the popup read. */
export function isPageState(value: unknown): value is PageState {
  const s = value as Partial<PageState> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.host === 'string' &&
    typeof s.paused === 'boolean' &&
    typeof s.dismissed === 'number' &&
    (s.pageDate === null || typeof s.pageDate === 'string') &&
    Array.isArray(s.findings)
  );
}

/** The answer, or undefined when it fails or does not come within `ms`. */
function answerWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    const done = (v: T | undefined) => {
      clearTimeout(timer);
      resolve(v);
    };
    promise.then(done, () => done(undefined));
  });
}

async function toBackground<T extends ContentRequest>(message: T): Promise<ResponseTo<T> | undefined> {
  return (await browser.runtime.sendMessage(message).catch(() => undefined)) as ResponseTo<T> | undefined;
}

/** Sends one frame of a tab a page request; undefined when it does not answer in time. */
export async function askFrame<T extends PageRequest>(
  tabId: number,
  frameId: number,
  message: T,
  timeoutMs: number,
): Promise<ResponseTo<T> | undefined> {
  return (await answerWithin(browser.tabs.sendMessage(tabId, message, { frameId }), timeoutMs)) as
    ResponseTo<T> | undefined;
}

/**
 * The pages of a tab's frames that answer: the top frame always (it knows the host and whether
 * ClaimLens is paused there), and the frames that reported findings (as the toolbar badge counts
 * them); the top frame first.
 */
export async function askTabFrames(tabId: number, timeoutMs: number): Promise<FramePage[]> {
  const reported = await toBackground({ type: 'tab/frames', tabId });
  const frameIds = [0, ...(Array.isArray(reported) ? reported : []).filter((id) => id !== 0)];
  const answers = await Promise.all(
    frameIds.map(async (frameId): Promise<FramePage | null> => {
      const state = await askFrame(tabId, frameId, { type: 'findings/list' }, timeoutMs);
      return isPageState(state) ? { frameId, state } : null;
    }),
  );
  return answers.filter((f): f is FramePage => f !== null);
}
