/**
 * The reader's verdict on a finding, on the card and in the sidebar: "Right claim" or "Not this claim".
 * "Not this claim" hides the finding on this site (the page removes it as soon as the verdict is stored);
 * "Right claim" stays pressed. What happened is announced; a verdict that could not be stored says so.
 */
import { useState } from 'preact/hooks';
import { t, uiLocale } from '../i18n';
import { MAX_VERDICTS, type Verdict, type VerdictOutcome } from '../verdicts';

const formatCount = (n: number) => new Intl.NumberFormat(uiLocale()).format(n);

export interface VerdictButtonsProps {
  /** The verdict already given on this finding, if any. */
  given: Verdict | null;
  onVerdict(verdict: Verdict): Promise<VerdictOutcome>;
  /** The id of the element that names the finding (the sentence), for the buttons' descriptions. */
  describedBy?: string;
}

export function VerdictButtons({ given, onVerdict, describedBy }: VerdictButtonsProps) {
  const [shown, setShown] = useState<Verdict | null>(given);
  const [status, setStatus] = useState<VerdictOutcome | 'saving' | null>(null);
  const give = async (verdict: Verdict) => {
    setStatus('saving');
    const outcome = await onVerdict(verdict);
    setStatus(outcome);
    if (outcome === 'saved') setShown(verdict);
  };
  const current = shown ?? given;
  return (
    <span class="verdict" role="group" aria-label={t('verdictGroup')} data-part="verdict">
      <button
        type="button"
        class="verdict-button"
        aria-pressed={current === 'right-claim'}
        aria-describedby={describedBy}
        disabled={status === 'saving'}
        data-verdict="right-claim"
        onClick={() => void give('right-claim')}
      >
        {current === 'right-claim' ? '✓ ' : ''}
        {t('verdictRight')}
      </button>
      <button
        type="button"
        class="verdict-button"
        aria-describedby={describedBy}
        disabled={status === 'saving'}
        data-verdict="not-this-claim"
        onClick={() => void give('not-this-claim')}
      >
        {t('verdictNotThis')}
      </button>
      <span class="verdict-status" role="status">
        {status === 'full'
          ? t('verdictFull', formatCount(MAX_VERDICTS))
          : status === 'failed'
            ? t('verdictFailed')
            : status === 'saved' && current === 'right-claim'
              ? t('verdictSaved')
              : ''}
      </span>
    </span>
  );
}
