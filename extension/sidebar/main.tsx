import { render } from 'preact';
import database from 'virtual:claimlens/database';
import type { ClaimDatabase } from '../../src/claims/types';
import { t, uiLocale } from '../shared/i18n';
// claim-view.css @imports the design tokens (shared/ui/tokens.css): it comes before sidebar.css, which uses
// them, and brings them once (the card gets them the same way).
import '../shared/ui/claim-view.css';
import '../shared/ui/page.css';
import { App, type SidebarTab } from './App';
import { createConnector, watchClaimPacks } from '../shared/panel/connector';
import '../shared/panel/panel.css';

document.documentElement.lang = uiLocale();
document.title = t('sidebarTitle');
const tab = new URLSearchParams(location.search).get('tab');
const initialTab: SidebarTab = tab === 'library' || tab === 'timeline' ? tab : 'page';
const connector = createConnector();
const show = (db: ClaimDatabase) =>
  render(<App connector={connector} database={db} initialTab={initialTab} />, document.getElementById('app')!);

show(database);
// The claim packs switched on join the bundled claims in the library, marked with their pack.
watchClaimPacks(database, show);
