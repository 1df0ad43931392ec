/**
 * The toolbar popup: the on/off switch, what ClaimLens found on the active tab's page, and the ways to
 * pause it there, open the sidebar or the settings. Everything it knows comes through its
 * PopupConnector (connector.ts), so it renders and tests without a browser.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '../shared/i18n';
import { siteOf } from '../shared/settings';
import type { PopupConnector, PopupData } from './connector';

/** The content script reacts to a settings change within a moment; the popup asks again after this. */
export const REFRESH_DELAY_MS = 300;
/**
 * How often the popup asks again while the page has not yet caught up with the settings (it still
 * says "paused" just after ClaimLens was switched on or resumed), before it shows what the page says.
 */
const MAX_CATCH_UP = 10;

type Status =
  | { kind: 'checking' }
  | { kind: 'failed' }
  | { kind: 'off' }
  | { kind: 'unavailable' }
  | { kind: 'paused'; site: string }
  | { kind: 'found'; count: number; dismissed: number };

/** Whether the settings pause ClaimLens on the page's site. */
function sitePaused(data: PopupData): boolean {
  return data.page !== null && data.pausedSites.includes(siteOf(data.page.host));
}

/** The page still says "paused" though the settings no longer do: its content script is restarting. */
function catchingUp(data: PopupData): boolean {
  return data.enabled && data.page !== null && data.page.paused && !sitePaused(data);
}

function statusOf(data: PopupData | null, loadFailed: boolean, gaveUp: boolean): Status {
  if (data === null) return loadFailed ? { kind: 'failed' } : { kind: 'checking' };
  // The settings are the truth: the page may not have caught up with them yet.
  if (!data.enabled) return { kind: 'off' };
  if (data.page === null) return { kind: 'unavailable' };
  if (sitePaused(data)) return { kind: 'paused', site: siteOf(data.page.host) };
  if (catchingUp(data) && !gaveUp) return { kind: 'checking' };
  return { kind: 'found', count: data.page.findings.length, dismissed: data.page.dismissed };
}

function claimsText(count: number): string {
  const locale = uiLocale();
  const n = new Intl.NumberFormat(locale).format(count);
  return t(new Intl.PluralRules(locale).select(count) === 'one' ? 'popupClaimsOne' : 'popupClaimsOther', n);
}

function StatusText({ status }: { status: Status }) {
  switch (status.kind) {
    case 'checking':
      return <p class="popup-state">{t('popupChecking')}</p>;
    case 'failed':
      return null;
    case 'off':
      return <p class="popup-state">{t('popupOff')}</p>;
    case 'unavailable':
      return (
        <>
          <p class="popup-state">{t('popupCannotRun')}</p>
          <p class="popup-hint">{t('popupCannotRunHint')}</p>
        </>
      );
    case 'paused':
      return <p class="popup-state">{t('popupPaused', status.site)}</p>;
    case 'found':
      return (
        <>
          <p class="popup-state" data-count={status.count}>
            {status.count > 0 ? claimsText(status.count) : t('popupNoClaims')}
          </p>
          {status.dismissed > 0 && (
            <p class="popup-hint">{t('popupDismissed', new Intl.NumberFormat(uiLocale()).format(status.dismissed))}</p>
          )}
        </>
      );
  }
}

export function Popup({ connector }: { connector: PopupConnector }) {
  const [data, setData] = useState<PopupData | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [actionFailed, setActionFailed] = useState(false);
  const [catchUps, setCatchUps] = useState(0);
  /** Numbers each load: an answer older than the newest load or action is dropped. */
  const generation = useRef(0);
  const busy = useRef(false);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await connector.load();
      if (mine !== generation.current || !mounted.current) return;
      setData(next);
      setLoadFailed(false);
    } catch {
      if (mine === generation.current && mounted.current) setLoadFailed(true);
    }
  }, [connector]);

  const refreshLater = useCallback(() => {
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      void refresh();
    }, REFRESH_DELAY_MS);
    timers.current.add(timer);
  }, [refresh]);

  useEffect(() => {
    mounted.current = true;
    const pending = timers.current;
    void refresh();
    const stop = connector.watchReports(() => void refresh());
    return () => {
      mounted.current = false;
      stop();
      pending.forEach(clearTimeout);
      pending.clear();
    };
  }, [connector, refresh]);

  // Just after ClaimLens was switched on or resumed, the page may still say "paused": ask again.
  const waiting = data !== null && catchingUp(data);
  useEffect(() => {
    if (waiting && catchUps < MAX_CATCH_UP) {
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        setCatchUps((n) => n + 1);
        void refresh();
      }, REFRESH_DELAY_MS);
      timers.current.add(timer);
      return () => {
        clearTimeout(timer);
        timers.current.delete(timer);
      };
    }
    return undefined;
  }, [waiting, catchUps, data, refresh]);

  /**
   * Runs a settings change: shows it at once, undoes it if it fails, then asks the page again. False
   * when another change is still under way (nothing was done).
   */
  const change = (apply: (d: PopupData) => PopupData, action: () => Promise<void>): boolean => {
    if (busy.current || data === null) return false;
    busy.current = true;
    generation.current++; // a load already under way would show the old settings
    const before = data;
    setActionFailed(false);
    setData(apply(before));
    action().then(
      () => {
        busy.current = false;
        if (!mounted.current) return;
        setCatchUps(0);
        refreshLater();
      },
      () => {
        busy.current = false;
        if (!mounted.current) return;
        setData(before);
        setActionFailed(true);
      },
    );
    return true;
  };

  const setEnabled = (on: boolean) =>
    change(
      (d) => ({ ...d, enabled: on }),
      () => connector.setEnabled(on),
    );

  const setPaused = (host: string, paused: boolean) => {
    const site = siteOf(host);
    return change(
      (d) => {
        const others = d.pausedSites.filter((s) => s !== site);
        return { ...d, pausedSites: paused ? [...others, site] : others };
      },
      () => connector.setSitePaused(host, paused),
    );
  };

  const fail = () => mounted.current && setActionFailed(true);
  const openSidebar = () => {
    setActionFailed(false);
    // Synchronously in the click: opening a sidebar needs the user gesture.
    connector.openSidebar().catch(fail);
  };
  const openOptions = () => {
    setActionFailed(false);
    connector.openOptions().catch(fail);
  };

  const status = statusOf(data, loadFailed, catchUps >= MAX_CATCH_UP);
  const host = data?.page?.host ?? '';
  const showSiteButton = data !== null && data.enabled && host !== '';
  const paused = data !== null && sitePaused(data);

  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-header">
        <h1 id="popup-title" class="popup-title">
          {t('extName')}
        </h1>
        <div class="popup-switch">
          <label for="popup-enabled">{t('popupSwitchLabel')}</label>
          <input
            id="popup-enabled"
            type="checkbox"
            role="switch"
            checked={data?.enabled ?? false}
            disabled={data === null}
            onChange={(e) => {
              const input = e.currentTarget;
              // The box ticks itself; when the change is refused, untick it (the state did not change).
              if (!setEnabled(input.checked)) input.checked = !input.checked;
            }}
          />
        </div>
      </header>

      <div class="popup-status" role="status" aria-live="polite" aria-busy={status.kind === 'checking'}>
        <StatusText status={status} />
      </div>
      {(loadFailed || actionFailed) && (
        <p class="popup-error" role="alert">
          {t('popupFailed')}
        </p>
      )}

      <div class="popup-actions">
        {showSiteButton && (
          <button type="button" class="popup-button" onClick={() => setPaused(host, !paused)}>
            {paused ? t('popupResumeSite') : t('popupPauseSite')}
          </button>
        )}
        <button type="button" class="popup-button" onClick={openSidebar}>
          {t('popupOpenSidebar')}
        </button>
        <button type="button" class="popup-button" onClick={openOptions}>
          {t('popupSettings')}
        </button>
      </div>
    </main>
  );
}
