/**
 * Vite plugin building the content script as one classic script, injected by the browser at
 * document_end, instead of crxjs's default: a small loader that import()s the script as an ES module.
 *
 * Why: the loader's import is a chain of fetches (the entry, then the chunks it shares with the
 * extension's pages), each waiting for a turn on the page's busy main thread; on a short article the
 * chain ended 100–150 ms after DOMContentLoaded, before any work began. A classic content script is
 * handed to the renderer with the extension and runs as soon as the DOM is complete.
 *
 * What only some pages need stays in lazily loaded ES modules: the card UI (Preact and the card), imported
 * the first time a card opens (extension/content/card-host.tsx), and the article reader (where the article is,
 * when the page was published), imported the first time a page may have something to highlight
 * (extension/content/article-reader.ts). They are built with the
 * extension's pages (sharing their chunks), listed in web_accessible_resources, and imported by their
 * extension URL; the content script knows each one's file by a build-time constant.
 *
 * manifest.json declares the content script by its source; this plugin replaces that entry in the
 * built manifest with the built file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export interface ContentScriptEntry {
  js: string[];
  css?: string[];
  matches: string[];
  run_at?: string;
  all_frames?: boolean;
}

export interface ContentScriptOptions {
  /** The content scripts as manifest.json declares them (one entry, by source path). */
  scripts: ContentScriptEntry[];
  /** The lazily loaded modules: entry name, source, and the constant that gives the content script its file. */
  lazy: ReadonlyArray<{ name: string; source: string; define: string }>;
  /** Plugins the content script's own build needs (claim data, build-time constants). */
  plugins: () => Plugin[];
  target: string;
}

/** Where the content script is written, inside the extension. */
export const CONTENT_SCRIPT_FILE = 'assets/content.js';

/** A chunk and the chunks it imports statically, transitively. */
function withImports(bundle: Rolldown.OutputBundle, fileName: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const chunk = bundle[name];
    if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
  };
  visit(fileName);
  return [...seen];
}

export function classicContentScript(options: ContentScriptOptions): Plugin {
  const [script, ...others] = options.scripts;
  if (!script || others.length > 0 || script.js.length !== 1)
    throw new Error('manifest.json must declare exactly one content script with one js file');
  let root = process.cwd();
  return {
    name: 'claimlens:classic-content-script',
    apply: 'build',
    config: () => ({
      build: { rolldownOptions: { input: Object.fromEntries(options.lazy.map((m) => [m.name, m.source])) } },
    }),
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      // crxjs copies the files the manifest names; the content script's style sheet is named here now.
      for (const css of script.css ?? [])
        this.emitFile({ type: 'asset', fileName: css, source: readFileSync(join(root, css)) });
    },
    async writeBundle(output, bundle) {
      const outDir = output.dir ?? join(root, 'dist');
      const lazy = options.lazy.map((m) => {
        const chunk = Object.values(bundle).find(
          (c): c is Rolldown.OutputChunk => c.type === 'chunk' && c.isEntry && c.name === m.name,
        );
        if (!chunk) throw new Error(`The lazily loaded module ${m.name} was not built`);
        return { ...m, fileName: chunk.fileName };
      });
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        plugins: options.plugins(),
        define: Object.fromEntries(lazy.map((m) => [m.define, JSON.stringify(m.fileName)])),
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          sourcemap: false,
          target: options.target,
          lib: {
            entry: join(root, script.js[0] as string),
            formats: ['iife'],
            name: 'ClaimLensContent',
            fileName: () => CONTENT_SCRIPT_FILE,
          },
        },
      });
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest.content_scripts = [{ ...script, js: [CONTENT_SCRIPT_FILE] }];
      manifest.web_accessible_resources = [
        {
          matches: script.matches,
          resources: [...new Set(lazy.flatMap((m) => withImports(bundle, m.fileName)))],
          ...(manifest.browser_specific_settings ? {} : { use_dynamic_url: false }),
        },
      ];
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
