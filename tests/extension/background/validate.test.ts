import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../../extension/background/validate';
import { isPageRequest } from '../../../extension/shared/messages';

describe('background message validation', () => {
  it.each([
    { type: 'findings/report', count: 3, pageDate: '2022-09-14', paused: false },
    { type: 'findings/report', count: 0, pageDate: null, paused: true },
    { type: 'claims/details', ids: ['essex-review-81-percent-inaccurate'] },
    { type: 'document/get', id: 'the-voice-2020' },
  ])('accepts %j', (m) => expect(parseContentRequest(m)).toEqual(m));

  it.each([
    null,
    'findings/report',
    { type: 'findings/report', count: -1, pageDate: null, paused: false },
    { type: 'findings/report', count: 1.5, pageDate: null, paused: false },
    { type: 'findings/report', count: 1, pageDate: '<script>', paused: false },
    { type: 'claims/details', ids: ['../../../etc/passwd'] },
    { type: 'claims/details', ids: Array.from({ length: 21 }, () => 'a') },
    { type: 'document/get' },
    { type: 'tabs/execute', code: 'alert(1)' },
  ])('refuses %j', (m) => expect(parseContentRequest(m)).toBeNull());

  it('the content script accepts only well-formed steps', () => {
    expect(isPageRequest({ type: 'finding/step', direction: 1 })).toBe(true);
    expect(isPageRequest({ type: 'finding/step', direction: 2 })).toBe(false);
    expect(isPageRequest({ type: 'other' })).toBe(false);
    expect(isPageRequest(null)).toBe(false);
  });
});
