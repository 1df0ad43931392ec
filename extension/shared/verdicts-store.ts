/**
 * The stored verdicts (verdicts.ts) as the extension's pages read them: now, and on every change. Only
 * the background writes them.
 */
import browser from './browser';
import { readVerdicts, VERDICTS_BACKUP_KEY, VERDICTS_KEY, type VerdictRecord } from './verdicts';

export interface StoredVerdicts {
  verdicts: VerdictRecord[];
  /** Stored items this version cannot read, and values kept in the backup: kept, counted, not shown. */
  unreadable: number;
}

async function loadVerdicts(): Promise<StoredVerdicts> {
  const stored = await browser.storage.local.get([VERDICTS_KEY, VERDICTS_BACKUP_KEY]);
  const { verdicts, unreadable } = readVerdicts(stored[VERDICTS_KEY]);
  const backup: unknown = stored[VERDICTS_BACKUP_KEY];
  return { verdicts, unreadable: unreadable + (Array.isArray(backup) ? backup.length : 0) };
}

/** Calls back with the stored verdicts now and whenever they change; returns a function that stops. */
export function watchStoredVerdicts(listener: (stored: StoredVerdicts) => void): () => void {
  let stopped = false;
  const load = () =>
    loadVerdicts().then(
      (stored) => !stopped && listener(stored),
      (err: unknown) => console.warn('ClaimLens: verdicts', err),
    );
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (VERDICTS_KEY in changes || VERDICTS_BACKUP_KEY in changes)) void load();
  };
  browser.storage.onChanged.addListener(onChanged);
  void load();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(onChanged);
  };
}

/** The readable stored verdicts, now and on every change. */
export const watchVerdicts = (listener: (verdicts: VerdictRecord[]) => void): (() => void) =>
  watchStoredVerdicts((stored) => listener(stored.verdicts));
