/**
 * The card and its place in the page: a host element with an open shadow root, attached to the document
 * only while a card is shown and removed when it closes. Styles live in a <style> inside the shadow root
 * (Firefox content scripts cannot adopt stylesheets), and :host is reset, so page CSS cannot reach in.
 *
 * A module of its own, loaded the first time a card opens (extension-module.ts), so Preact and the
 * card's code cost nothing on pages where nobody opens one.
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
      this.doc.documentElement.append(host);
      this.host = host;
      this.container = container;
    }
    if (!this.container) return;
    render(<Card {...props} />, this.container);
    this.place(anchor);
  }

  /** Puts the card next to the sentence (placeCard), inside the viewport. */
  private place(anchor: DOMRect): void {
    const host = this.host;
    const card = this.container?.firstElementChild as HTMLElement | null | undefined;
    if (!host || !card) return;
    const view = this.doc.defaultView;
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
    if (this.container) render(null, this.container);
    this.host.remove();
    this.host = null;
    this.container = null;
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
