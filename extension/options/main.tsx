import { render } from 'preact';
import { t, uiLocale } from '../shared/i18n';
import database from 'virtual:claimlens/database';
import { connector, packsConnector, verdictsConnector } from './connector';
import { Options } from './Options';
// The design tokens first: this page's stylesheet uses only them.
import '../shared/ui/tokens.css';
import './options.css';

document.title = t('optionsTitle');
document.documentElement.lang = uiLocale();

const statements = new Map(database.claims.map((c) => [c.id, c.statement]));

render(
  <Options
    connector={connector}
    packs={packsConnector}
    bundledClaims={database.claims.length}
    verdicts={verdictsConnector}
    claim={(id) => statements.get(id) ?? null}
  />,
  document.getElementById('app')!,
);
