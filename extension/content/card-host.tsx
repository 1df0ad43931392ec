/**
 * The card and its place in the page: a host element with an open shadow root, attached to the document
 * only while a card is shown and removed when it closes. Styles live in a <style> inside the shadow root
 * (Firefox content scripts cannot adopt stylesheets), and :host is reset, so page CSS cannot reach in.
 *
 * A module of its own, loaded the first time a card opens (extension-module.ts), so Preact and the
 * card's code cost nothing on pages where nobody opens one.
 *
 * On a narrow screen (a phone) the card is a bottom sheet: full width, at most SHEET_SHARE of the
 * visible height (less the on-screen keyboard), scrolling inside, with the page scrolled so that the
 * sentence stays visible above it. Focus goes back where it was when the card closes.
 */
import { render } from 'preact';
import { Card, type CardProps } from '../shared/ui/Card';
import cardCss from '../shared/ui/card.css?inline';
import claimViewCss from '../shared/ui/claim-view.css?inline';

const CARD_CSS = `${claimViewCss}\n${cardCss}`;

const HOST_TAG = 'claimlens-card';
/** Gap between the sentence and the card. */
const GAP_PX = 8;
/** Minimum margin to the viewport's edges. */
const MARGIN_PX = 8;
/** Below this the card is cramped; it may then overlap the sentence rather than shrink further. */
const MIN_HEIGHT_PX = 160;
/** Viewports narrower than this get the card as a bottom sheet. */
export const SHEET_BREAKPOINT_PX = 600;
/** The most of the visible height a bottom sheet takes. */
const SHEET_SHARE = 0.7;
/** A bottom sheet shorter than this (its header and two lines) covers the sentence's end instead. */
const MIN_SHEET_PX = 120;

/**
 * The host's box, set inline with !important: an inline important declaration beats any rule a page's
 * stylesheets can write (even `* { all: unset !important }`), and the shadow root's :host rule resets
 * whatever is not listed.
 */
const HOST_STYLE: Array<[string, string]> = [
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['top', '-10000px'],
  ['left', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['pointer-events', 'auto'],
  ['contain', 'layout style'],
];

export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  /** What had focus before the card opened: it gets it back when the card closes. */
  private returnFocus: Element | null = null;
  /** The sentence's box as the controller gave it, and where it is now (after the sheet scrolled the page). */
  private given: DOMRect | null = null;
  /** The sentence the card is for, to place it again when the visible area changes (on-screen keyboard). */
  private anchor: DOMRect | null = null;
  private readonly replace = () => this.anchor && this.place(this.anchor, false);

  constructor(private readonly doc: Document) {}

  get open(): boolean {
    return this.host !== null;
  }

  /** Whether a node is the card's own (its host or inside it): its changes are not the page's. */
  isOwn(node: Node): boolean {
    return (
      this.host !== null &&
      (node === this.host || this.host.contains(node) || node.getRootNode() === this.host.shadowRoot)
    );
  }

  /** Whether an event happened inside the card (pointer over it, focus in it). */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  show(props: CardProps, anchor: DOMRect): void {
    if (!this.host) {
      const host = this.doc.createElement(HOST_TAG);
      for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = CARD_CSS;
      const container = this.doc.createElement('div');
      root.append(style, container);
      this.returnFocus = this.doc.activeElement;
      this.doc.documentElement.append(host);
      this.host = host;
      this.container = container;
      this.doc.defaultView?.visualViewport?.addEventListener('resize', this.replace);
    }
    if (!this.container) return;
    render(<Card {...props} />, this.container);
    // The same card shown again (its details arrived): the page may have scrolled since it was measured.
    if (anchor !== this.given) this.anchor = this.given = anchor;
    this.place(this.anchor ?? anchor, true);
  }

  /**
   * Puts the card next to the sentence (placeCard), inside the viewport; on a narrow screen, as a bottom
   * sheet (placeSheet), scrolling the page when the sentence would be under it and `scroll` allows.
   */
  private place(anchor: DOMRect, scroll: boolean): void {
    const host = this.host;
    const card = this.container?.firstElementChild as HTMLElement | null | undefined;
    if (!host || !card) return;
    const view = this.doc.defaultView;
    if ((view?.innerWidth ?? 1024) < SHEET_BREAKPOINT_PX) {
      const visible = view?.visualViewport;
      const area = { top: visible?.offsetTop ?? 0, height: visible?.height ?? view?.innerHeight ?? 768 };
      card.setAttribute('data-sheet', '');
      // The layout viewport's width, without a scroll bar if there is one.
      card.style.setProperty('width', `${this.doc.documentElement.clientWidth}px`);
      card.style.setProperty('max-height', `${Math.round(area.height * SHEET_SHARE)}px`);
      const page = this.doc.scrollingElement ?? this.doc.documentElement;
      const scrollRoom = scroll ? page.scrollHeight - page.clientHeight - page.scrollTop : 0;
      const sheet = placeSheet(anchor, card.getBoundingClientRect().height, area, Math.max(0, scrollRoom));
      if (sheet.height < card.getBoundingClientRect().height) card.style.setProperty('max-height', `${sheet.height}px`);
      host.style.setProperty('left', '0', 'important');
      host.style.setProperty('top', `${sheet.top}px`, 'important');
      if (sheet.scrollBy !== 0) {
        view?.scrollBy({ top: sheet.scrollBy, behavior: 'instant' });
        this.anchor = new DOMRect(anchor.x, anchor.y - sheet.scrollBy, anchor.width, anchor.height);
      }
      return;
    }
    card.removeAttribute('data-sheet');
    card.style.removeProperty('width');
    card.style.removeProperty('max-height');
    const { width, height } = card.getBoundingClientRect();
    const at = placeCard(
      anchor,
      { width, height },
      { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 },
    );
    if (at.maxHeight !== undefined) card.style.setProperty('max-height', `${at.maxHeight}px`);
    host.style.setProperty('left', `${at.left}px`, 'important');
    host.style.setProperty('top', `${at.top}px`, 'important');
  }

  hide(): void {
    if (!this.host) return;
    const hadFocus = this.doc.activeElement === this.host;
    if (this.container) render(null, this.container);
    this.host.remove();
    this.doc.defaultView?.visualViewport?.removeEventListener('resize', this.replace);
    if (hadFocus && this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected)
      this.returnFocus.focus({ preventScroll: true });
    this.host = null;
    this.container = null;
    this.anchor = this.given = null;
    this.returnFocus = null;
  }
}

/** Where the card goes: its top-left corner in the viewport, and a height cap if it must be shorter. */
export interface CardPlacement {
  top: number;
  left: number;
  maxHeight?: number;
}

/**
 * Below the sentence if the card fits there, else above; if it fits on neither side, on the side with
 * more room, with its height capped to that room (never below MIN_HEIGHT_PX). Never over the sentence
 * when there is room for the card; always inside the viewport's margins; aligned with the sentence's
 * left edge where the width allows.
 */
export function placeCard(
  anchor: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const roomBelow = viewport.height - anchor.bottom - GAP_PX - MARGIN_PX;
  const roomAbove = anchor.top - GAP_PX - MARGIN_PX;
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const room = below ? roomBelow : roomAbove;
  const shown = Math.min(card.height, Math.max(room, MIN_HEIGHT_PX));
  // With too little room on either side, the card keeps MIN_HEIGHT_PX and overlaps the sentence rather
  // than leave the viewport.
  const top = Math.min(
    below ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - shown,
    viewport.height - MARGIN_PX - shown,
  );
  const left = Math.min(Math.max(MARGIN_PX, anchor.left), viewport.width - card.width - MARGIN_PX);
  const placement: CardPlacement = { top: Math.max(MARGIN_PX, top), left: Math.max(MARGIN_PX, left) };
  if (shown < card.height) placement.maxHeight = shown;
  return placement;
}

/**
 * A bottom sheet of `height` in the visible area (`area`: its top and height in the layout viewport),
 * for the sentence at `anchor`, on a page that can scroll down `scrollRoom` more pixels: how far to
 * scroll so that the sentence shows above the sheet (not under it, nor above the top of the screen),
 * and, where the page cannot scroll that far (its end), how much shorter the sheet gets, down to
 * MIN_SHEET_PX; then where its top goes.
 */
export function placeSheet(
  anchor: { top: number; bottom: number },
  height: number,
  area: { top: number; height: number },
  scrollRoom: number,
): { top: number; scrollBy: number; height: number } {
  const want = anchor.bottom - (area.top + area.height - height - GAP_PX);
  // A sentence taller than the room left keeps its start in view.
  let scrollBy = Math.min(Math.max(0, want), Math.max(0, anchor.top - area.top - MARGIN_PX), scrollRoom);
  scrollBy = Math.round(Math.max(0, scrollBy));
  const overlap = anchor.bottom - scrollBy - (area.top + area.height - height - GAP_PX);
  const shown = Math.round(overlap > 0 ? Math.max(Math.min(height, MIN_SHEET_PX), height - overlap) : height);
  return { top: area.top + area.height - shown, scrollBy, height: shown };
}
