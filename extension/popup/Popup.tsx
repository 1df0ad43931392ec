/**
 * The toolbar popup: the on/off switch, what ClaimLens found on the active tab's page, and the ways to
 * pause it there, open the sidebar or the settings. Where the browser has no sidebar (Firefox for
 * Android), it lists the page's findings itself and opens the claim library in a tab. Everything it
 * knows comes through its PopupConnector (connector.ts), so it renders and tests without a browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '../shared/i18n';
import { siteOf } from '../shared/settings';
import { sitePaused, type FindingsList, type PopupConnector, type PopupData } from './connector';

type Status =
  | { kind: 'checking' }
  | { kind: 'failed' }
  | { kind: 'off' }
  | { kind: 'unavailable' }
  | { kind: 'paused'; site: string }
  | { kind: 'found'; count: number; dismissed: number };

/**
 * The page still says "paused" though the settings no longer do: its content script is starting again,
 * and will push what it finds.
 */
function catchingUp(data: PopupData): boolean {
  return data.enabled && data.page !== null && data.page.paused && !sitePaused(data);
}

function statusOf(data: PopupData | null, loadFailed: boolean): Status {
  if (data === null) return loadFailed ? { kind: 'failed' } : { kind: 'checking' };
  // The settings are the truth: the page may not have caught up with them yet.
  if (!data.enabled) return { kind: 'off' };
  if (data.pageLoading) return { kind: 'checking' };
  if (data.page === null) return { kind: 'unavailable' };
  if (sitePaused(data)) return { kind: 'paused', site: siteOf(data.page.host) };
  if (catchingUp(data)) return { kind: 'checking' };
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
  const [pushed, setPushed] = useState<PopupData | null>(null);
  /** A settings change the reader just made, shown until the stored settings say it or it fails. */
  const [pending, setPending] = useState<((d: PopupData) => PopupData) | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [actionFailed, setActionFailed] = useState(false);
  const busy = useRef(false);
  const mounted = useRef(true);
  /** Where there is no sidebar, the page's findings list (loaded once the popup is open). */
  const [List, setList] = useState<FindingsList | null>(null);

  useEffect(() => {
    mounted.current = true;
    const stop = connector.watch(
      (data) => {
        setPushed(data);
        setLoadFailed(false);
      },
      () => setLoadFailed(true),
    );
    return () => {
      mounted.current = false;
      stop();
    };
  }, [connector]);

  useEffect(() => {
    if (connector.hasSidebar) return;
    connector.loadFindingsList().then(
      (list) => mounted.current && setList(() => list),
      () => mounted.current && setActionFailed(true),
    );
  }, [connector]);

  const data = pushed && pending ? pending(pushed) : pushed;

  /**
   * Runs a settings change: shows it at once, and undoes it if it fails; the page's new state is pushed
   * when its content script has applied it. False when another change is still under way (nothing done).
   */
  const change = (apply: (d: PopupData) => PopupData, action: () => Promise<void>): boolean => {
    if (busy.current || data === null) return false;
    busy.current = true;
    setActionFailed(false);
    setPending(() => apply);
    action().then(
      () => {
        busy.current = false;
        if (mounted.current) setPending(null);
      },
      () => {
        busy.current = false;
        if (!mounted.current) return;
        setPending(null);
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
  const openLibrary = () => {
    setActionFailed(false);
    connector.openLibrary().catch(fail);
  };

  const status = statusOf(data, loadFailed);
  const host = data?.page?.host ?? '';
  const showSiteButton = data !== null && data.enabled && host !== '';
  const paused = data !== null && sitePaused(data);
  const listed =
    status.kind === 'found' && data?.page && (status.count > 0 || data.page.related.length > 0) ? data.tabId : null;

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

      {/* With the list shown, its own heading says the count: this stays for screen readers. */}
      <div
        class={listed !== null && List ? 'popup-status visually-hidden' : 'popup-status'}
        role="status"
        aria-live="polite"
        aria-busy={status.kind === 'checking'}
      >
        <StatusText status={status} />
      </div>
      {(loadFailed || actionFailed) && (
        <p class="popup-error" role="alert">
          {t('popupFailed')}
        </p>
      )}

      {List && listed !== null && (
        <section class="popup-findings" aria-label={t('popupFindingsLabel')}>
          <List tabId={listed} onShown={() => connector.close()} />
        </section>
      )}

      <div class="popup-actions">
        {showSiteButton && (
          <button type="button" class="popup-button" onClick={() => setPaused(host, !paused)}>
            {paused ? t('popupResumeSite') : t('popupPauseSite')}
          </button>
        )}
        {connector.hasSidebar ? (
          <button type="button" class="popup-button" onClick={openSidebar}>
            {t('popupOpenSidebar')}
          </button>
        ) : (
          <button type="button" class="popup-button" data-part="open-library" onClick={openLibrary}>
            {t('popupOpenLibrary')}
          </button>
        )}
        <button type="button" class="popup-button" onClick={openOptions}>
          {t('popupSettings')}
        </button>
      </div>
    </main>
  );
}
