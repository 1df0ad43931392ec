/**
 * Both sides of a study that claims or notes rely on: who carried it out and who commissioned it, its known
 * limits, and who disputes the reading it is used for, each with its certainty and sources. Shown on the card
 * (for the studies a claim's notes cite) and in the sidebar's timeline. All text is rendered as text.
 */
import type { Study } from '../../../src/claims/types';
import { t } from '../i18n';
import { Certain, SourceList, SourcedList } from './Facts';

export function StudySides({ study }: { study: Study }) {
  return (
    <div class="study-sides">
      <p>{t('studyBy', study.by)}</p>
      <p data-part="commissioned">
        {t('studyCommissionedBy', study.commissionedBy.value)} <Certain certainty={study.commissionedBy.certainty} />
      </p>
      <SourceList sources={study.commissionedBy.sources} />
      {study.caveats.length > 0 ? (
        <>
          <h4>{t('studyCaveats')}</h4>
          <SourcedList notes={study.caveats} part="caveats" />
        </>
      ) : null}
      {study.disputes.length > 0 ? (
        <>
          <h4>{t('studyDisputes')}</h4>
          <SourcedList
            notes={study.disputes}
            part="disputes"
            lead={(n) => (
              <>
                <strong>{n.by}</strong>
                {': '}
              </>
            )}
          />
        </>
      ) : null}
    </div>
  );
}
