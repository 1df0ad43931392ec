/**
 * Files an extension page offers for download (a link to a Blob, clicked: shared/download.ts), caught as
 * they are saved instead of going to the downloads folder.
 */
import type { ExtensionPage } from './browsers';
import { poll } from './util';

interface Saved {
  name: string;
  text: string;
}

/** From now on, the page's downloads are kept in the page, for savedFile. */
export async function catchDownloads(view: ExtensionPage): Promise<void> {
  await view.evaluate(() => {
    const w = window as unknown as { saved: Saved | null };
    w.saved = null;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.text())
        .then((text) => (w.saved = { name, text }));
    };
  });
}

/** The file the page last offered, once it has been read. */
export function savedFile(view: ExtensionPage, what: string): Promise<Saved> {
  return poll(() => view.evaluate(() => (window as unknown as { saved: Saved | null }).saved), { what });
}
