/**
 * The one place that imports the WebExtension API: `browser.*` with promises in Chrome and Firefox alike.
 *
 * The API object is made on first use, not when the script is evaluated. The first read of the
 * browser's own `chrome`/`browser` object sets up its bindings, which on a content script's first task
 * costs about as much as the rest of its top-level code; made lazily, that work lands in a later task
 * (the content script gives the page the thread before it first calls the API).
 *
 * webextension-polyfill is a CommonJS module. Imported straight from an ES module, the bundler would copy
 * each property of what it exports into a module namespace object; where the browser has its own
 * `browser` object (Firefox, recent Chromium), the polyfill exports that object, and reading each of its
 * properties sets up every extension API on every page the content script runs on. polyfill.cjs wraps it
 * in an object with a single getter, so nothing is read before it is used.
 */
import type { Browser } from 'webextension-polyfill';
import polyfill from './polyfill.cjs';

let api: Browser | undefined;

const browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get((api ??= polyfill.browser), key) as unknown,
});

export default browser;
