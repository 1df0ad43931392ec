/** The message protocol's checks (extension/shared/schemas.ts, and the content script's isToPage). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isToPage, type PageState } from '../../../extension/shared/messages';
import { LIMITS, parse, toBackground, toPage, toUi, uiToBackground } from '../../../extension/shared/schemas';

const state = (patch: Partial<PageState> = {}): PageState => ({
  host: 'news.example',
  url: 'https://news.example/story',
  pageDate: '2022-09-14',
  paused: false,
  findings: [
    {
      index: 0,
      claimId: 'essex-review-81-percent-inaccurate',
      score: 0.93,
      kind: 'paraphrase',
      text: 'It was 81% inaccurate.',
      prefix: 'Campaigners said ',
      suffix: ' The Met disagreed.',
    },
  ],
  related: [],
  dismissed: 0,
  rejected: 0,
  ...patch,
});

describe('messages to the background', () => {
  it.each([
    { type: 'page/state', state: state() },
    { type: 'page/state', state: state({ paused: true, findings: [], pageDate: null }) },
    { type: 'claims/details', ids: ['essex-review-81-percent-inaccurate'] },
    { type: 'document/get', id: 'the-voice-2020' },
    {
      type: 'verdict/set',
      sentence: 'It was 81% inaccurate.',
      claimId: 'essex-review-81-percent-inaccurate',
      verdict: 'not-this-claim',
    },
    { type: 'verdict/set', sentence: 'S.', claimId: 'a-claim', verdict: 'right-claim', host: 'news.example' },
    {
      type: 'verdict/remove',
      record: { sentence: 'S.', claimId: 'a-claim', verdict: 'not-this-claim', site: 'news.example', version: '0.1.0' },
    },
    { type: 'verdicts/clear' },
  ])('accepts %j', (m) => expect(parse(toBackground, m)).toEqual(m));

  it.each([
    null,
    'page/state',
    { type: 'page/state' },
    { type: 'page/state', state: state({ pageDate: '<script>' }) },
    { type: 'page/state', state: state({ dismissed: -1 }) },
    { type: 'page/state', state: state({ dismissed: 1.5 }) },
    { type: 'page/state', state: { ...state(), findings: [{ ...state().findings[0], claimId: '../x' }] } },
    { type: 'page/state', state: { ...state(), findings: [{ ...state().findings[0], kind: 'opinion' }] } },
    { type: 'page/state', state: { ...state(), findings: [{ ...state().findings[0], score: 2 }] } },
    { type: 'page/state', state: state({ host: 'a'.repeat(LIMITS.host + 1) }) },
    {
      type: 'page/state',
      state: { ...state(), findings: Array.from({ length: LIMITS.findings + 1 }, () => state().findings[0]) },
    },
    { type: 'claims/details', ids: ['../../../etc/passwd'] },
    { type: 'claims/details', ids: Array.from({ length: 21 }, () => 'a') },
    { type: 'document/get' },
    { type: 'findings/report', count: 1, pageDate: null, paused: false },
    { type: 'tabs/execute', code: 'alert(1)' },
    { type: 'verdict/set', sentence: '', claimId: 'a-claim', verdict: 'right-claim' },
    { type: 'verdict/set', sentence: 'S.', claimId: 'a-claim', verdict: 'wrong' },
    { type: 'verdict/set', sentence: 'S.', claimId: '<b>', verdict: 'right-claim' },
    { type: 'verdict/set', sentence: 'x'.repeat(LIMITS.sentence + 1), claimId: 'a-claim', verdict: 'right-claim' },
    { type: 'verdict/remove', record: { sentence: 'S.', claimId: 'a-claim', verdict: 'right-claim' } },
  ])('refuses %j', (m) => expect(parse(toBackground, m)).toBeNull());
});

describe('messages between the background and the UIs', () => {
  it('a watch names one tab', () => {
    expect(parse(uiToBackground, { type: 'tab/watch', tabId: 4 })).toEqual({ type: 'tab/watch', tabId: 4 });
    expect(parse(uiToBackground, { type: 'tab/watch', tabId: -1 })).toBeNull();
    expect(parse(uiToBackground, { type: 'tab/watch' })).toBeNull();
  });

  it('a pushed page is loading, unavailable, or ready with well-formed frames', () => {
    for (const page of [
      { status: 'loading' },
      { status: 'unavailable' },
      { status: 'ready', frames: [{ frameId: 0, state: state() }] },
    ])
      expect(parse(toUi, { type: 'tab/page', tabId: 1, page })).not.toBeNull();
    for (const page of [
      { status: 'done' },
      { status: 'ready' },
      { status: 'ready', frames: [{ frameId: 0, state: { ...state(), paused: 'yes' } }] },
      { status: 'ready', frames: [{ frameId: 0.5, state: state() }] },
    ])
      expect(parse(toUi, { type: 'tab/page', tabId: 1, page }), JSON.stringify(page)).toBeNull();
  });
});

describe('messages to the page', () => {
  it('the content script accepts only well-formed requests', () => {
    expect(isToPage({ type: 'finding/step', direction: 1 })).toBe(true);
    expect(isToPage({ type: 'finding/step', direction: 2 })).toBe(false);
    expect(isToPage({ type: 'page/report' })).toBe(true);
    expect(isToPage({ type: 'finding/open', index: 3, related: true })).toBe(true);
    expect(isToPage({ type: 'finding/open', index: -3 })).toBe(false);
    expect(isToPage({ type: 'findings/list' })).toBe(false);
    expect(isToPage(null)).toBe(false);
  });

  it('its hand-written check agrees with the schema on any message', () => {
    const type = fc.constantFrom('finding/step', 'page/report', 'finding/open', 'finding/dismiss', 'other');
    const value = fc.oneof(
      fc.integer({ min: -3, max: 2_000_000 }),
      fc.double(),
      fc.boolean(),
      fc.constant(undefined),
      fc.constant(null),
      fc.string(),
      fc.constantFrom(1, -1, 0),
    );
    const message = fc.oneof(
      fc.record({ type, direction: value, index: value, related: value }, { requiredKeys: ['type'] }),
      fc.anything(),
    );
    fc.assert(
      fc.property(message, (m) => {
        expect(isToPage(m)).toBe(parse(toPage, m) !== null);
      }),
      { numRuns: 5000 },
    );
  });
});
