/**
 * User settings, versioned in extension storage. Reading never throws: a corrupt or foreign value
 * falls back to the default for that field only, the valid fields are kept, and the problems are
 * returned so the caller can say so once.
 */
import browser from './browser';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export type Sensitivity = 'strict' | 'balanced' | 'broad';
export type HighlightStyle = 'marker' | 'underline' | 'outline';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** ClaimLens scans pages at all. */
  enabled: boolean;
  sensitivity: Sensitivity;
  highlightStyle: HighlightStyle;
  /** Hostnames where the user paused ClaimLens. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  sensitivity: 'balanced',
  highlightStyle: 'marker',
  disabledSites: [],
};

/**
 * The matcher's floor for each sensitivity. Balanced is the matcher's own default (see
 * src/match/score.ts); strict flags only sentences that more likely than not state the claim; broad
 * also flags loose restatements, with more false alarms.
 */
export const SENSITIVITY_FLOOR: Record<Sensitivity, number> = { strict: 0.5, balanced: 0.25, broad: 0.15 };

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'broad'];
const STYLES: readonly HighlightStyle[] = ['marker', 'underline', 'outline'];
/** A hostname is at most 253 characters; a list of paused sites this long is not a person's. */
const MAX_HOSTNAME = 253;
const MAX_SITES = 10_000;

/** Per-field checks (kept small: the content script reads settings on every page). */
const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: (v: unknown) => v is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  sensitivity: (v): v is Sensitivity => SENSITIVITIES.includes(v as Sensitivity),
  highlightStyle: (v): v is HighlightStyle => STYLES.includes(v as HighlightStyle),
  disabledSites: (v): v is string[] =>
    Array.isArray(v) && v.length <= MAX_SITES && v.every((s) => typeof s === 'string' && s.length <= MAX_HOSTNAME),
};

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and were replaced by their default. */
  problems: string[];
}

/** Validates stored settings field by field, keeping every valid field. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['settings (not an object)'] };
  }
  const record = raw as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  const problems: string[] = [];
  for (const [key, valid] of Object.entries(FIELDS) as Array<[keyof typeof FIELDS, (v: unknown) => boolean]>) {
    if (!(key in record)) continue;
    if (valid(record[key])) (settings as unknown as Record<string, unknown>)[key] = record[key];
    else problems.push(key);
  }
  return { settings, problems };
}

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['storage unavailable'] };
  }
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next: Settings = { ...settings, ...patch, version: SETTINGS_VERSION };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Whether ClaimLens should scan a page on this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
