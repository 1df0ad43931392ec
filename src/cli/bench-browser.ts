/**
 * The extension measured in real Chromium (part of `npm run bench`), with the built dist/chrome:
 *
 * - time from DOMContentLoaded to the first highlight, on a typical article (median of loads without
 *   tracing), beside two control extensions loaded in turn with it, whose content scripts highlight the
 *   page's first paragraph at once: the browser's share of the wait (making the script's isolated world,
 *   the page's own first frame, drawing a highlight), and that share plus compiling a script the size of
 *   ClaimLens's;
 * - the extension's main-thread time, the longest task with its code in it and the long tasks it
 *   caused, from a trace (main-thread.ts);
 * - the JavaScript heap it adds (the same page with and without the extension);
 * - a page that changes its DOM 100 times a second for 10 s: the extension's share of that time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { importPackInSettings, type PackImportFigures } from './bench-pack-import';
import { mainThreadFigures, traced, type MainThreadFigures } from './main-thread';

export interface PageFigures extends MainThreadFigures {
  name: string;
  firstHighlightMs: number | null;
  /** The control content scripts (see writeControlExtension), medians of the same loads, in turn. */
  control: ControlFigures | null;
  wallMs: number;
  heapAddedKb: number | null;
  highlights: number;
}

/** Records when the page reached DOMContentLoaded and when the first ClaimLens highlight appeared. */
const TIMING_SCRIPT = `(() => {
  const t = { dcl: null, highlight: null };
  globalThis.__claimlensTiming = t;
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); });
  const poll = () => {
    if (t.highlight === null && globalThis.CSS && CSS.highlights) {
      for (const name of CSS.highlights.keys()) if (String(name).startsWith('claimlens')) { t.highlight = performance.now(); return; }
    }
    if (t.highlight === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

function serve(files: Map<string, string>): Promise<{ server: Server; base: string }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8' };
  const server = createServer((req, res) => {
    const path = files.get((req.url ?? '/').split('?')[0] ?? '/');
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    // ?noscript: the page's own scripts are blocked by its CSP (content scripts are not subject to it).
    const csp = /[?&]noscript\b/.test(req.url ?? '') ? { 'content-security-policy': "script-src 'none'" } : {};
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html', ...csp }).end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

async function launch(
  executablePath: string,
  extensionDir: string | null,
  serviceWorker = true,
): Promise<{ context: BrowserContext; cleanup(): void }> {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  // Saved pages reference their sites' scripts and images: fail those at once (no network here, and a
  // benchmark must not wait on it), keep the local server reachable.
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  if (extensionDir && serviceWorker && context.serviceWorkers().length === 0)
    await context.waitForEvent('serviceworker');
  return { context, cleanup: () => rmSync(profile, { recursive: true, force: true }) };
}

async function heapUsed(page: Page): Promise<number> {
  const client = await page.context().newCDPSession(page);
  // Metrics are reported only while the Performance domain is enabled.
  await client.send('Performance.enable');
  await client.send('HeapProfiler.collectGarbage');
  const { metrics } = await client.send('Performance.getMetrics');
  await client.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** How many loads without tracing time the first highlight (the median is reported). */
export const FIRST_HIGHLIGHT_LOADS = 11;

/** All times are from DOMContentLoaded, in ms. */
export interface ControlFigures {
  /** The first line of the control content script runs. */
  startMs: number | null;
  /** Its highlight, set at once, is there. */
  highlightMs: number | null;
  /** The same for the control that first compiles ClaimLens's content script (without running it). */
  compiledHighlightMs: number | null;
  /** ClaimLens's first highlight with another build (`npm run bench -- --baseline DIR`), if one was given. */
  baselineHighlightMs: number | null;
}

/** The attribute the control content scripts set on <html>: when they ran, on the page's clock. */
const CONTROL_ATTRIBUTE = 'data-control-content-script';

/** Notes when it runs, then highlights the page's first paragraph, the way ClaimLens highlights. */
const HIGHLIGHT_AT_ONCE = `document.documentElement.setAttribute(${JSON.stringify(CONTROL_ATTRIBUTE)}, String(performance.now()));
(() => {
  const block = document.querySelector('p') ?? document.body;
  if (!block || !globalThis.CSS || !CSS.highlights) return;
  const range = new Range();
  range.selectNodeContents(block);
  CSS.highlights.set('claimlens-control', new Highlight(range));
})();
`;

/**
 * An extension whose only content script, injected like ClaimLens's (classic, document_end), runs
 * HIGHLIGHT_AT_ONCE: the earliest a content script's highlight can appear on this page and machine.
 * With `compile`, that script is preceded by ClaimLens's whole content script in a branch that never
 * runs: the engine compiles it all the same, so the difference is what compiling a script of that size
 * costs. Returns the extension's directory.
 */
function writeControlExtension(compile?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Control content script',
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['control.js'], run_at: 'document_end' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const prefix = compile === undefined ? '' : `if (document.documentElement === null) {\n${compile}\n}\n`;
  writeFileSync(join(dir, 'control.js'), prefix + HIGHLIGHT_AT_ONCE);
  return dir;
}

const median = (values: number[]): number | null =>
  values.length === 0 ? null : ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null);

/** DOMContentLoaded, the first highlight and (for the controls) the script's start, on the page's clock. */
async function loadTimes(
  context: BrowserContext,
  url: string,
): Promise<{ dcl: number | null; highlight: number | null; start: number | null }> {
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1000);
  const times = await page.evaluate((attribute) => {
    const t = (globalThis as unknown as { __claimlensTiming: { dcl: number | null; highlight: number | null } })
      .__claimlensTiming;
    const started = document.documentElement.getAttribute(attribute);
    return { dcl: t.dcl, highlight: t.highlight, start: started === null ? null : Number(started) };
  }, CONTROL_ATTRIBUTE);
  await page.close();
  return times;
}

/** The script files a built extension's manifest injects into pages, relative to `extensionDir`. */
export function contentScriptFiles(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  return manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [];
}

/** The two control extensions, in their own Chromium instances. */
interface Controls {
  plain: BrowserContext;
  compiled: BrowserContext;
  /** Another build of ClaimLens, to compare first highlights with in the same loads. */
  baseline: BrowserContext | null;
}

/**
 * Time from DOMContentLoaded to the first highlight, without tracing (which slows the page and the
 * extension alike), and the same for the controls: medians of loads taken in turn.
 */
async function firstHighlight(
  context: BrowserContext,
  controls: Controls,
  url: string,
): Promise<{ firstHighlightMs: number | null; control: ControlFigures }> {
  const highlight: number[] = [];
  const start: number[] = [];
  const plain: number[] = [];
  const compiled: number[] = [];
  const baseline: number[] = [];
  const since = (dcl: number | null, t: number | null, out: number[]) => {
    if (dcl !== null && t !== null) out.push(t - dcl);
  };
  for (let i = 0; i < FIRST_HIGHLIGHT_LOADS; i++) {
    const own = await loadTimes(context, url);
    since(own.dcl, own.highlight, highlight);
    const control = await loadTimes(controls.plain, url);
    since(control.dcl, control.start, start);
    since(control.dcl, control.highlight, plain);
    const withCompile = await loadTimes(controls.compiled, url);
    since(withCompile.dcl, withCompile.highlight, compiled);
    if (controls.baseline) {
      const other = await loadTimes(controls.baseline, url);
      since(other.dcl, other.highlight, baseline);
    }
  }
  return {
    firstHighlightMs: median(highlight),
    control: {
      startMs: median(start),
      highlightMs: median(plain),
      compiledHighlightMs: median(compiled),
      baselineHighlightMs: median(baseline),
    },
  };
}

/** Loads a page while tracing, waits `settleMs`, and returns the figures. */
async function measurePage(context: BrowserContext, url: string, name: string, settleMs: number): Promise<PageFigures> {
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  const client = await context.newCDPSession(page);
  const t0 = Date.now();
  const { events } = await traced(client, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(settleMs);
  });
  const wallMs = Date.now() - t0;
  const timing = await page.evaluate(
    () =>
      (globalThis as unknown as { __claimlensTiming: { dcl: number | null; highlight: number | null } })
        .__claimlensTiming,
  );
  const highlights = await page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (String(name).startsWith('claimlens') && String(name) !== 'claimlens-active') n += h.size;
    return n;
  });
  await client.detach();
  await page.close();
  const firstHighlightMs = timing.dcl !== null && timing.highlight !== null ? timing.highlight - timing.dcl : null;
  return {
    name,
    firstHighlightMs,
    control: null,
    ...mainThreadFigures(events),
    wallMs,
    heapAddedKb: null,
    highlights,
  };
}

export interface BrowserBenchOptions {
  chromePath: string;
  extensionDir: string;
  pages: Array<{ name: string; path: string }>;
  stormPage: string;
  stormSeconds: number;
  /** Another build of the extension (a dist/chrome folder): its first highlight is timed in the same loads. */
  baselineDir?: string;
  /**
   * Claim pack files: each is imported through the settings page (bench-pack-import.ts), and the first
   * page loaded again with it installed, to see what a large pack adds to the content script's start.
   */
  packFiles?: Array<{ name: string; fileName: string; text: string; claims: number }>;
}

/** A pack imported through the settings page, and the first page loaded with it installed. */
export interface WithPack {
  imported: PackImportFigures;
  page: PageFigures;
}

/** Where a page is served: /page-0.html, /page-1.html, … in the order given. */
export const pageUrl = (base: string, index: number) => `${base}/page-${index}.html`;

/** Two Chromium instances, with the extension and without it, and the server for the pages. */
export interface ChromiumPair {
  base: string;
  withExt: BrowserContext;
  without: BrowserContext;
}

/**
 * Serves `pages` (at pageUrl) and `extra` files, starts Chromium with and without the extension,
 * runs `work`, and closes everything, whatever happens.
 */
export async function withChromiumPair<T>(
  chromePath: string,
  extensionDir: string,
  pages: ReadonlyArray<{ path: string }>,
  extra: ReadonlyMap<string, string>,
  work: (pair: ChromiumPair) => Promise<T>,
): Promise<T> {
  const files = new Map(extra);
  pages.forEach((p, i) => files.set(`/page-${i}.html`, p.path));
  const { server, base } = await serve(files);
  const withExt = await launch(chromePath, extensionDir);
  const without = await launch(chromePath, null);
  try {
    return await work({ base, withExt: withExt.context, without: without.context });
  } finally {
    await withExt.context.close();
    await without.context.close();
    withExt.cleanup();
    without.cleanup();
    server.close();
  }
}

export function benchInChromium(
  opts: BrowserBenchOptions,
): Promise<{ pages: PageFigures[]; storm: PageFigures; withPacks: WithPack[] }> {
  const extra = new Map([['/storm.html', opts.stormPage]]);
  return withChromiumPair(opts.chromePath, opts.extensionDir, opts.pages, extra, async ({ base, withExt, without }) => {
    const files = contentScriptFiles(opts.extensionDir);
    if (files.length === 0) throw new Error(`No content script in ${join(opts.extensionDir, 'manifest.json')}`);
    const script = files.map((f) => readFileSync(join(opts.extensionDir, f), 'utf8')).join('\n');
    const dirs = [writeControlExtension(), writeControlExtension(script)];
    const launched = [];
    try {
      for (const dir of dirs) launched.push(await launch(opts.chromePath, dir, false));
      const [plain, compiled] = launched.map((l) => l.context) as [BrowserContext, BrowserContext];
      const other = opts.baselineDir ? await launch(opts.chromePath, opts.baselineDir) : null;
      if (other) launched.push(other);
      return await measureAll(base, withExt, without, { plain, compiled, baseline: other?.context ?? null });
    } finally {
      for (const l of launched) {
        await l.context.close();
        l.cleanup();
      }
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  async function measureAll(
    base: string,
    withExt: BrowserContext,
    without: BrowserContext,
    controls: Controls,
  ): Promise<{ pages: PageFigures[]; storm: PageFigures; withPacks: WithPack[] }> {
    const results: PageFigures[] = [];
    for (const [i, p] of opts.pages.entries()) {
      const url = pageUrl(base, i);
      // One warm-up load so the first measurement does not pay for compiling the extension's code.
      await measurePage(withExt, url, p.name, 500);
      const figures = await measurePage(withExt, url, p.name, 2500);
      Object.assign(figures, await firstHighlight(withExt, controls, url));
      const heaps: number[] = [];
      for (const ctx of [withExt, without]) {
        const page = await ctx.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await page.waitForTimeout(1500);
        heaps.push(await heapUsed(page));
        await page.close();
      }
      figures.heapAddedKb = ((heaps[0] ?? 0) - (heaps[1] ?? 0)) / 1024;
      results.push(figures);
    }
    const storm = await measurePage(withExt, `${base}/storm.html`, 'page changing 100×/s', opts.stormSeconds * 1000);
    const withPacks: WithPack[] = [];
    const worker = withExt.serviceWorkers()[0];
    const extensionId = worker ? new URL(worker.url()).host : null;
    for (const pack of opts.packFiles ?? []) {
      if (!extensionId || !opts.pages[0]) break;
      const { figures: imported, remove } = await importPackInSettings(withExt, extensionId, pack);
      const url = pageUrl(base, 0);
      const name = `${opts.pages[0].name} with ${pack.name} installed`;
      await measurePage(withExt, url, name, 500);
      withPacks.push({ imported, page: await measurePage(withExt, url, name, 2500) });
      await remove();
    }
    return { pages: results, storm, withPacks };
  }
}
