/**
 * What the panel's components (the sidebar's, and the popup's list) know about the extension: plain data, and the plain functions the
 * connector (connector.ts, the only module that touches `browser.*`) provides. Tests pass fakes.
 */
import type { FramePage } from '../messages';
import type { PauseReason } from '../settings';
import type { Verdict, VerdictOutcome, VerdictRecord } from '../verdicts';

export type { FramePage, PauseReason };

export type PageView =
  | { status: 'loading' }
  /** No content script answered: a browser page, the store, a local file, or a page opened before install. */
  | { status: 'unavailable' }
  /** Frames that answered, the top frame first. */
  | { status: 'ready'; frames: FramePage[]; paused: PauseReason | null };

export interface Connector {
  /**
   * Calls back with the tab to show (null: there is none), and again whenever the reader switches tabs;
   * returns a function that stops.
   */
  watchTab(listener: (tabId: number | null) => void): () => void;
  /**
   * Calls back with the tab's page as the background pushes it, now and on every change (a new page
   * loading, a finding added or dismissed, ClaimLens paused or resumed); returns a function that stops.
   */
  watchPage(tabId: number, listener: (view: PageView) => void): () => void;
  /**
   * Scrolls the page to a finding and opens its card (with `related`, one of the sentences only listed);
   * false when the page no longer has it.
   */
  openFinding(tabId: number, frameId: number, index: number, related?: boolean): Promise<boolean>;
  dismissFinding(tabId: number, frameId: number, index: number): Promise<boolean>;
  setSitePaused(host: string, paused: boolean): Promise<void>;
  /** Switches ClaimLens on everywhere (it was switched off in the options). */
  switchOn(): Promise<void>;
  /**
   * Stores the reader's verdict on a finding of the page on `host` (the page hides a "Not this claim"
   * finding as soon as it is stored).
   */
  giveVerdict(verdict: { sentence: string; claimId: string; verdict: Verdict; host: string }): Promise<VerdictOutcome>;
  /** Calls back with the stored verdicts, now and whenever they change; returns a function that stops. */
  watchVerdicts(listener: (verdicts: VerdictRecord[]) => void): () => void;
  /** ClaimLens's version, for the files it writes. */
  version(): string;
  /** Offers a file to the reader as a download (from the sidebar itself: no permission needed). */
  save(fileName: string, text: string): void;
}
