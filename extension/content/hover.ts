/**
 * Hover tracking for highlighted sentences. Pointer moves are only recorded; the hit test runs at most
 * once per animation frame. A card opens after the pointer rests on a sentence for HOVER_DELAY_MS and
 * closes LEAVE_DELAY_MS after the pointer has left both the sentence and the card. Touch has no hover:
 * trackTaps opens a card on a tap instead.
 */
import { rangeAtPoint } from './hit-test';

const HOVER_DELAY_MS = 150;
/** Long enough to cross the gap between a sentence and its card. */
const LEAVE_DELAY_MS = 400;

/** The highlighted sentences' ranges, and whether an event happened inside the card. */
export interface FindingTargets {
  ranges(): ReadonlyArray<Range | null>;
  /** Whether an event's target is inside the card (the card keeps itself open while hovered). */
  isInCard(event: Event): boolean;
}

export interface HoverHandlers extends FindingTargets {
  enter(index: number, x: number, y: number): void;
  leave(): void;
}

/** Starts tracking; returns a reset that forgets the current sentence, so hovering it again reopens its card. */
export function trackHover(doc: Document, handlers: HoverHandlers, signal: AbortSignal): () => void {
  let frame = 0;
  let last: PointerEvent | null = null;
  let lastInCard = false;
  let current = -1;
  let enterTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(enterTimer);
    clearTimeout(leaveTimer);
    enterTimer = leaveTimer = undefined;
  };

  const check = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (lastInCard) {
      // Over the card: keep it, and forget a sentence crossed on the way (its card must not replace this one).
      cancel();
      return;
    }
    const index = rangeAtPoint(doc, handlers.ranges(), e.clientX, e.clientY);
    if (index >= 0) {
      clearTimeout(leaveTimer);
      leaveTimer = undefined;
      if (index !== current) {
        clearTimeout(enterTimer);
        const { clientX, clientY } = e;
        enterTimer = setTimeout(() => {
          current = index;
          handlers.enter(index, clientX, clientY);
        }, HOVER_DELAY_MS);
      }
    } else {
      clearTimeout(enterTimer);
      enterTimer = undefined;
      if (current >= 0 && leaveTimer === undefined) {
        leaveTimer = setTimeout(() => {
          current = -1;
          leaveTimer = undefined;
          handlers.leave();
        }, LEAVE_DELAY_MS);
      }
    }
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      last = e;
      // Decided now: composedPath() is empty once the event has been dispatched, so in check() it always was.
      lastInCard = handlers.isInCard(e);
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true, capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancel();
    cancelAnimationFrame(frame);
  });
  return () => {
    cancel();
    current = -1;
  };
}

/** What a tap on these elements does is the page's: a link inside a highlighted sentence is followed. */
const PAGE_CONTROLS =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [onclick]';

export interface TapHandlers extends FindingTargets {
  /** A tap on the index-th sentence (it may already have the card open: then it stays). */
  tap(index: number, x: number, y: number): void;
  /** A tap elsewhere on the page. */
  tapOutside(): void;
}

/**
 * Taps with a finger or a pen: on a highlighted sentence, its card opens (another sentence's card
 * switches to it); anywhere else on the page, an open card closes. Read from the click that ends a tap,
 * after the page's own handlers, so nothing is delayed or prevented: a tap the page handled, or one on
 * a link or a control, stays the page's. Mouse clicks are left alone (the mouse hovers).
 */
export function trackTaps(doc: Document, handlers: TapHandlers, signal: AbortSignal): void {
  let pointerType = '';
  doc.addEventListener('pointerdown', (e) => (pointerType = e.pointerType), { passive: true, capture: true, signal });
  doc.addEventListener(
    'click',
    (e) => {
      if (pointerType !== 'touch' && pointerType !== 'pen') return;
      if (e.defaultPrevented || handlers.isInCard(e)) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(PAGE_CONTROLS)) return;
      const index = rangeAtPoint(doc, handlers.ranges(), e.clientX, e.clientY);
      if (index >= 0) handlers.tap(index, e.clientX, e.clientY);
      else handlers.tapOutside();
    },
    { passive: true, signal },
  );
}
