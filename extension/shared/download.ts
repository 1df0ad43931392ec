/**
 * Offers a file to the reader as a download, from an extension page (the sidebar, the settings page): a
 * link to a Blob, clicked. No permission is needed and nothing leaves the browser.
 */
export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the Blob is let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
