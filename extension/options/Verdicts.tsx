/**
 * The "Your verdicts" section: what the reader said of findings ("Right claim", "Not this claim"), as
 * stored on this device. A count, the list (each verdict removable), an export as a labelled JSON file
 * (src/verdicts/file.ts: sentence, claim, verdict, version; no sites) and Clear, which asks first.
 * Stored items this version cannot read are counted and kept until cleared.
 */
import { useEffect, useState } from 'preact/hooks';
import { writeVerdictsFile } from '../../src/verdicts/file';
import { t, uiLocale } from '../shared/i18n';
import type { VerdictRecord } from '../shared/verdicts';
import type { StoredVerdicts } from '../shared/verdicts-store';

export interface VerdictsConnector {
  /** Calls back with the stored verdicts now and whenever they change; returns the unsubscribe. */
  watch(listener: (stored: StoredVerdicts) => void): () => void;
  remove(record: VerdictRecord): Promise<boolean>;
  clear(): Promise<boolean>;
  /** Offers a file as a download. */
  save(fileName: string, text: string): void;
  version: string;
  /** Today's date, YYYY-MM-DD, for the file's name. */
  today(): string;
}

const format = (n: number) => new Intl.NumberFormat(uiLocale()).format(n);

export function Verdicts({ connector, claim }: { connector: VerdictsConnector; claim(id: string): string | null }) {
  const [stored, setStored] = useState<StoredVerdicts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => connector.watch(setStored), [connector]);
  if (!stored) return null;
  const { verdicts, unreadable } = stored;
  const right = verdicts.filter((v) => v.verdict === 'right-claim').length;
  const act = (work: Promise<boolean>) =>
    work.then(
      (ok) => setFailed(!ok),
      () => setFailed(true),
    );
  return (
    <section aria-labelledby="verdicts-heading" data-part="verdicts">
      <h2 id="verdicts-heading">{t('optionsVerdictsHeading')}</h2>
      <p class="hint">{t('optionsVerdictsHint')}</p>
      <p data-part="verdicts-count">
        {verdicts.length === 0
          ? t('optionsVerdictsNone')
          : t('optionsVerdictsCount', [format(verdicts.length), format(right), format(verdicts.length - right)])}
      </p>
      {unreadable > 0 ? (
        <p class="notice" role="note" data-part="verdicts-unreadable">
          {t('optionsVerdictsUnreadable', format(unreadable))}
        </p>
      ) : null}
      {failed ? (
        <p class="error" role="alert">
          {t('optionsVerdictsFailed')}
        </p>
      ) : null}
      {verdicts.length + unreadable > 0 ? (
        <div class="verdict-actions">
          {verdicts.length > 0 ? (
            <button
              type="button"

              data-part="verdicts-export"
              onClick={() =>
                connector.save(
                  `claimlens-verdicts-${connector.today()}.json`,
                  writeVerdictsFile(verdicts, connector.version),
                )
              }
            >
              {t('optionsVerdictsExport')}
            </button>
          ) : null}
          {confirming ? (
            <span role="group" aria-label={t('optionsVerdictsClearConfirm')}>
              <span class="confirm-question">{t('optionsVerdictsClearConfirm')}</span>{' '}
              <button
                type="button"
                class="primary"
                data-part="verdicts-clear-yes"
                onClick={() => {
                  setConfirming(false);
                  act(connector.clear());
                }}
              >
                {t('optionsVerdictsClearYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('optionsVerdictsClearNo')}
              </button>
            </span>
          ) : (
            <button type="button" data-part="verdicts-clear" onClick={() => setConfirming(true)}>
              {t('optionsVerdictsClear')}
            </button>
          )}
        </div>
      ) : null}
      {verdicts.length > 0 ? (
        <details class="verdict-details">
          <summary>{t('optionsVerdictsShow')}</summary>
          <ol class="verdict-list" data-part="verdicts-list">
            {verdicts.map((v) => (
              <li
                key={`${v.verdict}\u0000${v.site ?? ''}\u0000${v.claimId}\u0000${v.sentence}`}
                data-verdict={v.verdict}
              >
                <p class="verdict-label">
                  <strong>{t(v.verdict === 'right-claim' ? 'verdictRight' : 'verdictNotThis')}</strong>
                  {v.site ? <span class="muted"> · {t('optionsVerdictsOnSite', v.site)}</span> : null}
                </p>
                <p class="verdict-sentence">{t('sidebarQuoted', v.sentence)}</p>
                <p class="verdict-claim muted">{claim(v.claimId) ?? v.claimId}</p>
                <button
                  type="button"
                  aria-label={t('optionsVerdictsRemoveLabel', v.sentence.slice(0, 80))}
                  onClick={() => act(connector.remove(v))}
                >
                  {t('optionsVerdictsRemove')}
                </button>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
