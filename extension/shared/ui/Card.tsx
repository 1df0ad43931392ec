/**
 * The hover card: how the sentence relates to the claim (quote, paraphrase or dispute, how closely, and
 * whom the sentence attributes it to), then the claim view, and at its foot the reader's verdict on the
 * finding (VerdictButtons). A non-modal dialog, focusable, labelled by the claim; Escape or the close
 * button closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SeedDocument } from '../../../src/claims/types';
import type { ClaimDetails, FindingSummary } from '../messages';
import type { Verdict, VerdictOutcome } from '../verdicts';
import { formatPercent, t } from '../i18n';
import { ClaimView } from './ClaimView';
import { KindBadge } from './KindBadge';
import { VerdictButtons } from './VerdictButtons';

export interface CardProps {
  finding: FindingSummary;
  /** null while loading; an Error when the details could not be loaded. */
  details: ClaimDetails | null | Error;
  pageDate: string | null;
  loadDocument(id: string): Promise<SeedDocument | null>;
  onClose(): void;
  /** Move focus into the card when it opens (keyboard navigation), not when it opens on hover. */
  focus: boolean;
  /** Position of finding among all findings on the page, 1-based, and their number. */
  position: { index: number; total: number };
  /** The reader's verdict on this finding, if they gave one. */
  verdict: Verdict | null;
  onVerdict(verdict: Verdict): Promise<VerdictOutcome>;
}

const HEADING_ID = 'claimlens-card-heading';

export function Card(props: CardProps) {
  const { finding, details, pageDate, loadDocument, onClose, focus, position, verdict, onVerdict } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) dialog.current?.focus();
  }, [focus, finding.index]);
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={HEADING_ID}
      aria-describedby="claimlens-card-match"
      tabIndex={-1}
      data-part="card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {/* A div, not <header>: a header outside sectioning content is a banner landmark, and the page has its own. */}
      <div class="card-header">
        <p id="claimlens-card-match" class="match" data-part="kind" data-kind={finding.kind}>
          <KindBadge kind={finding.kind} />
          <span class="score">{t('matchScore', formatPercent(finding.score))}</span>
          <span class="position">
            {t(finding.related ? 'findingPositionRelated' : 'findingPosition', [
              String(position.index),
              String(position.total),
            ])}
          </span>
          {finding.related ? (
            <span class="related-note" data-part="related-note">
              {t(finding.kind === 'disputes' ? 'cardRelatedDisputes' : 'cardRelatedWeak')}
            </span>
          ) : null}
          {finding.attributedTo ? (
            <span class="attributed" data-part="attributed">
              {t('cardAttributed', finding.attributedTo)}
            </span>
          ) : null}
        </p>
        <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {details === null ? (
        <p class="muted" role="status" data-part="loading">
          {t('loading')}
        </p>
      ) : details instanceof Error ? (
        <p class="muted" role="alert">
          {t('loadError')}
        </p>
      ) : (
        <ClaimView details={details} pageDate={pageDate} onPage loadDocument={loadDocument} headingId={HEADING_ID} />
      )}
      <div class="card-footer">
        {/* Keyed by the finding: a card that switches to another finding starts with that one's verdict. */}
        <VerdictButtons key={`${finding.claimId}:${finding.text}`} given={verdict} onVerdict={onVerdict} />
        <p class="brand">{t('extName')}</p>
      </div>
    </div>
  );
}
