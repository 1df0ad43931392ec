/* eslint-disable @typescript-eslint/consistent-type-imports -- ambient module declarations cannot use import statements */
declare module 'virtual:claimlens/index' {
  /** The matcher's compiled index, parsed anew on each call (call it once). */
  export default function parseIndexData(): import('../src/match/claim-index').IndexData;
}
declare module 'virtual:claimlens/database' {
  const db: import('../src/claims/types').ClaimDatabase;
  export default db;
}
declare module 'virtual:claimlens/word-counts' {
  /** [stem, count] for the stems frequent enough in general English to weigh less (src/match/specificity.ts). */
  const counts: Array<[string, number]>;
  export default counts;
}
/** The browser this bundle is built for (vite.config.ts). */
declare const __BROWSER__: 'chrome' | 'firefox';
/** The card UI module's path inside the extension (build/content-script.ts). */
declare const __CARD_HOST__: string;
/** The file of the lazily loaded article reader (extension/content/article-reader.ts), inside the extension. */
declare const __ARTICLE_READER__: string;
declare module 'virtual:claimlens/update-pack' {
  /** The pack file of the claims since 2023 (packs/since-2023), as JSON text: the background installs it. */
  const text: string;
  export default text;
  /** Its id and version, to check what is installed without reading the pack. */
  export const header: { id: string; version: string };
}
