/**
 * The sidebar: one Preact app for Chrome's side panel and Firefox's sidebar. Three tabs: the findings
 * on the shown tab, the claim library, and the timeline. It follows the active tab of its window, or
 * keeps to the tab named by `?tabId=N`, and refreshes when that tab's content script reports changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimDatabase, SeedDocument } from '../../src/claims/types';
import { claimLookup } from '../shared/claim-details';
import { t } from '../shared/i18n';
import { countLabel, FindingsTab, totalFindings } from './FindingsTab';
import { LibraryTab } from './LibraryTab';
import { TabList, TabPanel, type TabSpec } from './Tabs';
import { TimelineTab } from './TimelineTab';
import type { Connector, PageView } from './types';

export type SidebarTab = 'page' | 'library' | 'timeline';

/**
 * Reports come in bursts while a page loads or changes (one per rescanned batch); one refresh per burst
 * is enough, and 150 ms is below what a reader notices.
 */
const REFRESH_DEBOUNCE_MS = 150;
/** After pausing or resuming, the page's content script applies the new settings; ask again after this. */
const SETTLE_MS = 300;

export interface AppProps {
  connector: Connector;
  database: ClaimDatabase;
  initialTab?: SidebarTab;
}

export function App({ connector, database, initialTab = 'page' }: AppProps) {
  const [selected, setSelected] = useState<SidebarTab>(initialTab);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [view, setView] = useState<PageView>({ status: 'loading' });
  const lookup = useMemo(() => claimLookup(database), [database]);
  const claims = useMemo(() => new Map(database.claims.map((c) => [c.id, c])), [database]);
  const documents = useMemo(() => new Map(database.documents.map((d) => [d.id, d])), [database]);
  const loadDocument = useCallback(
    (id: string): Promise<SeedDocument | null> => Promise.resolve(documents.get(id) ?? null),
    [documents],
  );

  /** Answers to an earlier request for another tab (or an older state) are dropped. */
  const request = useRef(0);
  const current = useRef<number | null | undefined>(undefined);
  const refresh = useCallback(
    async (id: number | null | undefined) => {
      const n = ++request.current;
      if (id === null || id === undefined) return;
      const next = await connector.loadPage(id);
      if (n === request.current && current.current === id) setView(next);
    },
    [connector],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(current.current), ms);
    };
    const stopTab = connector.watchTab((event) => {
      if (event.type === 'tab') {
        current.current = event.tabId;
        setTabId(event.tabId);
        setView({ status: 'loading' });
        void refresh(event.tabId);
      } else if (event.type === 'loading') {
        request.current++;
        setView({ status: 'loading' });
      } else {
        later(REFRESH_DEBOUNCE_MS);
      }
    });
    const stopReports = connector.watchReports((id) => {
      if (id === current.current) later(REFRESH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      stopTab();
      stopReports();
    };
  }, [connector, refresh]);

  const settle = () => setTimeout(() => void refresh(current.current), SETTLE_MS);
  const total = totalFindings(view);
  const tabs: Array<TabSpec<SidebarTab>> = [
    {
      id: 'page',
      label: (
        <>
          {t('sidebarTabPage')}
          {total !== null && total > 0 ? (
            <span class="tab-count" aria-hidden="true">
              {String(total)}
            </span>
          ) : null}
        </>
      ),
    },
    { id: 'library', label: t('sidebarTabLibrary') },
    { id: 'timeline', label: t('sidebarTabTimeline') },
  ];

  return (
    <div class="app">
      <header class="header">
        <h1 class="title">{t('sidebarTitle')}</h1>
        <TabList<SidebarTab> tabs={tabs} selected={selected} onSelect={setSelected} label={t('sidebarTabsLabel')} />
      </header>
      {/* Announces the count when it changes, whichever tab is shown. */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {total === null ? '' : countLabel(total)}
      </p>
      <main>
        <TabPanel id="page" selected={selected === 'page'}>
          {tabId === null ? (
            <p class="state">{t('sidebarNoTab')}</p>
          ) : (
            <FindingsTab
              view={view}
              claim={(id) => claims.get(id) ?? null}
              onOpen={(frameId, index, related) =>
                tabId === undefined ? Promise.resolve(false) : connector.openFinding(tabId, frameId, index, related)
              }
              onDismiss={(frameId, index) => {
                if (tabId === undefined) return;
                void connector.dismissFinding(tabId, frameId, index).then(() => refresh(tabId));
              }}
              onPause={(host) => void connector.setSitePaused(host, true).then(settle)}
              onResume={(host) => void connector.setSitePaused(host, false).then(settle)}
              onSwitchOn={() => void connector.switchOn().then(settle)}
            />
          )}
        </TabPanel>
        <TabPanel id="library" selected={selected === 'library'}>
          <LibraryTab claims={database.claims} lookup={lookup} loadDocument={loadDocument} />
        </TabPanel>
        <TabPanel id="timeline" selected={selected === 'timeline'}>
          <TimelineTab
            events={database.timeline}
            claims={database.claims}
            lookup={lookup}
            loadDocument={loadDocument}
          />
        </TabPanel>
      </main>
    </div>
  );
}
