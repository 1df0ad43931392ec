/**
 * Who made a claim and when, with its stance, as the sidebar's lists show it under a finding or a claim:
 * "Silkie Carlo (Big Brother Watch) · 24 January 2020 [Opposes LFR]". The caller gives the element that
 * holds it (its class and id).
 */
import type { Claim } from '../../../src/claims/types';
import { t } from '../i18n';
import { byline, STANCE_LABEL } from './format';

export function ClaimByline({ claim }: { claim: Claim }) {
  return (
    <>
      {byline(claim)} <span class={`chip stance-${claim.stance}`}>{t(STANCE_LABEL[claim.stance])}</span>
      {claim.pack ? (
        <>
          {' '}
          <span class="chip pack" data-part="pack">
            {t('fromPack', claim.pack)}
          </span>
        </>
      ) : null}
    </>
  );
}
