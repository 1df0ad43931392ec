/**
 * What the background does with stored settings when it starts (repairSettings): corrupt or foreign
 * values are replaced by defaults without losing the valid parts, the unreadable value is kept once as
 * a backup for the settings page, and an upgrade from the previous version keeps the user's choices.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browserMock } from '../i18n-mock';

/** extension storage.local, in memory. */
const store = new Map<string, unknown>();
const writes: Array<Record<string, unknown>> = [];
const storage = {
  local: {
    get: (key: string) => Promise.resolve(store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
    set: (items: Record<string, unknown>) => {
      writes.push(structuredClone(items));
      for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
      return Promise.resolve();
    },
    remove: (key: string) => {
      store.delete(key);
      return Promise.resolve();
    },
  },
};

vi.mock('../../../extension/shared/browser', () => ({ default: { ...browserMock, storage } }));
const { BACKUP_KEY, DEFAULT_SETTINGS, dismissBackup, loadBackup, repairSettings, SETTINGS_KEY } =
  await import('../../../extension/shared/settings');

beforeEach(() => {
  store.clear();
  writes.length = 0;
});

describe('repairSettings', () => {
  it('replaces only the corrupt fields, keeps a backup of what was stored, and does it once', async () => {
    const stored = {
      version: 3,
      enabled: false,
      sensitivity: 'paranoid',
      highlightStyle: 'blue',
      pausedSites: 'example.com',
    };
    store.set(SETTINGS_KEY, stored);
    const first = await repairSettings();
    expect([...first.problems].sort()).toEqual(['pausedSites', 'sensitivity']);
    // The valid choices are kept; the corrupt ones are the defaults.
    expect(store.get(SETTINGS_KEY)).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      highlightStyle: 'blue',
    });
    const backup = await loadBackup();
    expect(backup?.value).toEqual(stored);
    expect([...(backup?.problems ?? [])].sort()).toEqual(['pausedSites', 'sensitivity']);
    expect(Number.isNaN(Date.parse(backup?.savedAt ?? ''))).toBe(false);

    // The next start finds valid settings: nothing is written, the backup stays as it was.
    writes.length = 0;
    const second = await repairSettings();
    expect(second.problems).toEqual([]);
    expect(writes).toEqual([]);
    expect(await loadBackup()).toEqual(backup);

    // Dismissed on the settings page, it is gone.
    await dismissBackup();
    expect(await loadBackup()).toBeNull();
    expect(store.has(BACKUP_KEY)).toBe(false);
  });

  it('replaces a foreign value (not an object) by the defaults, keeping it in the backup', async () => {
    store.set(SETTINGS_KEY, 'enabled=yes');
    const parsed = await repairSettings();
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(store.get(SETTINGS_KEY)).toEqual(DEFAULT_SETTINGS);
    expect((await loadBackup())?.value).toBe('enabled=yes');
  });

  it("upgrades version 1 settings in storage, keeping the user's choices, with no backup", async () => {
    store.set(SETTINGS_KEY, {
      version: 1,
      enabled: false,
      sensitivity: 'strict',
      highlightStyle: 'outline',
      disabledSites: ['news.example'],
    });
    const parsed = await repairSettings();
    expect(parsed.migrated).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(store.get(SETTINGS_KEY)).toEqual({
      version: 3,
      enabled: false,
      sensitivity: 'strict',
      highlightStyle: 'blue',
      pausedSites: ['news.example'],
    });
    expect(store.has(BACKUP_KEY)).toBe(false);
  });

  it('writes nothing when nothing is stored', async () => {
    const parsed = await repairSettings();
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(writes).toEqual([]);
  });
});
