/**
 * What each tab's frames reported: the toolbar badge counts the findings of all of a tab's frames
 * (claims inside an embedded frame count too), and the sidebar asks which frames to list. Kept in
 * memory only, per tab, and forgotten when the tab navigates or closes.
 */
import browser from '../shared/browser';
import { showTabState } from './action';

interface FrameReport {
  count: number;
  paused: boolean;
}

const tabs = new Map<number, Map<number, FrameReport>>();

export async function recordReport(tabId: number, frameId: number, report: FrameReport): Promise<void> {
  let frames = tabs.get(tabId);
  if (!frames) tabs.set(tabId, (frames = new Map()));
  frames.set(frameId, report);
  const total = [...frames.values()].reduce((n, f) => n + f.count, 0);
  // The top frame says whether ClaimLens is paused on this page.
  const paused = frames.get(0)?.paused ?? report.paused;
  await showTabState(tabId, total, paused);
}

/** Frames of a tab that found claims, the top frame first. */
export function framesWithFindings(tabId: number): number[] {
  const frames = tabs.get(tabId);
  if (!frames) return [];
  return [...frames]
    .filter(([, r]) => r.count > 0)
    .map(([id]) => id)
    .sort((a, b) => a - b);
}

export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void tabs.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabs.delete(tabId);
  });
}
