/**
 * The options page's one link to the extension: it reads and writes settings, the backup of
 * unreadable settings and the keyboard shortcuts, and reports changes made elsewhere (the popup,
 * another options tab). The components never see `browser`, so they render and test without one.
 */
import browser from '../shared/browser';
import { PACK_CHUNK_CHARS, PACKS_PORT, type PackImportRequest, type ToBackground } from '../shared/messages';
import { parse, toSettings } from '../shared/schemas';
import { loadPackList, PACKS_KEY } from '../shared/packs';
import { UnreadableFile, type PacksConnector } from './ClaimPacks';
import { textChunks } from './text-chunks';
import type { VerdictsConnector } from './Verdicts';
import { saveFile } from '../shared/download';
import { watchStoredVerdicts } from '../shared/verdicts-store';
import type { PackImportResult } from '../shared/messages';
import {
  BACKUP_KEY,
  dismissBackup,
  loadBackup,
  loadSettings,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  type Settings,
  type SettingsBackup,
} from '../shared/settings';

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export interface Shortcut {
  name: string;
  /** The browser's text for the command; empty for some built-in commands. */
  description: string;
  /** Empty when no shortcut is set. */
  shortcut: string;
}

export interface OptionsData {
  settings: Settings;
  backup: SettingsBackup | null;
  shortcuts: Shortcut[];
  version: string;
  browser: 'chrome' | 'firefox';
}

export interface OptionsListener {
  settings(settings: Settings): void;
  backup(backup: SettingsBackup | null): void;
}

export interface OptionsConnector {
  load(): Promise<OptionsData>;
  save(patch: SettingsPatch): Promise<Settings>;
  dismissBackup(): Promise<void>;
  /** Calls back when settings or the backup change in storage, from here or elsewhere; returns the unsubscribe. */
  subscribe(listener: OptionsListener): () => void;
}

async function shortcuts(): Promise<Shortcut[]> {
  try {
    const commands = await browser.commands.getAll();
    return commands.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
  } catch {
    // Some browsers (Firefox for Android) have no commands: the section says so.
    return [];
  }
}

export const connector: OptionsConnector = {
  async load() {
    const [{ settings }, backup, list] = await Promise.all([loadSettings(), loadBackup(), shortcuts()]);
    return {
      settings,
      backup,
      shortcuts: list,
      version: browser.runtime.getManifest().version,
      browser: __BROWSER__,
    };
  },

  save: (patch) => saveSettings(patch),

  dismissBackup: () => dismissBackup(),

  subscribe(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (SETTINGS_KEY in changes) listener.settings(parseSettings(changes[SETTINGS_KEY]?.newValue).settings);
      if (BACKUP_KEY in changes) void loadBackup().then(listener.backup, () => undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

async function toBackground(message: ToBackground): Promise<boolean> {
  const answer = (await browser.runtime.sendMessage(message).catch(() => undefined)) as { ok?: boolean } | undefined;
  return answer?.ok === true;
}

/** The reader's verdicts: read from storage, changed by the background (background/verdicts.ts). */
export const verdictsConnector: VerdictsConnector = {
  watch: watchStoredVerdicts,
  remove: (record) => toBackground({ type: 'verdict/remove', record }),
  clear: () => toBackground({ type: 'verdicts/clear' }),
  save: (fileName, text) => saveFile(fileName, text, 'application/json'),
  version: browser.runtime.getManifest().version,
  today: () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
};

/** The claim packs, managed by the background (background/packs.ts), which alone writes them. */
export const packsConnector: PacksConnector = {
  list: () => loadPackList(),

  watch(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PACKS_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },

  async importFile(file, validOnly, progress) {
    const port = browser.runtime.connect({ name: PACKS_PORT });
    let done = false;
    const result = new Promise<PackImportResult>((resolve, reject) => {
      port.onMessage.addListener((message: unknown) => {
        const m = parse(toSettings, message);
        if (m?.type === 'pack/progress') progress({ stage: m.stage });
        else if (m?.type === 'pack/result') {
          done = true;
          resolve(m.result as PackImportResult);
          port.disconnect();
        }
      });
      port.onDisconnect.addListener(() => {
        if (!done) reject(new Error('The import stopped before it finished.'));
      });
    });
    const post = (request: PackImportRequest) => port.postMessage(request);
    try {
      for await (const text of textChunks(file, PACK_CHUNK_CHARS)) {
        post({ type: 'pack/chunk', text: text.chunk });
        progress({ stage: 'reading', fraction: text.read / Math.max(file.size, 1) });
      }
    } catch (err) {
      port.disconnect();
      throw new UnreadableFile(file.name, { cause: err });
    }
    post({ type: 'pack/import', fileName: file.name, validOnly });
    return result;
  },

  setEnabled: (id, enabled) => toBackground({ type: 'pack/enable', id, enabled }),
  remove: (id) => toBackground({ type: 'pack/remove', id }),
};
