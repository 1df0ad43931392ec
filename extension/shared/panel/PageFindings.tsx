/**
 * The findings of one tab's page, wired to the extension through a Connector: the sidebar's "On this
 * page" tab and, where the browser has no sidebar (Firefox for Android), the toolbar popup's list.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimDatabase } from '../../../src/claims/types';
import { verdictKey } from '../verdicts';
import { annotationsFile } from './annotations';
import { FindingsTab } from './FindingsTab';
import type { Connector, PageView } from './types';

export interface PageFindingsProps {
  connector: Connector;
  database: ClaimDatabase;
  /** The tab whose page this is (undefined: not known yet). */
  tabId: number | undefined;
  view: PageView;
  /** A finding was shown on the page (the popup then closes, to show the page). */
  onShown?(): void;
}

export function PageFindings({ connector, database, tabId, view, onShown }: PageFindingsProps) {
  const claims = useMemo(() => new Map(database.claims.map((c) => [c.id, c])), [database]);
  // Keys of the findings the reader confirmed ("Right claim"), shown pressed in the list.
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  useEffect(
    () =>
      connector.watchVerdicts((verdicts) =>
        setConfirmed(
          new Set(verdicts.filter((v) => v.verdict === 'right-claim').map((v) => verdictKey(v.claimId, v.sentence))),
        ),
      ),
    [connector],
  );
  return (
    <FindingsTab
      view={view}
      claim={(id) => claims.get(id) ?? null}
      onOpen={async (frameId, index, related) => {
        if (tabId === undefined) return false;
        const shown = await connector.openFinding(tabId, frameId, index, related);
        if (shown) onShown?.();
        return shown;
      }}
      onDismiss={(frameId, index) => {
        if (tabId === undefined) return;
        void connector.dismissFinding(tabId, frameId, index);
      }}
      verdictOf={(f) => (confirmed.has(verdictKey(f.claimId, f.text)) ? 'right-claim' : null)}
      onVerdict={(f, verdict, host) => connector.giveVerdict({ sentence: f.text, claimId: f.claimId, verdict, host })}
      onPause={(host) => void connector.setSitePaused(host, true)}
      onResume={(host) => void connector.setSitePaused(host, false)}
      onSwitchOn={() => void connector.switchOn()}
      onExport={(frames) => connector.save(...annotationsFile(frames, database, connector.version()))}
    />
  );
}
