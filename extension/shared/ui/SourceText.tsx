/** The bundled text of a source document, with the claim's excerpts marked. Loaded on request. */
import { useEffect, useState } from 'preact/hooks';
import type { SeedDocument } from '../../../src/claims/types';
import { t } from '../i18n';

export interface SourceTextProps {
  id: string;
  excerpts: string[];
  load(id: string): Promise<SeedDocument | null>;
}

/** Splits `text` into plain and marked pieces at every occurrence of an excerpt. */
export function markExcerpts(text: string, excerpts: readonly string[]): Array<{ text: string; marked: boolean }> {
  const spans: Array<[number, number]> = [];
  for (const ex of excerpts) {
    for (let i = text.indexOf(ex); i >= 0 && ex; i = text.indexOf(ex, i + ex.length)) spans.push([i, i + ex.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

export function SourceText({ id, excerpts, load }: SourceTextProps) {
  const [doc, setDoc] = useState<SeedDocument | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load(id).then(
      (d) => live && setDoc(d),
      () => live && setDoc(null),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (doc === undefined) return <p class="muted">{t('loading')}</p>;
  if (doc === null) return <p class="muted">{t('sourceUnavailable')}</p>;
  return (
    <div class="source-text" data-part="document" tabIndex={0} aria-label={t('sourceTextLabel', doc.name)}>
      {markExcerpts(doc.text, excerpts).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </div>
  );
}
