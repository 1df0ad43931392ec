import { describe, expect, it, vi } from 'vitest';
import { browserMock } from '../i18n-mock';

vi.mock('../../../extension/shared/browser', () => ({ default: browserMock }));
const { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteOf } = await import('../../../extension/shared/settings');

describe('parseSettings', () => {
  it('gives defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], migrated: false });
  });

  it('keeps every valid field and replaces only the corrupt ones, naming them', () => {
    const { settings, problems } = parseSettings({
      version: 3,
      enabled: false,
      sensitivity: 'extreme',
      highlightStyle: 'underline',
      pausedSites: ['example.org', 42],
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, highlightStyle: 'underline' });
    expect(problems.sort()).toEqual(['pausedSites', 'sensitivity']);
  });

  it.each([null, 'on', 7, [], [true]])('falls back to defaults for a stored value that is not an object: %j', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('ignores unknown fields', () => {
    expect(parseSettings({ version: 3, enabled: true, colour: 'red' })).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
      migrated: false,
    });
  });

  it("upgrades version 1 settings and keeps the user's choices", () => {
    const v1 = {
      version: 1,
      enabled: false,
      sensitivity: 'strict',
      highlightStyle: 'outline',
      disabledSites: ['a.example'],
    };
    expect(parseSettings(v1)).toEqual({
      settings: {
        version: 3,
        enabled: false,
        sensitivity: 'strict',
        highlightStyle: 'blue',
        pausedSites: ['a.example'],
      },
      problems: [],
      migrated: true,
    });
    // Settings from before versioning count as version 1.
    expect(parseSettings({ highlightStyle: 'marker' }).settings.highlightStyle).toBe('amber');
  });

  it("upgrades version 2 settings: the paused sites keep the user's list under their new name", () => {
    const v2 = {
      version: 2,
      enabled: true,
      sensitivity: 'broad',
      highlightStyle: 'amber',
      disabledSites: ['b.example'],
    };
    expect(parseSettings(v2)).toEqual({
      settings: { ...DEFAULT_SETTINGS, sensitivity: 'broad', pausedSites: ['b.example'] },
      problems: [],
      migrated: true,
    });
  });

  it('reports an unknown version but still reads the fields', () => {
    const { settings, problems } = parseSettings({ version: 99, enabled: false });
    expect(settings.enabled).toBe(false);
    expect(problems).toEqual(['version']);
  });

  it('pauses a site with or without www', () => {
    expect(siteOf('WWW.News.Example')).toBe('news.example');
  });

  it('pauses on a paused site and everywhere when switched off', () => {
    const s = { ...DEFAULT_SETTINGS, pausedSites: ['news.example'] };
    expect(isActiveOn(s, 'news.example')).toBe(false);
    expect(isActiveOn(s, 'other.example')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, 'other.example')).toBe(false);
  });
});
