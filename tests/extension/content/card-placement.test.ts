/** Where the card goes beside its sentence (extension/content/card-host.ts placeCard): a pure function. */
import { describe, expect, it } from 'vitest';
import { placeCard, placeSheet } from '../../../extension/content/card-host';

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

describe('placeSheet (a bottom sheet on a narrow screen)', () => {
  const PHONE = { top: 0, height: 844 };
  const FAR = 10_000;

  it('sits at the bottom of the visible area and leaves the page alone when the sentence shows above it', () => {
    expect(placeSheet({ top: 100, bottom: 160 }, 500, PHONE, FAR)).toEqual({ top: 344, scrollBy: 0, height: 500 });
  });

  it('scrolls the page so a sentence that would be under the sheet shows just above it', () => {
    const at = placeSheet({ top: 600, bottom: 660 }, 500, PHONE, FAR);
    expect(at).toMatchObject({ top: 344, height: 500 });
    expect(660 - at.scrollBy).toBeLessThanOrEqual(at.top - 8);
    expect(600 - at.scrollBy).toBeGreaterThanOrEqual(8);
  });

  it('keeps the start of a sentence taller than the room left in view', () => {
    const at = placeSheet({ top: 300, bottom: 800 }, 590, PHONE, FAR);
    expect(300 - at.scrollBy).toBe(8);
  });

  it('at the end of a page that cannot scroll far enough, gets shorter so the sentence still shows', () => {
    const at = placeSheet({ top: 560, bottom: 680 }, 590, PHONE, 100);
    expect(at.scrollBy).toBe(100);
    expect(at.top).toBeGreaterThanOrEqual(680 - 100 + 8);
    expect(at.top + at.height).toBe(844);
    // Never shorter than a usable card: it may then cover the sentence's end.
    expect(placeSheet({ top: 700, bottom: 830 }, 590, PHONE, 0).height).toBe(120);
  });

  it('with the on-screen keyboard up, sits above it', () => {
    expect(placeSheet({ top: 50, bottom: 80 }, 200, { top: 0, height: 500 }, FAR).top).toBe(300);
  });
});
