/**
 * The one place that imports the WebExtension API: `browser.*` with promises in Chrome and Firefox alike.
 *
 * webextension-polyfill is a CommonJS module. Imported straight from an ES module, the bundler would copy
 * each property of what it exports into a module namespace object; where the browser has its own
 * `browser` object (Firefox, recent Chromium), the polyfill exports that object, and reading each of its
 * properties sets up every extension API on every page the content script runs on. polyfill.cjs wraps it
 * in an object with a single property, so nothing is read before it is used.
 */
import polyfill from './polyfill.cjs';

export default polyfill.browser;
