// @vitest-environment happy-dom
/**
 * ClaimLens on one page (extension/content/session.ts), with its scanner, findings list and card
 * controller, run in happy-dom on a golden page: it finds what the scan CLI finds, publishes its page
 * state on every change, takes new settings in place, and opens, steps through and closes cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readClaimDatabase } from '../../../src/cli/seeds';
import { loadClaimIndex } from '../../../src/match/claim-index';
import { compileClaimIndex } from '../../../src/match/compile';
import type { PageState } from '../../../extension/shared/messages';
import { browserMock } from '../i18n-mock';

vi.mock('../../../extension/shared/browser', () => ({ default: browserMock }));
// The lazily loaded modules, imported straight from source rather than by their extension URL.
vi.mock('../../../extension/content/extension-module', () => ({
  articleReader: () => import('../../../extension/content/article-reader'),
  cardHost: () => import('../../../extension/content/card-host'),
}));
const sent = vi.hoisted((): unknown[] => []);
vi.mock('../../../extension/shared/send', () => ({
  send: (message: { type: string }) => {
    sent.push(message);
    return Promise.resolve(message.type === 'claims/details' ? [] : null);
  },
}));

const { PageSession } = await import('../../../extension/content/session');
const { DEFAULT_SETTINGS } = await import('../../../extension/shared/settings');
const { verdictKey } = await import('../../../extension/shared/verdicts');

const PAGE = 'met-lfr-news-article';
const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const expected = JSON.parse(readFileSync(join(FIXTURES, `${PAGE}.expected.json`), 'utf8')) as {
  pageDate: string | null;
  matches: Array<{ claimId: string; text: string }>;
  possible: Array<{ claimId: string; text: string; kind: string }>;
};
const db = readClaimDatabase();
const index = loadClaimIndex(compileClaimIndex(db.claims, { entities: db.entities }));

let published: PageState[] = [];

beforeEach(() => {
  published = [];
  sent.length = 0;
  const html = readFileSync(join(FIXTURES, `${PAGE}.html`), 'utf8');
  // happy-dom does not load stylesheets, and says so for each: the page's own links are left out.
  const page = html.replace(/<link\b[^>]*>/gi, '');
  document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
});

async function started() {
  const session = new PageSession(document, DEFAULT_SETTINGS, [index], (state) => published.push(state));
  await session.start();
  return session;
}

const last = () => published.at(-1)!;
const cardElement = () => document.querySelector('claimlens-card');

describe('PageSession', () => {
  it('finds what the scan CLI finds, in page order, and publishes it once the page is read', async () => {
    const session = await started();
    expect(published).toHaveLength(1);
    expect(last().pageDate).toBe(expected.pageDate);
    expect(last().paused).toBe(false);
    expect(last().findings.map((f) => f.claimId)).toEqual(expected.matches.map((m) => m.claimId));
    expect(last().related.map((f) => f.claimId)).toEqual(expected.possible.map((m) => m.claimId));
    expect(last().findings.map((f) => f.index)).toEqual(expected.matches.map((_, i) => i));
    session.stop();
  });

  it('a dismissed finding leaves the list, is counted, and stays out; the state is published', async () => {
    const session = await started();
    const before = last().findings;
    expect(session.dismiss(0)).toBe(true);
    expect(last().findings.map((f) => f.claimId)).toEqual(before.slice(1).map((f) => f.claimId));
    expect(last().dismissed).toBe(1);
    expect(session.dismiss(99)).toBe(false);
    session.stop();
  });

  it("the reader's verdicts on the site hide what they reject, at start and when they change; a rejected finding's open card closes", async () => {
    const first = expected.matches[0]!;
    const rejected = new Set([verdictKey(first.claimId, first.text)]);
    const session = new PageSession(document, DEFAULT_SETTINGS, [index], (state) => published.push(state));
    session.setVerdicts({ rejected, confirmed: new Set() });
    await session.start();
    expect(published).toHaveLength(1);
    expect(last().findings.map((f) => f.claimId)).toEqual(expected.matches.slice(1).map((m) => m.claimId));
    expect(last().rejected).toBe(1);
    // Cleared: the page shows everything when read again, but not before (nothing is read again now).
    session.setVerdicts({ rejected: new Set(), confirmed: new Set() });
    expect(last().rejected).toBe(0);
    session.stop();

    published = [];
    const again = await started();
    expect(await again.card.openFromList(0)).toBe(true);
    expect(cardElement()).not.toBeNull();
    again.setVerdicts({ rejected, confirmed: new Set() });
    expect(last().findings).toHaveLength(expected.matches.length - 1);
    expect(last().rejected).toBe(1);
    expect(cardElement()).toBeNull();
    again.stop();
  });

  it('a new highlight style is taken in place: nothing is read or published again', async () => {
    const session = await started();
    const count = published.length;
    expect(session.update({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' })).toBe(true);
    expect(published).toHaveLength(count);
    session.stop();
  });

  it('a stricter sensitivity sorts what was found into highlighted and listed, without reading again', async () => {
    const session = await started();
    const all = last().findings.length + last().related.length;
    const strict = { ...DEFAULT_SETTINGS, sensitivity: 'strict' as const };
    const count = published.length;
    expect(session.update(strict)).toBe(true);
    expect(published.length).toBeLessThanOrEqual(count + 1);
    expect(last().findings.length + last().related.length).toBe(all);
    expect(last().findings.length).toBeLessThanOrEqual(expected.matches.length);
    // Broad highlights the possibly related too (not the sentences that dispute a claim).
    expect(session.update({ ...DEFAULT_SETTINGS, sensitivity: 'broad' })).toBe(true);
    const weaker = expected.possible.filter((p) => p.kind !== 'disputes');
    expect(last().findings.length).toBe(expected.matches.length + weaker.length);
    expect(last().findings.length + last().related.length).toBe(all);
    session.stop();
  });

  it('opens a card from the list and by stepping, asks for the claim once, and closes it', async () => {
    const session = await started();
    expect(await session.card.openFromList(1)).toBe(true);
    expect(cardElement()).not.toBeNull();
    expect(session.card.isOpen).toBe(true);
    expect(sent).toEqual([{ type: 'claims/details', ids: [expected.matches[1]!.claimId] }]);
    expect(await session.card.step(1)).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'claims/details', ids: [expected.matches[2]!.claimId] });
    session.card.close();
    expect(cardElement()).toBeNull();
    expect(await session.card.openFromList(99)).toBe(false);
    expect(cardElement()).toBeNull();
    session.stop();
  });

  it('dismissing the finding whose card is open closes the card', async () => {
    const session = await started();
    await session.card.openFromList(0);
    expect(cardElement()).not.toBeNull();
    session.dismiss(0);
    expect(cardElement()).toBeNull();
    session.stop();
  });

  it('stopping undoes it all: the card closes and nothing more is published', async () => {
    const session = await started();
    await session.card.openFromList(0);
    session.stop();
    expect(cardElement()).toBeNull();
    const count = published.length;
    expect(session.dismiss(0)).toBe(false);
    expect(published).toHaveLength(count);
  });
});
