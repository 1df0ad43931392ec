import { render } from 'preact';
import { t, uiLocale } from '../shared/i18n';
import { createConnector } from './connector';
import { Popup } from './Popup';
// The design tokens first: this page's stylesheet uses only them.
import '../shared/ui/tokens.css';
import './popup.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Popup connector={createConnector()} />, document.getElementById('app')!);
