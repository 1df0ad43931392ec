/**
 * The Paused sites section: the sites where ClaimLens does not run, each with a Remove button, and a
 * form to add one. What the user types is read by parseSite (a hostname or a whole web address) and
 * listed normalised, the way the content script compares it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SettingsPatch } from './connector';
import { parseSite } from './site';

export interface PausedSitesProps {
  sites: string[];
  /** Resolves to whether the change was saved. */
  onSave(patch: SettingsPatch): Promise<boolean>;
}

/** Typed text quoted back in an error message is cut to this length. */
const MAX_QUOTED = 80;

function quoted(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_QUOTED ? `${trimmed.slice(0, MAX_QUOTED)}…` : trimmed;
}

export function PausedSites({ sites, onSave }: PausedSitesProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** After a removal, where focus goes: the Remove button now at this position, or the input. */
  const focusAfterRemove = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? input.current)?.focus();
  }, [sites]);

  const add = (e: Event) => {
    e.preventDefault();
    const parsed = parseSite(text);
    const message = !parsed.ok
      ? parsed.reason === 'empty'
        ? t('optionsSiteEmpty')
        : t('optionsSiteInvalid', quoted(text))
      : sites.includes(parsed.site)
        ? t('optionsSiteDuplicate', parsed.site)
        : null;
    if (!parsed.ok || message !== null) {
      // Focus stays on (or returns to) the field the message describes.
      setError(message);
      input.current?.focus();
      return;
    }
    setError(null);
    const typed = text;
    setText('');
    void onSave({ pausedSites: [...sites.filter((s) => s !== parsed.site), parsed.site].sort() }).then((saved) => {
      // Not saved: give back what was typed, unless something else has been typed since.
      if (!saved) setText((now) => (now === '' ? typed : now));
    });
  };

  const remove = (site: string, index: number) => {
    focusAfterRemove.current = index;
    void onSave({ pausedSites: sites.filter((s) => s !== site) });
  };

  return (
    <section aria-labelledby="sites-heading" data-part="sites">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {sites.length === 0 ? (
        <p class="empty" data-part="sites-empty">
          {t('optionsSitesEmpty')}
        </p>
      ) : (
        <ul class="sites" ref={list} aria-labelledby="sites-heading" data-part="site-list">
          {sites.map((site, i) => (
            <li key={site} data-site={site}>
              <span class="site">{site}</span>
              <button type="button" aria-label={t('optionsSiteRemoveLabel', site)} onClick={() => remove(site, i)}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate data-part="add-site">
        <label for="site-input">{t('optionsSiteAddLabel')}</label>
        <p id="site-hint" class="hint">
          {t('optionsSiteAddHint')}
        </p>
        <div class="add-row">
          <input
            ref={input}
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error site-hint' : 'site-hint'}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" class="primary">
            {t('optionsSiteAddButton')}
          </button>
        </div>
        {/* Always in the page and polite, so a message is read out even when focus does not move. */}
        <p id="site-error" class="field-error" aria-live="polite" data-part="site-error">
          {error}
        </p>
      </form>
    </section>
  );
}
