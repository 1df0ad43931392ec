// CommonJS on purpose, and only to be imported by browser.ts: see there.
module.exports = { browser: require('webextension-polyfill') };
