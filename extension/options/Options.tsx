/**
 * The options page. Every change applies at once (there is no Save button): the page shows it
 * straight away, saves it, and says "Saved" in a polite live region, or shows an alert if saving
 * failed and puts back what is stored. Saves run one after another, so two quick changes never
 * overwrite each other. Changes made elsewhere (the popup, another options tab) arrive through the
 * connector's subscription.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsBackup } from '../shared/settings';
import { t } from '../shared/i18n';
import { BackupNotice } from './BackupNotice';
import { ClaimPacks, type PacksConnector } from './ClaimPacks';
import type { OptionsConnector, OptionsData, SettingsPatch } from './connector';
import { HighlightSettings } from './HighlightSettings';
import { PausedSites } from './PausedSites';
import { Shortcuts } from './Shortcuts';
import { Verdicts, type VerdictsConnector } from './Verdicts';

export interface OptionsProps {
  connector: OptionsConnector;
  /** The claim packs section's link to the background; without it the section is not shown (tests). */
  packs?: PacksConnector;
  /** How many claims come bundled (listed first among the packs). */
  bundledClaims?: number;
  /** The reader's verdicts section's link to storage and the background; without it the section is not shown. */
  verdicts?: VerdictsConnector;
  /** A claim's statement by its id, for the verdicts list (null: not a claim ClaimLens has). */
  claim?(id: string): string | null;
}

type View = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: OptionsData };
type SaveStatus = 'idle' | 'saved' | 'failed';

/** How long "Saved" stays on screen; it is announced when it appears. */
const SAVED_VISIBLE_MS = 4000;

export function Options({ connector, packs, bundledClaims = 0, verdicts, claim = () => null }: OptionsProps) {
  const [view, setView] = useState<View>({ status: 'loading' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  /** Counts answered saves: each "Saved" is a new text node, so screen readers announce it every time. */
  const [saves, setSaves] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  /** What storage holds, as last known: from loading, a save, or a change made elsewhere. */
  const stored = useRef<Settings | null>(null);
  /** Saves not yet answered; while there are any, the page keeps showing what the user chose. */
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const showSettings = useCallback((settings: Settings) => {
    setView((v) => (v.status === 'ready' ? { ...v, data: { ...v.data, settings } } : v));
  }, []);
  const showBackup = useCallback((backup: SettingsBackup | null) => {
    setView((v) => (v.status === 'ready' ? { ...v, data: { ...v.data, backup } } : v));
  }, []);

  useEffect(() => {
    let live = true;
    const unsubscribe = connector.subscribe({
      settings(settings) {
        stored.current = settings;
        if (pending.current === 0) showSettings(settings);
      },
      backup: showBackup,
    });
    connector.load().then(
      (data) => {
        if (!live) return;
        // A change that arrived while loading is newer than what was loaded.
        const settings = stored.current ?? data.settings;
        stored.current = settings;
        setView({ status: 'ready', data: { ...data, settings } });
      },
      () => {
        if (live) setView({ status: 'failed' });
      },
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [connector, showSettings, showBackup]);

  useEffect(() => {
    if (saveStatus !== 'saved') return;
    const timer = setTimeout(() => setSaveStatus((s) => (s === 'saved' ? 'idle' : s)), SAVED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [saveStatus]);

  /** Applies a change on the page at once and saves it; resolves to whether it was saved. */
  const save = useCallback(
    (patch: SettingsPatch): Promise<boolean> => {
      setView((v) =>
        v.status === 'ready' ? { ...v, data: { ...v.data, settings: { ...v.data.settings, ...patch } } } : v,
      );
      // Emptied first, so that a second "Saved" is announced as well.
      setSaveStatus('idle');
      pending.current++;
      const run = queue.current.then(() => connector.save(patch));
      queue.current = run.catch(() => undefined);
      return run.then(
        (settings) => {
          stored.current = settings;
          if (--pending.current === 0) showSettings(settings);
          setSaveStatus((s) => (s === 'failed' ? s : 'saved'));
          setSaves((n) => n + 1);
          return true;
        },
        () => {
          if (--pending.current === 0 && stored.current) showSettings(stored.current);
          setSaveStatus('failed');
          return false;
        },
      );
    },
    [connector, showSettings],
  );

  const dismissBackup = useCallback(() => {
    setSaveStatus('idle');
    connector.dismissBackup().then(
      () => {
        showBackup(null);
        // The notice and its button are gone: keep the keyboard user's place at the top of the page.
        heading.current?.focus();
      },
      () => setSaveStatus('failed'),
    );
  }, [connector, showBackup]);

  return (
    <main class="options" aria-busy={view.status === 'loading' ? 'true' : undefined}>
      <h1 ref={heading} tabIndex={-1}>
        {t('optionsTitle')}
      </h1>
      {view.status === 'loading' && (
        <p role="status" data-part="loading">
          {t('loading')}
        </p>
      )}
      {view.status === 'failed' && (
        <p role="alert" class="error" data-part="load-failed">
          {t('optionsLoadFailed')}
        </p>
      )}
      {view.status === 'ready' && (
        <>
          {view.data.backup && <BackupNotice backup={view.data.backup} onDismiss={dismissBackup} />}
          <HighlightSettings settings={view.data.settings} onSave={save} />
          <PausedSites sites={view.data.settings.pausedSites} onSave={save} />
          {packs && <ClaimPacks connector={packs} bundledClaims={bundledClaims} />}
          {verdicts && <Verdicts connector={verdicts} claim={claim} />}
          <Shortcuts shortcuts={view.data.shortcuts} browser={view.data.browser} />
          <section aria-labelledby="privacy-heading" data-part="privacy">
            <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
            <p>{t('optionsPrivacyNetwork')}</p>
            <p>{t('optionsPrivacyStorage')}</p>
          </section>
          <footer class="version" data-part="version">
            <p>{t('optionsVersion', view.data.version)}</p>
          </footer>
        </>
      )}
      {/* Live regions stay in the page, so what appears in them is announced. */}
      <div class="toasts">
        <p role="status" class="toast" data-part="save-status">
          {saveStatus === 'saved' && <span key={saves}>{t('optionsSaved')}</span>}
        </p>
        <p role="alert" class="toast toast-error" data-part="save-error">
          {saveStatus === 'failed' && t('optionsSaveFailed')}
        </p>
      </div>
    </main>
  );
}
