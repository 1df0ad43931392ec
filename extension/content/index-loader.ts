/**
 * The claim index, loaded once per page and shared by every session on it: parsed in a task of its own,
 * then derived in slices that give the page the thread between them (runInSlices). index.ts starts the
 * load at once, while the settings are being read; a session waits for it. An aborted or failed load is
 * forgotten, and the next caller starts it again.
 */
import parseIndexData from 'virtual:claimlens/index';
import { loadClaimIndexSteps, type ClaimIndex } from '../../src/match/claim-index';
import { runInSlices, yieldToPage } from './schedule';

let loading: Promise<ClaimIndex> | undefined;

async function load(signal?: AbortSignal): Promise<ClaimIndex> {
  // Not in the task that evaluated the script: parsing the index is a task of its own.
  await yieldToPage();
  signal?.throwIfAborted();
  const data = parseIndexData();
  await yieldToPage();
  signal?.throwIfAborted();
  return runInSlices(loadClaimIndexSteps(data), signal);
}

/** The claim index; `signal` aborts the load (the caller that started it decides). */
export function loadIndex(signal?: AbortSignal): Promise<ClaimIndex> {
  if (!loading) {
    const started = load(signal);
    loading = started;
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}
