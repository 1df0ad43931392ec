/**
 * The one message protocol between ClaimLens's contexts, named by direction: to the background, to the
 * page (a tab's content script), to the UI (the sidebar and the popup). The content script pushes its
 * page state to the background, which keeps it per tab and frame and pushes it on to the UIs over a
 * port; nothing polls. Every message is checked on arrival (shared/schemas.ts, isToPage), so a
 * malformed or foreign message is refused, never half-handled. Claim data crosses as plain JSON.
 */
import type { Claim, SeedDocument, TimelineEvent } from '../../src/claims/types';
import type { MatchKind } from '../../src/match/matcher';
import type { PackProblem } from '../../src/packs/json';
import type { PackEntry } from './packs';
import type { Verdict, VerdictRecord } from './verdicts';

/** A finding as the content script reports it (offsets are into the page's extracted text). */
export interface FindingSummary {
  /** Stable within a page: index in document order. */
  index: number;
  claimId: string;
  score: number;
  kind: MatchKind;
  text: string;
  /** Whom the sentence itself says the claim comes from ("..., Liberty said"). */
  attributedTo?: string;
  /** Up to 32 characters before and after the sentence in the page's text (a Web Annotation's quote). */
  prefix: string;
  suffix: string;
  /** The sentence's offsets in the page's text as ClaimLens extracts it, when read with the whole page. */
  start?: number;
  end?: number;
  /**
   * Listed, not highlighted: a weaker match ("possibly related" at this sensitivity) or a sentence that
   * disputes the claim. Its index is in PageState.related.
   */
  related?: true;
}

/** Everything a claim view shows about one claim. */
export interface ClaimDetails {
  claim: Claim;
  counters: Claim[];
  contrasts: Claim[];
  /** The seed documents the claim and its counter-claims quote, without their text. */
  documents: Array<Omit<SeedDocument, 'text'>>;
  /** The events after the claim (its `after`). */
  timeline: TimelineEvent[];
  /** The studies its notes and `measures` rely on (timeline events with a study), in the order first cited. */
  studies: TimelineEvent[];
}

/** Content script → background (runtime.sendMessage). Validated on arrival (shared/schemas.ts). */
export type ToBackground =
  /** The frame's page state, sent whenever it changes and when the background asks (page/report). */
  | { type: 'page/state'; state: PageState }
  | { type: 'claims/details'; ids: string[] }
  | { type: 'document/get'; id: string }
  /** From the settings page: switch an installed claim pack on or off, or remove it. */
  | { type: 'pack/enable'; id: string; enabled: boolean }
  | { type: 'pack/remove'; id: string }
  /**
   * From a card or the sidebar: the reader's verdict on a finding. The site of a content script's verdict
   * is its own page's; the sidebar names the host of the page it shows.
   */
  | { type: 'verdict/set'; sentence: string; claimId: string; verdict: Verdict; host?: string }
  /** From the settings page: remove one stored verdict, or all of them. */
  | { type: 'verdict/remove'; record: VerdictRecord }
  | { type: 'verdicts/clear' };

/** Name of the port the settings page opens to the background to import a claim pack. */
export const PACKS_PORT = 'claimlens-packs';

/**
 * Settings page → background, over the packs port: the file's text in chunks of at most PACK_CHUNK_CHARS
 * (one message of megabytes is a long task to send), then: import it (with `validOnly`, its valid items).
 */
export type PackImportRequest =
  { type: 'pack/chunk'; text: string } | { type: 'pack/import'; fileName: string; validOnly: boolean };

/** The largest chunk of a pack file's text in one message: about 10 ms to send. */
export const PACK_CHUNK_CHARS = 256 * 1024;

/** What an import is doing: checking the file, storing it, compiling the matcher's index. */
export type PackStage = 'checking' | 'saving' | 'compiling';

export type PackImportResult =
  | { ok: true; entry: PackEntry; replaced: boolean }
  | { ok: false; problems: PackProblem[]; more: number; items: number; valid: number };

/** Background → settings page, over the packs port: the import's stages, then its result. */
export type ToSettings =
  { type: 'pack/progress'; stage: PackStage } | { type: 'pack/result'; result: PackImportResult };

/** What the content script tells the background, and through it the sidebar and the popup, about its page. */
export interface PageState {
  host: string;
  /** The page's address (the sidebar's annotations target it); kept in memory only, like all of this. */
  url: string;
  pageDate: string | null;
  /** ClaimLens is switched off, or paused on this site. */
  paused: boolean;
  /** Highlighted findings in page order, without those the reader dismissed. */
  findings: FindingSummary[];
  /** Sentences listed but not highlighted, in page order: possibly related, or disputing a claim. */
  related: FindingSummary[];
  dismissed: number;
  /** Findings on this page hidden by the reader's "Not this claim" verdicts on its site. */
  rejected: number;
}

/** One frame of a tab, with its page state. */
export interface FramePage {
  frameId: number;
  state: PageState;
}

/** A tab's page as the background knows it, pushed to the sidebar and the popup. */
export type TabPage =
  /** Loading, or its content script has not said anything yet. */
  | { status: 'loading' }
  /** No content script there: a browser page, the store, a local file, or a page opened before install. */
  | { status: 'unavailable' }
  /** The top frame, and the other frames that found something, in frame order. */
  | { status: 'ready'; frames: FramePage[] };

/** Name of the port the sidebar and the popup open to the background (runtime.connect). */
export const UI_PORT = 'claimlens-ui';

/** Sidebar or popup → background, over the UI port: push this tab's page to me from now on. */
export type UiToBackground = { type: 'tab/watch'; tabId: number };

/** Background → sidebar or popup, over the UI port: the watched tab's page, now and on every change. */
export type ToUi = { type: 'tab/page'; tabId: number; page: TabPage };

/** Background, sidebar or popup → the content script of a tab (browser.tabs.sendMessage). */
export type ToPage =
  | { type: 'finding/step'; direction: 1 | -1 }
  /** Send your page state again (the background lost it: it was restarted, or a UI asks about a new tab). */
  | { type: 'page/report' }
  /** Opens a highlighted finding, or with `related`, one of the sentences only listed. */
  | { type: 'finding/open'; index: number; related?: boolean }
  | { type: 'finding/dismiss'; index: number };

/**
 * The content script's check of a message sent to its tab. Schemas (shared/schemas.ts) check every other
 * message; this one is written out by hand because zod would add 6.5 KB gzipped to the content script
 * (its budget is 60 KB). A property test holds it to the schema `toPage`, message for message.
 */
export function isToPage(message: unknown): message is ToPage {
  const m = message as { type?: unknown; direction?: unknown; index?: unknown; related?: unknown } | null;
  if (typeof m !== 'object' || m === null) return false;
  switch (m.type) {
    case 'finding/step':
      return m.direction === 1 || m.direction === -1;
    case 'page/report':
      return true;
    case 'finding/open':
      return validIndex(m.index) && (m.related === undefined || typeof m.related === 'boolean');
    case 'finding/dismiss':
      return validIndex(m.index);
    default:
      return false;
  }
}

export const MAX_INDEX = 1_000_000;

const validIndex = (index: unknown): boolean =>
  Number.isInteger(index) && (index as number) >= 0 && (index as number) < MAX_INDEX;

export interface Responses {
  'page/state': { ok: true };
  'pack/enable': { ok: boolean };
  'pack/remove': { ok: boolean };
  /** `full`: MAX_VERDICTS are stored; `no-site`: a "Not this claim" without the page's site. */
  'verdict/set': { ok: true } | { ok: false; reason: 'full' | 'no-site' };
  'verdict/remove': { ok: boolean };
  'verdicts/clear': { ok: boolean };
  'claims/details': ClaimDetails[];
  'document/get': SeedDocument | null;
  'finding/step': { ok: boolean };
  'page/report': { ok: true };
  'finding/open': { ok: boolean };
  'finding/dismiss': { ok: boolean };
}

export type ResponseTo<T extends { type: keyof Responses }> = Responses[T['type']];
