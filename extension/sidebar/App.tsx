/**
 * The sidebar: one Preact app for Chrome's side panel and Firefox's sidebar. Three tabs: the findings
 * on the shown tab, the claim library, and the timeline. It follows the active tab of its window, or
 * keeps to the tab named by `?tabId=N`, and shows that tab's page as the background pushes it.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimDatabase, SeedDocument } from '../../src/claims/types';
import { claimLookup } from '../shared/claim-details';
import { t } from '../shared/i18n';
import { countLabel, totalFindings } from '../shared/panel/FindingsTab';
import { LibraryTab } from './LibraryTab';
import { TabList, TabPanel, type TabSpec } from './Tabs';
import { TimelineTab } from './TimelineTab';
import { PageFindings } from '../shared/panel/PageFindings';
import type { Connector, PageView } from '../shared/panel/types';

export type SidebarTab = 'page' | 'library' | 'timeline';

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
  const documents = useMemo(() => new Map(database.documents.map((d) => [d.id, d])), [database]);
  const loadDocument = useCallback(
    (id: string): Promise<SeedDocument | null> => Promise.resolve(documents.get(id) ?? null),
    [documents],
  );

  useEffect(
    () =>
      connector.watchTab((id) => {
        setTabId(id);
        setView({ status: 'loading' });
      }),
    [connector],
  );
  // The shown tab's page, as the background pushes it.
  useEffect(
    () => (tabId === null || tabId === undefined ? undefined : connector.watchPage(tabId, setView)),
    [connector, tabId],
  );

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
            <PageFindings connector={connector} database={database} tabId={tabId} view={view} />
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
