/**
 * The popup's list of the page's findings, where the browser has no sidebar (Firefox for Android): the
 * sidebar's "On this page" (PageFindings) with the bundled claims and the claim packs switched on. A
 * module of its own, loaded only there: it brings the claims and the sidebar's styles with it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import database from 'virtual:claimlens/database';
import '../shared/ui/claim-view.css';
import '../shared/panel/panel.css';
import { createConnector, watchClaimPacks } from '../shared/panel/connector';
import { PageFindings } from '../shared/panel/PageFindings';
import type { PageView } from '../shared/panel/types';

export function FindingsList({ tabId, onShown }: { tabId: number; onShown(): void }) {
  const connector = useMemo(() => createConnector(`?tabId=${tabId}`), [tabId]);
  const [claims, setClaims] = useState(database);
  useEffect(() => watchClaimPacks(database, setClaims), []);
  const [view, setView] = useState<PageView>({ status: 'loading' });
  useEffect(() => connector.watchPage(tabId, setView), [connector, tabId]);
  return <PageFindings connector={connector} database={claims} tabId={tabId} view={view} onShown={onShown} />;
}
