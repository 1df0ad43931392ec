/** The one place that imports the WebExtension API: `browser.*` with promises in Chrome and Firefox alike. */
import browser from 'webextension-polyfill';

export default browser;
