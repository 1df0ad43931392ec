/**
 * Modules of the extension that only some pages need, imported by their extension URL the first time
 * they are needed (build/content-script.ts builds them and lists them as web-accessible): the
 * card (its host, placement and UI), the first time a card opens, and the article reader (where the
 * article is, when the page was published), the first time a page may have something to highlight. Each is imported once; later calls get the same promise.
 */
import type * as ArticleReaderModule from './article-reader';
import type * as CardModule from './card-host';

/** The one direct use of the `chrome` namespace (both browsers have it): linters see an extension URL, not page data. */
declare const chrome: { runtime: { getURL(path: string): string } };

const imported = new Map<string, Promise<unknown>>();

function importOnce<T>(file: string): Promise<T> {
  let module = imported.get(file);
  if (!module) {
    module = import(/* @vite-ignore */ chrome.runtime.getURL(file));
    imported.set(file, module);
    // A failed import is tried again the next time.
    module.catch(() => imported.delete(file));
  }
  return module as Promise<T>;
}

export type CardHostModule = typeof CardModule;
export type ArticleReader = typeof ArticleReaderModule;

export const cardHost = (): Promise<CardHostModule> => importOnce<CardHostModule>(__CARD_HOST__);
export const articleReader = (): Promise<ArticleReader> => importOnce<ArticleReader>(__ARTICLE_READER__);
