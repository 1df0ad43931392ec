/**
 * Builds the extension for one browser per run: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox (see scripts/build.mjs). The claim database is validated
 * and the matcher's index compiled here, at build time: a broken claims file stops the build with the
 * file, the claim id and the field, and the extension ships a ready index instead of building one on
 * every page load.
 */
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { claimDataPlugin } from './build/claim-data';
import { classicContentScript, type ContentScriptEntry } from './build/content-script';

type Browser = 'chrome' | 'firefox';

/** Gecko id of the Firefox build: fixed, so storage and the extension's URL stay stable across installs. */
export const GECKO_ID = 'claimlens@claimlens.example';

function manifestFor(browser: Browser): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown>;
  // The content script is built by classicContentScript, not by crxjs.
  delete m.content_scripts;
  if (browser === 'firefox') {
    m.background = { scripts: ['extension/background/index.ts'], type: 'module' };
    // Firefox has a sidebar instead of Chrome's side panel, and opens it with a built-in command.
    const sidePanel = m.side_panel as { default_path: string };
    delete m.side_panel;
    // Firefox does not hold storage.local to Chrome's 10 MB quota: large claim packs need no permission there.
    m.permissions = (m.permissions as string[]).filter((p) => p !== 'sidePanel' && p !== 'unlimitedStorage');
    m.sidebar_action = {
      default_panel: sidePanel.default_path,
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/claimlens-16.png', 32: 'icons/claimlens-32.png' },
      open_at_install: false,
    };
    const commands = m.commands as Record<string, unknown>;
    commands._execute_sidebar_action = commands['open-sidebar'];
    delete commands['open-sidebar'];
    m.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m as unknown as ManifestV3Export;
}

/** Build-time constant so code for one browser (e.g. chrome.sidePanel) vanishes from the other's bundle. */
function browserDefine(browser: Browser): Plugin {
  return { name: 'claimlens:browser', config: () => ({ define: { __BROWSER__: JSON.stringify(browser) } }) };
}

/**
 * The toolbar's "none found" and "paused" icons: background/action.ts sets them at run time, and the
 * manifest does not name them, so crxjs would not copy them (action.setIcon then fails).
 */
const STATE_ICONS = [
  'claimlens-none-16.png',
  'claimlens-none-32.png',
  'claimlens-paused-16.png',
  'claimlens-paused-32.png',
];

function stateIcons(): Plugin {
  return {
    name: 'claimlens:state-icons',
    apply: 'build',
    generateBundle() {
      for (const name of STATE_ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/${name}`,
          source: readFileSync(new URL(`./icons/${name}`, import.meta.url)),
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const target = browser === 'firefox' ? 'firefox140' : 'chrome120';
  return {
    plugins: [
      claimDataPlugin(),
      browserDefine(browser),
      preact(),
      crx({ manifest: manifestFor(browser), browser }),
      stateIcons(),
      classicContentScript({
        scripts: baseManifest.content_scripts as ContentScriptEntry[],
        lazy: [
          { name: 'card-host', source: 'extension/content/card-host.tsx', define: '__CARD_HOST__' },
          { name: 'article-reader', source: 'extension/content/article-reader.ts', define: '__ARTICLE_READER__' },
        ],
        plugins: () => [claimDataPlugin(), browserDefine(browser)],
        target,
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target,
      sourcemap: false,
      minify: true,
      modulePreload: false,
      // crxjs does not pick up Firefox's sidebar_action page as an entry: name it here.
      ...(browser === 'firefox' ? { rolldownOptions: { input: { sidebar: 'extension/sidebar/index.html' } } } : {}),
    },
    publicDir: false,
  };
});
