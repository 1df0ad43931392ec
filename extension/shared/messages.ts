/**
 * The one message protocol between ClaimLens's contexts, named by direction. Every message is checked
 * on arrival (background/validate.ts, isBackgroundRequest), so a malformed or foreign message is
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
}

/** Everything a claim view shows about one claim. */
export interface ClaimDetails {
  claim: Claim;
  counters: Claim[];
  contrasts: Claim[];
  /** The seed documents the claim and its counter-claims quote, without their text. */
  documents: Array<Omit<SeedDocument, 'text'>>;
  timeline: TimelineEvent[];
}

/** Content script → background. Validated on arrival by background/validate.ts. */
export type ContentRequest =
  | {
      type: 'findings/report';
      count: number;
      pageDate: string | null;
      /** ClaimLens is switched off, or paused on this site. */
      paused: boolean;
    }
  | { type: 'claims/details'; ids: string[] }
  | { type: 'document/get'; id: string };

/** Background → content script. */
export type BackgroundRequest = { type: 'finding/step'; direction: 1 | -1 };

/** The content script's check of a message from the background (it only ever gets this one kind). */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  const m = message as Partial<BackgroundRequest> | null;
  return typeof m === 'object' && m !== null && m.type === 'finding/step' && (m.direction === 1 || m.direction === -1);
}

export interface Responses {
  'findings/report': { ok: true };
  'claims/details': ClaimDetails[];
  'document/get': SeedDocument | null;
  'finding/step': { ok: boolean };
}

export type ResponseTo<T extends { type: keyof Responses }> = Responses[T['type']];
