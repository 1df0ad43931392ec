/**
 * What the content script loads the first time a page may have something to highlight (see
 * Scanner.scan): where the page's article is, and when the page was published. Neither is needed on the
 * many pages that state no claim, so neither is in the script every page loads.
 */
export { ArticleMap } from '../../src/page/article';
export { readPageDate } from '../../src/page/page-date';
