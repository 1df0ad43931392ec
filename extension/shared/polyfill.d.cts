import type { Browser } from 'webextension-polyfill';

declare const polyfill: { browser: Browser };
export = polyfill;
