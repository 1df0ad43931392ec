/**
 * The Claim packs section: the packs installed (the bundled claims first, always on; then the pack that
 * comes with ClaimLens, which can be switched off but not removed), each with a switch and a Remove
 * button, and a file picker that also takes a dropped file. An import is checked in the
 * background, its stages announced; a file with problems lists each one (the item, the field, the line)
 * and installs nothing, unless the reader chooses to import its valid claims. The file goes to the
 * background in chunks, with a progress bar, so a large pack never holds up the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPackProblem, PACK_LIMITS } from '../../src/packs/pack';
import { t, uiLocale } from '../shared/i18n';
import type { PackImportResult, PackStage } from '../shared/messages';
import type { PackEntry } from '../shared/packs';

export interface PacksConnector {
  /** The installed packs, and an error if the stored list cannot be read. */
  list(): Promise<{ packs: PackEntry[]; error?: string }>;
  /** Calls back whenever the installed packs change; returns the unsubscribe. */
  watch(listener: () => void): () => void;
  /**
   * Sends the file to the background and imports it, telling `progress` how much has been read, then each
   * stage. Rejects with UnreadableFile when the file cannot be read as UTF-8 text.
   */
  importFile(file: File, validOnly: boolean, progress: (p: ImportProgress) => void): Promise<PackImportResult>;
  setEnabled(id: string, enabled: boolean): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

/** How far an import is: reading the file (the share sent so far), then the background's stages. */
export type ImportProgress = { stage: 'reading'; fraction: number } | { stage: PackStage };

/** A pack file that could not be read as text. */
export class UnreadableFile extends Error {
  constructor(
    readonly fileName: string,
    options?: ErrorOptions,
  ) {
    super(`${fileName} could not be read as UTF-8 text`, options);
    this.name = 'UnreadableFile';
  }
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: ImportProgress; file: string }
  | { kind: 'imported'; entry: PackEntry; replaced: boolean }
  | { kind: 'refused'; file: File; result: Extract<PackImportResult, { ok: false }> }
  | { kind: 'failed'; message: string };

const STAGE_TEXT = {
  reading: 'optionsPacksReading',
  checking: 'optionsPacksChecking',
  saving: 'optionsPacksSaving',
  compiling: 'optionsPacksCompiling',
} as const;

function dateOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'long' }).format(d);
}

export function ClaimPacks({ connector, bundledClaims }: { connector: PacksConnector; bundledClaims: number }) {
  const [packs, setPacks] = useState<PackEntry[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void connector.list().then(
        (r) => {
          if (!live) return;
          setPacks(r.packs);
          setListError(r.error ?? null);
        },
        () => live && setListError(t('optionsPacksListFailed')),
      );
    refresh();
    const stop = connector.watch(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [connector]);

  const run = async (file: File, validOnly: boolean) => {
    setStatus({ kind: 'busy', progress: { stage: 'reading', fraction: 0 }, file: file.name });
    try {
      const result = await connector.importFile(file, validOnly, (progress) =>
        setStatus({ kind: 'busy', progress, file: file.name }),
      );
      setStatus(
        result.ok
          ? { kind: 'imported', entry: result.entry, replaced: result.replaced }
          : { kind: 'refused', file, result },
      );
    } catch (err) {
      setStatus({
        kind: 'failed',
        message: err instanceof UnreadableFile ? t('optionsPacksUnreadable', file.name) : String(err),
      });
    }
  };

  const take = async (file: File | undefined) => {
    if (!file || status.kind === 'busy') return;
    if (file.size > PACK_LIMITS.bytes) {
      setStatus({ kind: 'failed', message: t('optionsPacksTooLarge', [file.name, String(PACK_LIMITS.bytes / 1e6)]) });
      return;
    }
    await run(file, false);
  };

  const busy = status.kind === 'busy';
  return (
    <section aria-labelledby="packs-heading" data-part="packs">
      <h2 id="packs-heading">{t('optionsPacksHeading')}</h2>
      <p class="hint">{t('optionsPacksHint', String(PACK_LIMITS.bytes / 1e6))}</p>
      {listError && (
        <p class="error" role="alert" data-part="packs-list-error">
          {listError}
        </p>
      )}
      <ul class="packs" aria-labelledby="packs-heading" data-part="pack-list">
        <li class="pack" data-pack="bundled">
          <div class="pack-text">
            <span class="pack-name">{t('optionsPacksBundled')}</span>
            <span class="hint">{t('optionsPacksBundledDetail', String(bundledClaims))}</span>
          </div>
        </li>
        {packs.map((p) => (
          <li class="pack" key={p.id} data-pack={p.id}>
            <div class="pack-text">
              <span class="pack-name">{p.name}</span>
              <span class="hint">
                {p.builtIn
                  ? t('optionsPacksBuiltInDetail', [p.publisher, p.version, String(p.claims)])
                  : t('optionsPacksDetail', [p.publisher, p.version, String(p.claims), dateOf(p.importedOn)])}
              </span>
            </div>
            <label class="pack-switch">
              <input
                type="checkbox"
                role="switch"
                checked={p.enabled}
                aria-label={t('optionsPacksUse', p.name)}
                onChange={(e) => {
                  const box = e.currentTarget;
                  void connector.setEnabled(p.id, box.checked).then((ok) => {
                    if (!ok) box.checked = !box.checked;
                  });
                }}
              />
              {t('optionsPacksOn')}
            </label>
            {/* A pack that comes with ClaimLens can be switched off, not removed. */}
            {!p.builtIn && (
              <button
                type="button"
                aria-label={t('optionsPacksRemoveLabel', p.name)}
                onClick={() => void connector.remove(p.id)}
              >
                {t('optionsPacksRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div
        class={`pack-drop${dragging ? ' dragging' : ''}`}
        data-part="pack-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label for="pack-file">{t('optionsPacksChoose')}</label>
        <input
          ref={input}
          id="pack-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          aria-describedby="pack-drop-hint"
          onChange={(e) => {
            const box = e.currentTarget;
            void take(box.files?.[0]).finally(() => (box.value = ''));
          }}
        />
        <p id="pack-drop-hint" class="hint">
          {t('optionsPacksDrop')}
        </p>
      </div>
      <p class="pack-status" role="status" aria-live="polite" data-part="pack-status">
        {status.kind === 'busy'
          ? t(STAGE_TEXT[status.progress.stage], status.file)
          : status.kind === 'imported'
            ? t(status.replaced ? 'optionsPacksReplaced' : 'optionsPacksImported', [
                status.entry.name,
                String(status.entry.claims),
              ])
            : ''}
      </p>
      {status.kind === 'busy' && (
        // Determinate while the file is sent, then indeterminate while the background checks and compiles.
        <progress
          class="pack-progress"
          data-part="pack-progress"
          aria-label={t('optionsPacksProgress')}
          max={1}
          {...(status.progress.stage === 'reading' ? { value: status.progress.fraction } : {})}
        />
      )}
      {status.kind === 'failed' && (
        <p class="error" role="alert" data-part="pack-error">
          {status.message}
        </p>
      )}
      {status.kind === 'refused' && (
        <div class="pack-problems" role="alert" data-part="pack-problems">
          <p>
            {t('optionsPacksRefused', [status.file.name, String(status.result.problems.length + status.result.more)])}
          </p>
          <ul>
            {status.result.problems.map((p, i) => (
              <li key={i}>{formatPackProblem(p)}</li>
            ))}
          </ul>
          {status.result.more > 0 && <p>{t('optionsPacksMore', String(status.result.more))}</p>}
          <p class="hint">{t('optionsPacksNothingChanged')}</p>
          {status.result.valid > 0 && (
            <button type="button" class="primary" onClick={() => void run(status.file, true)}>
              {t('optionsPacksImportValid', [String(status.result.valid), String(status.result.items)])}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
