// CommonJS on purpose, and only to be imported by browser.ts: see there. The polyfill runs when
// `browser` is first read, not when this module is loaded.
module.exports = {
  get browser() {
    return require('webextension-polyfill');
  },
};
