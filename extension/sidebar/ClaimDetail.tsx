/**
 * A claim opened from the library or the timeline: a back button, then the same claim view as the hover
 * card (without a page date: there is no page here). Focus moves to the claim when it opens and back to
 * the claim's entry in the list when it closes; Escape goes back too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SeedDocument } from '../../src/claims/types';
import type { ClaimDetails } from '../shared/messages';
import { ClaimView } from '../shared/ui/ClaimView';

export interface ClaimDetailProps {
  details: ClaimDetails;
  loadDocument(id: string): Promise<SeedDocument | null>;
  backLabel: string;
  onBack(): void;
  /** Unique per panel: the library and the timeline may each have a claim open. */
  headingId: string;
}

export function ClaimDetail({ details, loadDocument, backLabel, onBack, headingId }: ClaimDetailProps) {
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    region.current?.focus({ preventScroll: true });
  }, [details.claim.id]);
  return (
    <section
      ref={region}
      class="claim-detail"
      tabIndex={-1}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {backLabel}
      </button>
      <ClaimView details={details} pageDate={null} onPage={false} loadDocument={loadDocument} headingId={headingId} />
    </section>
  );
}

/** Attribute on a list's button for a claim, so focus can return to it. */
export const CLAIM_BUTTON_ATTR = 'data-claim-button';

/**
 * Which claim a list panel has open, with the list's scroll position and focus restored on the way back.
 * `list` goes on the element that holds the claim buttons.
 */
export function useOpenClaim() {
  const [open, setOpen] = useState<string | null>(null);
  const returnTo = useRef<{ id: string; scrollY: number } | null>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const back = returnTo.current;
    if (open !== null) {
      scrollTo(0, 0);
    } else if (back) {
      returnTo.current = null;
      scrollTo(0, back.scrollY);
      list.current?.querySelector<HTMLElement>(`[${CLAIM_BUTTON_ATTR}="${back.id}"]`)?.focus({ preventScroll: true });
    }
  }, [open]);
  return {
    open,
    list,
    openClaim(id: string) {
      returnTo.current = { id, scrollY: window.scrollY };
      setOpen(id);
    },
    back() {
      setOpen(null);
    },
  };
}

function scrollTo(x: number, y: number): void {
  try {
    window.scrollTo(x, y);
  } catch {
    // Test DOMs may not scroll; nothing to restore there.
  }
}
