import { describe, expect, it, vi } from 'vitest';
import { browserMock } from './i18n-mock';

vi.mock('../../extension/shared/browser', () => ({ default: browserMock }));
const { DEFAULT_SETTINGS, isActiveOn, parseSettings } = await import('../../extension/shared/settings');

describe('parseSettings', () => {
  it('gives defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps every valid field and replaces only the corrupt ones, naming them', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      enabled: false,
      sensitivity: 'extreme',
      highlightStyle: 'underline',
      disabledSites: ['example.org', 42],
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, highlightStyle: 'underline' });
    expect(problems.sort()).toEqual(['disabledSites', 'sensitivity']);
  });

  it.each([null, 'on', 7, [], [true]])('falls back to defaults for a stored value that is not an object: %j', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('ignores unknown fields', () => {
    expect(parseSettings({ enabled: true, colour: 'red' })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('pauses on a disabled site and everywhere when switched off', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(isActiveOn(s, 'news.example')).toBe(false);
    expect(isActiveOn(s, 'other.example')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, 'other.example')).toBe(false);
  });
});
