/**
 * The notice shown when stored settings could not be read and were reset: which settings, when, and
 * the value that could not be read (as plain text, shortened if long), kept until the user dismisses it.
 */
import type { MessageKey } from '../shared/i18n';
import { t, uiLocale } from '../shared/i18n';
import type { SettingsBackup } from '../shared/settings';

export interface BackupNoticeProps {
  backup: SettingsBackup;
  onDismiss(): void;
}

/** The unreadable value is shown up to this many characters. */
export const MAX_RAW_CHARS = 2000;

/** The problem names parseSettings and loadSettings report. */
const PROBLEMS: Record<string, MessageKey> = {
  settings: 'optionsProblemSettings',
  version: 'optionsProblemVersion',
  enabled: 'optionsProblemEnabled',
  sensitivity: 'optionsProblemSensitivity',
  highlightStyle: 'optionsProblemHighlightStyle',
  pausedSites: 'optionsProblemPausedSites',
  storage: 'optionsProblemStorage',
};

function problemText(problem: string): string {
  const key = Object.hasOwn(PROBLEMS, problem) ? PROBLEMS[problem] : undefined;
  return key ? t(key) : String(problem);
}

function formatSavedAt(savedAt: string, locale = uiLocale()): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return savedAt;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** The stored value as readable text: JSON when it can be, or null when there was no value. */
export function rawText(value: unknown): string | null {
  if (value === undefined) return null;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function shorten(text: string): string {
  let cut = text.slice(0, MAX_RAW_CHARS);
  // Never leave half of a surrogate pair at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function BackupNotice({ backup, onDismiss }: BackupNoticeProps) {
  const raw = rawText(backup.value);
  const truncated = raw !== null && raw.length > MAX_RAW_CHARS;
  return (
    <div class="notice" role="alert" data-part="backup">
      <h2>{t('optionsBackupHeading')}</h2>
      <p>{t('optionsBackupIntro', formatSavedAt(backup.savedAt))}</p>
      <ul class="problems" data-part="problems">
        {backup.problems.map((problem, i) => (
          <li key={i}>{problemText(problem)}</li>
        ))}
      </ul>
      <p>{t('optionsBackupRaw')}</p>
      {raw === null ? (
        <p class="muted" data-part="raw-none">
          {t('optionsBackupNothing')}
        </p>
      ) : (
        <>
          {/* Focusable, so a keyboard can scroll a long value. */}
          <pre class="raw" tabIndex={0} data-part="raw">
            {truncated ? shorten(raw) : raw}
          </pre>
          {truncated && (
            <p class="muted" data-part="raw-truncated">
              {t('optionsBackupTruncated', new Intl.NumberFormat(uiLocale()).format(raw.length))}
            </p>
          )}
        </>
      )}
      <button type="button" onClick={onDismiss}>
        {t('optionsBackupDismiss')}
      </button>
    </div>
  );
}
