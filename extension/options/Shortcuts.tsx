/**
 * The Keyboard shortcuts section: each ClaimLens command with its shortcut, and how to change them.
 * The browser's shortcut settings (chrome://extensions/shortcuts, about:addons) cannot be opened by a
 * link from a web-extension page, so the page gives the address to type.
 */
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';
import type { OptionsData, Shortcut } from './connector';

export interface ShortcutsProps {
  shortcuts: Shortcut[];
  browser: OptionsData['browser'];
}

/** Our own names for the commands, in the page's language; the browser's built-in ones have no description. */
const COMMAND_NAMES: Record<string, MessageKey> = {
  'next-finding': 'commandNext',
  'previous-finding': 'commandPrevious',
  'open-sidebar': 'commandSidebar',
  _execute_action: 'optionsCommandAction',
  _execute_browser_action: 'optionsCommandAction',
  _execute_sidebar_action: 'commandSidebar',
};

const SETTINGS_ADDRESS: Record<OptionsData['browser'], string> = {
  chrome: 'chrome://extensions/shortcuts',
  firefox: 'about:addons',
};

function commandName(command: Shortcut): string {
  const key = Object.hasOwn(COMMAND_NAMES, command.name) ? COMMAND_NAMES[command.name] : undefined;
  return key ? t(key) : command.description || command.name;
}

export function Shortcuts({ shortcuts, browser }: ShortcutsProps) {
  return (
    <section aria-labelledby="shortcuts-heading" data-part="shortcuts">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      {shortcuts.length === 0 ? (
        <p class="empty">{t('optionsShortcutsNone')}</p>
      ) : (
        <>
          <dl class="shortcuts" data-part="shortcut-list">
            {shortcuts.map((command) => (
              <div class="shortcut" key={command.name} data-command={command.name}>
                <dt>{commandName(command)}</dt>
                <dd>
                  {command.shortcut ? (
                    <kbd>{command.shortcut}</kbd>
                  ) : (
                    <span class="not-set">{t('optionsShortcutNotSet')}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p data-part="shortcuts-change">
            {t('optionsShortcutsChange')} <code class="address">{SETTINGS_ADDRESS[browser]}</code>
          </p>
          {browser === 'firefox' && <p>{t('optionsShortcutsFirefoxThen')}</p>}
        </>
      )}
    </section>
  );
}
