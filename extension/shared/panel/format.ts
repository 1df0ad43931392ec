/** Small pieces of claim text the panel's lists share (the sidebar's and the popup's). */
import type { Claim, Stance } from '../../../src/claims/types';
import { parseFuzzyDate } from '../../../src/dates/fuzzy-date';
import { formatFuzzyDate, t, type MessageKey } from '../i18n';

export const STANCES: readonly Stance[] = ['supports', 'opposes', 'neutral'];

/** Short stance labels for lists and filters; the claim view spells the stance out in full. */
export const STANCE_LABEL: Record<Stance, MessageKey> = {
  supports: 'sidebarStanceSupports',
  opposes: 'sidebarStanceOpposes',
  neutral: 'sidebarStanceNeutral',
  unstated: 'sidebarStanceUnstated',
};

/** "Silkie Carlo (Big Brother Watch)", or just the organisation when it speaks for itself. */
export function claimantLabel(claim: Claim): string {
  const { name, organisation } = claim.claimant;
  return name === organisation ? name : t('sidebarClaimantOf', [name, organisation]);
}

/** "Silkie Carlo (Big Brother Watch) · 24 January 2020". */
export function byline(claim: Claim): string {
  return t('sidebarByline', [claimantLabel(claim), formatFuzzyDate(claim.date.value)]);
}

/** When a fuzzy date starts (UTC ms), for ordering; +Infinity when unreadable, so it sorts last. */
export function startOf(value: string): number {
  return parseFuzzyDate(value)?.start ?? Number.POSITIVE_INFINITY;
}

/** The year a claim was made (the start of its date), or null when its date cannot be read. */
export function claimYear(claim: Claim): number | null {
  const start = parseFuzzyDate(claim.date.value)?.start;
  return start === undefined ? null : new Date(start).getUTCFullYear();
}
