/**
 * The card's rendering, loaded on first use (a separate chunk), so Preact and the card's code cost
 * nothing on pages where nobody opens a card.
 */
import { render } from 'preact';
import { Card, type CardProps } from '../shared/ui/Card';
import cardCss from '../shared/ui/card.css?inline';
import claimViewCss from '../shared/ui/claim-view.css?inline';

export const CARD_CSS = `${claimViewCss}\n${cardCss}`;

export function renderCard(container: Element, props: CardProps): void {
  render(<Card {...props} />, container);
}

export function unmountCard(container: Element): void {
  render(null, container);
}
