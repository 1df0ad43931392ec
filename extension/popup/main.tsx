import { render } from 'preact';
import { t, uiLocale } from '../shared/i18n';
import { createConnector } from './connector';
import { Popup } from './Popup';
// The design tokens first: this page's stylesheets use only them.
import '../shared/ui/tokens.css';
import '../shared/ui/page.css';
import './popup.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
const connector = createConnector();
// Without a sidebar (Firefox for Android) the popup is a page of its own: full width, larger targets.
document.documentElement.toggleAttribute('data-no-sidebar', !connector.hasSidebar);
render(<Popup connector={connector} />, document.getElementById('app')!);
