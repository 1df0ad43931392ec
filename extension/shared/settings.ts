/**
 * User settings, versioned in extension storage. Reading never throws: a corrupt or foreign value
 * falls back to the default for that field only, the valid fields are kept, and the problems are
 * returned. The background repairs stored settings once (repairSettings): it keeps a copy of what it
 * could not read, so nothing is silently lost, and the options page shows a notice about it.
 */
import { SCORE } from '../../src/match/score';
import browser from './browser';

export const SETTINGS_KEY = 'settings';
/** Where the unreadable settings are kept, with when and why, for the options page's notice. */
export const BACKUP_KEY = 'settingsBackup';
export const SETTINGS_VERSION = 3;

export type Sensitivity = 'strict' | 'balanced' | 'broad';
export type HighlightStyle = 'amber' | 'blue' | 'underline';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** ClaimLens scans pages at all. */
  enabled: boolean;
  sensitivity: Sensitivity;
  highlightStyle: HighlightStyle;
  /** Sites (hostnames without "www.") where the user paused ClaimLens. */
  pausedSites: string[];
}

export interface SettingsBackup {
  savedAt: string;
  problems: string[];
  value: unknown;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  sensitivity: 'balanced',
  highlightStyle: 'amber',
  pausedSites: [],
};

/**
 * The score from which a match is highlighted, for each sensitivity. Balanced is the matcher's own
 * default (see src/match/score.ts), and weaker matches are listed as possibly related; strict highlights
 * only sentences that more likely than not state the claim; broad highlights the possibly related too.
 */
export const SENSITIVITY_FLOOR: Record<Sensitivity, number> = {
  strict: 0.5,
  balanced: SCORE.floor,
  broad: SCORE.relatedFloor,
};

export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'broad'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['amber', 'blue', 'underline'];
/** A hostname is at most 253 characters; a list of paused sites this long is not a person's. */
const MAX_HOSTNAME = 253;
const MAX_SITES = 10_000;

/**
 * Migrations from each earlier version to the next. Version 1 named the highlight styles after their
 * shape ("marker", "outline"); version 2 names them after their colour, as the options page offers them.
 * Version 2 called the paused sites `disabledSites`; version 3 calls them what every page calls them.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => {
    const styles: Record<string, HighlightStyle> = { marker: 'amber', outline: 'blue', underline: 'underline' };
    const style = typeof old.highlightStyle === 'string' ? styles[old.highlightStyle] : undefined;
    return { ...old, version: 2, ...(style ? { highlightStyle: style } : {}) };
  },
  2: ({ disabledSites, ...old }) => ({
    ...old,
    version: 3,
    ...(disabledSites === undefined ? {} : { pausedSites: disabledSites }),
  }),
};

/** Per-field checks (kept small: the content script reads settings on every page). */
const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: (v: unknown) => v is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  sensitivity: (v): v is Sensitivity => SENSITIVITIES.includes(v as Sensitivity),
  highlightStyle: (v): v is HighlightStyle => HIGHLIGHT_STYLES.includes(v as HighlightStyle),
  pausedSites: (v): v is string[] =>
    Array.isArray(v) && v.length <= MAX_SITES && v.every((s) => typeof s === 'string' && s.length <= MAX_HOSTNAME),
};

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and were replaced by their default. */
  problems: string[];
  /** The stored value was an older version and was migrated. */
  migrated: boolean;
}

/** Migrates and validates stored settings field by field, keeping every valid field. */
export function parseSettings(raw: unknown): ParsedSettings {
  const defaults = { settings: { ...DEFAULT_SETTINGS, pausedSites: [] }, problems: [], migrated: false };
  if (raw === undefined) return defaults;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ...defaults, problems: ['settings'] };
  let record = raw as Record<string, unknown>;
  const problems: string[] = [];
  // Settings written before versioning count as version 1.
  let version: number = typeof record.version === 'number' ? record.version : record.version === undefined ? 1 : NaN;
  let migrated = false;
  if (!Number.isInteger(version) || version < 1 || version > SETTINGS_VERSION) {
    problems.push('version');
    version = SETTINGS_VERSION; // unknown (future or foreign) version: read the fields as they are
  }
  for (let v = version; v < SETTINGS_VERSION; v++) {
    record = MIGRATIONS[v]?.(record) ?? record;
    migrated = true;
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: [] };
  for (const [key, valid] of Object.entries(FIELDS) as Array<[keyof typeof FIELDS, (v: unknown) => boolean]>) {
    if (!(key in record)) continue;
    if (valid(record[key])) (settings as unknown as Record<string, unknown>)[key] = record[key];
    else problems.push(key);
  }
  return { settings, problems, migrated };
}

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS, pausedSites: [] }, problems: ['storage'], migrated: false };
  }
}

/**
 * Rewrites stored settings that were migrated or partly unreadable, keeping a copy of the original
 * under BACKUP_KEY when anything was unreadable. Called by the background at start-up.
 */
export async function repairSettings(): Promise<ParsedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = parseSettings(stored[SETTINGS_KEY]);
  if (parsed.problems.length > 0) {
    const backup: SettingsBackup = {
      savedAt: new Date().toISOString(),
      problems: parsed.problems,
      value: stored[SETTINGS_KEY],
    };
    await browser.storage.local.set({ [BACKUP_KEY]: backup });
  }
  if (parsed.problems.length > 0 || parsed.migrated)
    await browser.storage.local.set({ [SETTINGS_KEY]: parsed.settings });
  return parsed;
}

export async function loadBackup(): Promise<SettingsBackup | null> {
  const stored = await browser.storage.local.get(BACKUP_KEY);
  const b = stored[BACKUP_KEY] as Partial<SettingsBackup> | undefined;
  return b && typeof b.savedAt === 'string' && Array.isArray(b.problems) ? (b as SettingsBackup) : null;
}

export async function dismissBackup(): Promise<void> {
  await browser.storage.local.remove(BACKUP_KEY);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next: Settings = { ...settings, ...patch, version: SETTINGS_VERSION };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The hostname ClaimLens uses for per-site pausing: lower case, without a leading "www.". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Why ClaimLens does not scan a page on this host: switched off everywhere, or paused on its site. */
export type PauseReason = 'off' | 'site';

/** The one place that decides whether ClaimLens is paused on a host, and why; null when it scans there. */
export function pauseReason(settings: Pick<Settings, 'enabled' | 'pausedSites'>, hostname: string): PauseReason | null {
  if (!settings.enabled) return 'off';
  return settings.pausedSites.includes(siteOf(hostname)) ? 'site' : null;
}

/** Whether ClaimLens should scan a page on this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return pauseReason(settings, hostname) === null;
}

/** Pauses or resumes ClaimLens on one site. */
export async function setSitePaused(hostname: string, paused: boolean): Promise<Settings> {
  const site = siteOf(hostname);
  const { settings } = await loadSettings();
  const others = settings.pausedSites.filter((s) => s !== site);
  return saveSettings({ pausedSites: paused ? [...others, site].sort() : others });
}
