/** Where the card goes beside its sentence (extension/content/card-host.ts placeCard): a pure function. */
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../extension/content/card-host';

const VIEW = { width: 1280, height: 900 };
const CARD = { width: 440, height: 300 };

describe('placeCard', () => {
  it('goes below the sentence when it fits there, aligned with its left edge', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 200 }, CARD, VIEW)).toEqual({ top: 128, left: 200 });
  });

  it('goes above when there is no room below', () => {
    expect(placeCard({ top: 700, bottom: 720, left: 200 }, CARD, VIEW)).toEqual({ top: 392, left: 200 });
  });

  it('on a short viewport, takes the side with more room and caps its height to it, never over the sentence', () => {
    const at = placeCard(
      { top: 150, bottom: 170, left: 200 },
      { width: 440, height: 600 },
      { width: 1280, height: 400 },
    );
    expect(at).toEqual({ top: 178, left: 200, maxHeight: 214 });
    expect(at.top).toBeGreaterThan(170);
  });

  it('keeps a usable height even when neither side has room, and stays inside the viewport', () => {
    const at = placeCard({ top: 60, bottom: 340, left: 10 }, { width: 440, height: 600 }, { width: 1280, height: 400 });
    expect(at.maxHeight).toBe(160);
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.top + (at.maxHeight ?? 0)).toBeLessThanOrEqual(400 - 8);
  });

  it('moves left to stay inside a narrow viewport, and never past its left margin', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 1100 }, CARD, VIEW).left).toBe(1280 - 440 - 8);
    expect(placeCard({ top: 100, bottom: 120, left: 300 }, CARD, { width: 360, height: 900 }).left).toBe(8);
  });
});
