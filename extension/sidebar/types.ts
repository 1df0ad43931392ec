/**
 * What the sidebar's components know about the extension: plain data, and the plain functions the
 * connector (connector.ts, the only module that touches `browser.*`) provides. Tests pass fakes.
 */
import type { FramePage } from '../shared/tab-pages';

export type { FramePage };

/** Why ClaimLens does not scan the page: paused on this site, or switched off everywhere. */
export type PauseReason = 'site' | 'off';

export type PageView =
  | { status: 'loading' }
  /** No content script answered: a browser page, the store, a local file, or a page opened before install. */
  | { status: 'unavailable' }
  /** Frames that answered, the top frame first. */
  | { status: 'ready'; frames: FramePage[]; paused: PauseReason | null };

/** What happened to the tab the sidebar shows. */
export type TabEvent =
  /** The sidebar now shows this tab (null: there is no tab to show). */
  | { type: 'tab'; tabId: number | null }
  /** The shown tab started loading a new page. */
  | { type: 'loading' }
  /** The shown tab finished loading. */
  | { type: 'complete' };

export interface Connector {
  /** Calls back with the tab to show, then with every change to it; returns a function that stops. */
  watchTab(listener: (event: TabEvent) => void): () => void;
  /** Calls back with the tab id whenever a content script reports changed findings; returns a stop function. */
  watchReports(listener: (tabId: number) => void): () => void;
  /** The tab's findings, frame by frame. Never rejects. */
  loadPage(tabId: number): Promise<PageView>;
  /** Scrolls the page to a finding and opens its card; false when the page no longer has it. */
  /** Shows a finding on the page (with `related`, one of the sentences only listed). */
  openFinding(tabId: number, frameId: number, index: number, related?: boolean): Promise<boolean>;
  dismissFinding(tabId: number, frameId: number, index: number): Promise<boolean>;
  setSitePaused(host: string, paused: boolean): Promise<void>;
  /** Switches ClaimLens on everywhere (it was switched off in the options). */
  switchOn(): Promise<void>;
}
