/** Waiting for ClaimLens's card on a page under test. */
import type { TestPage } from './browsers';
import { cardSnapshot, type CardSnapshot } from './page-scripts';
import { poll } from './util';

/** Waits until the page shows a card that `ready` accepts, and returns what it shows. */
export function openCard(page: TestPage, ready: (card: CardSnapshot) => boolean, what: string): Promise<CardSnapshot> {
  return poll(
    async () => {
      const card = await page.evaluate(cardSnapshot);
      return card && ready(card) ? card : null;
    },
    { what },
  );
}

/** A card that has loaded its claim. */
export const loaded = (card: CardSnapshot): boolean => !card.loading && card.claim !== null;
