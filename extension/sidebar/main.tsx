import { render } from 'preact';
import database from 'virtual:claimlens/database';
import { t, uiLocale } from '../shared/i18n';
// claim-view.css @imports the design tokens (shared/ui/tokens.css): it comes before sidebar.css, which uses
// them, and brings them once (the card gets them the same way).
import '../shared/ui/claim-view.css';
import { App, type SidebarTab } from './App';
import { createConnector } from './connector';
import './sidebar.css';

document.documentElement.lang = uiLocale();
document.title = t('sidebarTitle');
const tab = new URLSearchParams(location.search).get('tab');
const initialTab: SidebarTab = tab === 'library' || tab === 'timeline' ? tab : 'page';
render(
  <App connector={createConnector()} database={database} initialTab={initialTab} />,
  document.getElementById('app')!,
);
