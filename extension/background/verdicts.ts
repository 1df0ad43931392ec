/**
 * The background's side of the reader's verdicts (shared/verdicts.ts): the one writer of the stored
 * list, one change at a time. Stored items this version cannot read are kept where they are; a stored
 * value that is not a list at all is moved to a backup key before a new list starts. Nothing is lost.
 */
import browser from '../shared/browser';
import { siteOf } from '../shared/settings';
import {
  isVerdictRecord,
  MAX_VERDICTS,
  VERDICTS_BACKUP_KEY,
  VERDICTS_KEY,
  type Verdict,
  type VerdictRecord,
} from '../shared/verdicts';
import { oneAtATime } from './one-at-a-time';

const serially = oneAtATime();

/** A verdict as the card or the sidebar gives it: the sentence, the claim, and the page's host. */
export interface VerdictInput {
  sentence: string;
  claimId: string;
  verdict: Verdict;
  host?: string;
}

export type VerdictResult = { ok: true } | { ok: false; reason: 'full' | 'no-site' };

/** The stored list, readable items or not; a value that is not a list is moved to the backup key first. */
async function storedList(): Promise<unknown[]> {
  const stored = await browser.storage.local.get([VERDICTS_KEY, VERDICTS_BACKUP_KEY]);
  const list: unknown = stored[VERDICTS_KEY];
  if (list === undefined) return [];
  if (Array.isArray(list)) return list;
  const backup: unknown = stored[VERDICTS_BACKUP_KEY];
  await browser.storage.local.set({ [VERDICTS_BACKUP_KEY]: [...(Array.isArray(backup) ? backup : []), list] });
  return [];
}

/**
 * Stores a verdict. It replaces the reader's earlier verdict on the same sentence and claim: a "Right
 * claim" anywhere, a "Not this claim" on the same site.
 */
export function recordVerdict(input: VerdictInput): Promise<VerdictResult> {
  return serially(async () => {
    const site = input.host === undefined || input.host === '' ? undefined : siteOf(input.host);
    if (input.verdict === 'not-this-claim' && site === undefined) return { ok: false, reason: 'no-site' };
    const list = await storedList();
    const kept = list.filter(
      (item) =>
        !isVerdictRecord(item) ||
        item.claimId !== input.claimId ||
        item.sentence !== input.sentence ||
        (item.verdict === 'not-this-claim' && item.site !== site),
    );
    if (kept.length >= MAX_VERDICTS) return { ok: false, reason: 'full' };
    const record: VerdictRecord = {
      sentence: input.sentence,
      claimId: input.claimId,
      verdict: input.verdict,
      ...(input.verdict === 'not-this-claim' && site !== undefined ? { site } : {}),
      version: browser.runtime.getManifest().version,
    };
    await browser.storage.local.set({ [VERDICTS_KEY]: [...kept, record] });
    return { ok: true };
  });
}

/** Removes one stored verdict (from the settings page's list); false if it is not there. */
export function removeVerdict(target: VerdictRecord): Promise<boolean> {
  return serially(async () => {
    const list = await storedList();
    const same = (item: unknown) =>
      isVerdictRecord(item) &&
      item.claimId === target.claimId &&
      item.sentence === target.sentence &&
      item.verdict === target.verdict &&
      item.site === target.site;
    const kept = list.filter((item) => !same(item));
    if (kept.length === list.length) return false;
    await browser.storage.local.set({ [VERDICTS_KEY]: kept });
    return true;
  });
}

/** Removes every verdict, those that could not be read included. */
export function clearVerdicts(): Promise<boolean> {
  return serially(async () => {
    await browser.storage.local.remove([VERDICTS_KEY, VERDICTS_BACKUP_KEY]);
    return true;
  });
}
