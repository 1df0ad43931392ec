/**
 * "On this page": the findings of the shown tab in page order, grouped by frame (top frame first), each
 * with the sentence, the claim it states, who made it and how closely the sentence matches. Activating a
 * finding shows it on the page; each can be dismissed for this page, or given the reader's verdict
 * ("Right claim", "Not this claim": the page then hides it on its site). Clear states for loading,
 * nothing found, paused, and pages ClaimLens cannot read.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../../src/claims/types';
import { formatFuzzyDate, formatPercent, t } from '../i18n';
import type { FindingSummary } from '../messages';
import { KindBadge } from '../ui/KindBadge';
import { VerdictButtons } from '../ui/VerdictButtons';
import type { Verdict, VerdictOutcome } from '../verdicts';
import { ClaimByline } from './ClaimByline';
import type { FramePage, PageView } from './types';

export interface FindingsTabProps {
  view: PageView;
  claim(id: string): Claim | null;
  /**
   * Shows the finding on the page (with `related`, a sentence only listed); resolves false when the page
   * no longer has it.
   */
  onOpen(frameId: number, index: number, related?: boolean): Promise<boolean>;
  onDismiss(frameId: number, index: number): void;
  /** The reader's verdict already given on a finding, if any. */
  verdictOf(finding: FindingSummary): Verdict | null;
  /** Stores the reader's verdict on a finding of the page on `host`. */
  onVerdict(finding: FindingSummary, verdict: Verdict, host: string): Promise<VerdictOutcome>;
  onPause(host: string): void;
  onResume(host: string): void;
  onSwitchOn(): void;
  /** Saves the page's findings as W3C Web Annotations (a file download); absent in tests that need none. */
  onExport?(frames: FramePage[]): void;
}

/** "3 claims on this page" (also what the live region announces). */
export function countLabel(count: number): string {
  if (count === 0) return t('sidebarCountNone');
  if (count === 1) return t('sidebarCountOne');
  return t('sidebarCountMany', String(count));
}

export function totalFindings(view: PageView): number | null {
  if (view.status !== 'ready' || view.paused) return null;
  return view.frames.reduce((n, f) => n + f.state.findings.length, 0);
}

const HEADING_ID = 'sidebar-findings-heading';

export function FindingsTab(props: FindingsTabProps) {
  const { view } = props;
  if (view.status === 'loading') {
    return (
      <p class="state" role="status">
        {t('loading')}
      </p>
    );
  }
  if (view.status === 'unavailable') {
    return (
      <div class="state" data-state="unavailable">
        <h2 class="state-title">{t('sidebarUnavailable')}</h2>
        <p class="muted">{t('sidebarUnavailableDetail')}</p>
      </div>
    );
  }
  const top = view.frames.find((f) => f.frameId === 0)?.state;
  const host = top?.host ?? '';
  if (view.paused) {
    return (
      <div class="state" data-state="paused">
        <h2 class="state-title">{t(view.paused === 'off' ? 'sidebarSwitchedOff' : 'sidebarPausedSite')}</h2>
        <p class="muted">{t(view.paused === 'off' ? 'sidebarSwitchedOffDetail' : 'sidebarPausedSiteDetail')}</p>
        {view.paused === 'off' ? (
          <button type="button" class="button primary" onClick={props.onSwitchOn}>
            {t('sidebarSwitchOn')}
          </button>
        ) : host ? (
          <button type="button" class="button primary" onClick={() => props.onResume(host)}>
            {t('sidebarResume', host)}
          </button>
        ) : null}
      </div>
    );
  }
  return <Findings {...props} frames={view.frames} host={host} pageDate={top?.pageDate ?? null} />;
}

interface FindingsProps extends FindingsTabProps {
  frames: FramePage[];
  host: string;
  pageDate: string | null;
}

function Findings(props: FindingsProps) {
  const { frames, host, pageDate, claim, onOpen, onDismiss, onPause, onExport, verdictOf, onVerdict } = props;
  const total = frames.reduce((n, f) => n + f.state.findings.length, 0);
  const dismissed = frames.reduce((n, f) => n + f.state.dismissed, 0);
  const rejected = frames.reduce((n, f) => n + f.state.rejected, 0);
  const grouped = frames.filter((f) => f.state.findings.length > 0).length > 1 || frames.some((f) => f.frameId !== 0);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /**
   * After a dismissal, where focus should land once the list has been refreshed: the finding that took
   * the dismissed one's place. `count` is how many the frame listed before; the page renumbers its
   * findings after a dismissal, so only a shorter list shows that the refresh has arrived.
   */
  const refocus = useRef<{ frameId: number; position: number; count: number } | null>(null);
  /** A finding is about to leave the list (dismissed, or not the claim): focus will go to the next one. */
  const leaving = (frame: FramePage, f: FindingSummary) => {
    refocus.current = {
      frameId: frame.frameId,
      position: frame.state.findings.indexOf(f),
      count: frame.state.findings.length,
    };
    setFailed(false);
  };

  useEffect(() => {
    const want = refocus.current;
    if (!want || !root.current) return;
    const group = root.current.querySelector(`[data-frame="${want.frameId}"]`);
    const buttons = group ? [...group.querySelectorAll<HTMLElement>('.finding-open')] : [];
    if (buttons.length >= want.count) return;
    refocus.current = null;
    const next = buttons[Math.min(want.position, buttons.length - 1)];
    (next ?? root.current.querySelector<HTMLElement>(`#${HEADING_ID}`))?.focus();
  });

  const meta = [
    pageDate ? t('sidebarPageDate', formatFuzzyDate(pageDate)) : null,
    dismissed > 0 ? t('sidebarDismissedCount', String(dismissed)) : null,
    rejected > 0 ? t('sidebarRejectedCount', String(rejected)) : null,
  ].filter((s): s is string => s !== null);

  return (
    <div ref={root} class="findings">
      <div class="summary">
        <h2 id={HEADING_ID} class="summary-count" tabIndex={-1}>
          {total === 0 ? t('sidebarNone') : countLabel(total)}
        </h2>
        {meta.length > 0 ? <p class="summary-meta muted">{meta.join(' · ')}</p> : null}
        {total === 0 ? <p class="muted">{t('sidebarNoneDetail')}</p> : null}
      </div>
      {failed ? (
        <p class="notice" role="alert">
          {t('sidebarOpenFailed')}
        </p>
      ) : null}
      {frames.map((frame, i) =>
        frame.state.findings.length === 0 ? null : (
          <section
            key={frame.frameId}
            class="frame"
            data-frame={frame.frameId}
            aria-labelledby={grouped ? `sidebar-frame-${frame.frameId}` : HEADING_ID}
          >
            {grouped ? (
              <h3 class="frame-title" id={`sidebar-frame-${frame.frameId}`}>
                {frame.frameId === 0
                  ? t('sidebarFrameTop')
                  : frame.state.host
                    ? t('sidebarFrameEmbedded', [String(i), frame.state.host])
                    : t('sidebarFrameEmbeddedNoHost', String(i))}
              </h3>
            ) : null}
            <ol class="finding-list">
              {frame.state.findings.map((f) => (
                <FindingItem
                  key={`${f.index}:${f.claimId}`}
                  frameId={frame.frameId}
                  finding={f}
                  claim={claim(f.claimId)}
                  onOpen={async () => setFailed(!(await onOpen(frame.frameId, f.index)))}
                  onDismiss={() => {
                    leaving(frame, f);
                    onDismiss(frame.frameId, f.index);
                  }}
                  verdict={verdictOf(f)}
                  onVerdict={async (verdict) => {
                    const outcome = await onVerdict(f, verdict, frame.state.host);
                    if (outcome === 'saved' && verdict === 'not-this-claim') leaving(frame, f);
                    return outcome;
                  }}
                />
              ))}
            </ol>
          </section>
        ),
      )}
      <RelatedList {...props} onFailed={setFailed} />
      {host ? (
        <div class="page-actions">
          <button type="button" class="button" onClick={() => onPause(host)}>
            {t('sidebarPause', host)}
          </button>
          {onExport && total > 0 ? (
            <button type="button" class="button" data-part="export" onClick={() => onExport(frames)}>
              {t('sidebarExportAnnotations')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * "Possibly related": sentences ClaimLens does not highlight, listed under the findings, page order,
 * every frame together: weaker matches (the Broad sensitivity highlights them) and sentences that
 * dispute a claim. Activating one shows it on the page with its card.
 */
function RelatedList({
  frames,
  claim,
  onOpen,
  onFailed,
  verdictOf,
  onVerdict,
}: Pick<FindingsProps, 'frames' | 'claim' | 'onOpen' | 'verdictOf' | 'onVerdict'> & {
  onFailed(failed: boolean): void;
}) {
  const items = frames.flatMap((frame) =>
    frame.state.related.map((f) => ({ frameId: frame.frameId, host: frame.state.host, f })),
  );
  if (items.length === 0) return null;
  return (
    <section class="related" aria-labelledby="sidebar-related-heading" data-part="related">
      <h2 id="sidebar-related-heading" class="related-title">
        {t('sidebarRelated', String(items.length))}
      </h2>
      <p class="muted related-hint">{t('sidebarRelatedHint')}</p>
      <ol class="finding-list">
        {items.map(({ frameId, host, f }) => (
          <FindingItem
            key={`related:${frameId}:${f.index}:${f.claimId}`}
            frameId={frameId}
            finding={f}
            claim={claim(f.claimId)}
            onOpen={async () => onFailed(!(await onOpen(frameId, f.index, true)))}
            verdict={verdictOf(f)}
            onVerdict={(verdict) => onVerdict(f, verdict, host)}
          />
        ))}
      </ol>
    </section>
  );
}

interface FindingItemProps {
  frameId: number;
  finding: FindingSummary;
  claim: Claim | null;
  onOpen(): void;
  /** Highlighted findings can be dismissed; listed ones have nothing to hide. */
  onDismiss?(): void;
  verdict: Verdict | null;
  onVerdict(verdict: Verdict): Promise<VerdictOutcome>;
}

function FindingItem({ frameId, finding, claim, onOpen, onDismiss, verdict, onVerdict }: FindingItemProps) {
  const id = `sidebar-finding-${finding.related ? 'related-' : ''}${frameId}-${finding.index}`;
  // The button's name is the sentence; the rest describes it. The whole item is clickable (the
  // button's ::after covers it), while the Dismiss button stays a separate control above it.
  return (
    <li class="finding" data-index={finding.index} data-kind={finding.kind}>
      <p class="finding-meta" id={`${id}-meta`}>
        <KindBadge kind={finding.kind} short />
        <span class="score">{t('matchScore', formatPercent(finding.score))}</span>
        {finding.attributedTo ? <span class="attributed">{t('sidebarAttributed', finding.attributedTo)}</span> : null}
      </p>
      <button
        type="button"
        class="finding-open"
        aria-describedby={claim ? `${id}-claim ${id}-meta` : `${id}-meta`}
        onClick={onOpen}
      >
        <span class="finding-text" id={`${id}-text`}>
          {t('sidebarQuoted', finding.text)}
        </span>
      </button>
      {claim ? (
        <p class="finding-claim" id={`${id}-claim`}>
          <span class="label">
            {t(
              finding.kind === 'disputes'
                ? 'sidebarDisputesClaim'
                : finding.related
                  ? 'sidebarMayStateClaim'
                  : 'sidebarStatesClaim',
            )}
          </span>{' '}
          <span class="statement">{claim.statement}</span>
          <span class="byline">
            <ClaimByline claim={claim} />
          </span>
        </p>
      ) : null}
      <p class="finding-actions">
        <span class="finding-go" aria-hidden="true">
          {t('sidebarShowOnPage')} →
        </span>
        {onDismiss ? (
          <button type="button" class="dismiss link" aria-describedby={`${id}-text`} onClick={onDismiss}>
            {t('sidebarDismiss')}
          </button>
        ) : null}
      </p>
      <p class="finding-verdict">
        <VerdictButtons given={verdict} onVerdict={onVerdict} describedBy={`${id}-text`} />
      </p>
    </li>
  );
}
