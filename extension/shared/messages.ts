/**
 * The one message protocol between ClaimLens's contexts, named by direction. Every message is checked
 * on arrival (background/validate.ts, isPageRequest), so a malformed or foreign message is
 * refused, never half-handled. Claim data crosses as plain JSON.
 */
import type { Claim, SeedDocument, TimelineEvent } from '../../src/claims/types';
import type { MatchKind } from '../../src/match/matcher';

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

/** Content script, sidebar or popup → background. Validated on arrival by background/validate.ts. */
export type ContentRequest =
  | {
      type: 'findings/report';
      count: number;
      pageDate: string | null;
      /** ClaimLens is switched off, or paused on this site. */
      paused: boolean;
    }
  | { type: 'claims/details'; ids: string[] }
  | { type: 'document/get'; id: string }
  /** From the sidebar: the frames of a tab that found claims, top frame first. */
  | { type: 'tab/frames'; tabId: number };

/** What the content script tells the sidebar and the popup about its page. */
export interface PageState {
  host: string;
  pageDate: string | null;
  /** ClaimLens is switched off, or paused on this site. */
  paused: boolean;
  /** Highlighted findings in page order, without those the reader dismissed. */
  findings: FindingSummary[];
  /** Sentences listed but not highlighted, in page order: possibly related, or disputing a claim. */
  related: FindingSummary[];
  dismissed: number;
}

/** Background, sidebar or popup → the content script of a tab (browser.tabs.sendMessage). */
export type PageRequest =
  | { type: 'finding/step'; direction: 1 | -1 }
  | { type: 'findings/list' }
  /** Opens a highlighted finding, or with `related`, one of the sentences only listed. */
  | { type: 'finding/open'; index: number; related?: boolean }
  | { type: 'finding/dismiss'; index: number };

/** The content script's check of a message sent to its tab. */
export function isPageRequest(message: unknown): message is PageRequest {
  const m = message as { type?: unknown; direction?: unknown; index?: unknown; related?: unknown } | null;
  if (typeof m !== 'object' || m === null) return false;
  switch (m.type) {
    case 'finding/step':
      return m.direction === 1 || m.direction === -1;
    case 'findings/list':
      return true;
    case 'finding/open':
      return validIndex(m.index) && (m.related === undefined || typeof m.related === 'boolean');
    case 'finding/dismiss':
      return validIndex(m.index);
    default:
      return false;
  }
}

const validIndex = (index: unknown): boolean =>
  Number.isInteger(index) && (index as number) >= 0 && (index as number) < 1_000_000;

export interface Responses {
  'findings/report': { ok: true };
  'claims/details': ClaimDetails[];
  'document/get': SeedDocument | null;
  'tab/frames': number[];
  'finding/step': { ok: boolean };
  'findings/list': PageState;
  'finding/open': { ok: boolean };
  'finding/dismiss': { ok: boolean };
}

export type ResponseTo<T extends { type: keyof Responses }> = Responses[T['type']];
