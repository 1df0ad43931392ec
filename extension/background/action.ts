/**
 * The toolbar button's state per tab: a badge with the number of findings, and an icon and tooltip for
 * "claims found", "none found" and "paused".
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';

export type ActionState = 'findings' | 'none' | 'paused';

const ICONS: Record<ActionState, Record<string, string>> = {
  findings: { 16: 'icons/claimlens-16.png', 32: 'icons/claimlens-32.png' },
  none: { 16: 'icons/claimlens-none-16.png', 32: 'icons/claimlens-none-32.png' },
  paused: { 16: 'icons/claimlens-paused-16.png', 32: 'icons/claimlens-paused-32.png' },
};

/** Dark amber: white badge text on it meets contrast. */
const BADGE_COLOUR = '#8a4b00';

export async function showTabState(tabId: number, count: number, paused: boolean): Promise<void> {
  const state: ActionState = paused ? 'paused' : count > 0 ? 'findings' : 'none';
  const title =
    state === 'findings'
      ? t('actionTitleFindings', String(count))
      : state === 'none'
        ? t('actionTitleNone')
        : t('actionTitlePaused');
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: state === 'findings' ? String(count) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    browser.action.setIcon({ tabId, path: ICONS[state] }),
  ]);
  // The tooltip goes last: once it has changed, the badge and the icon show the same state.
  await browser.action.setTitle({ tabId, title });
}
