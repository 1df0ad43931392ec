/**
 * `npm run bench`: what ClaimLens costs, as ratios measured side by side in one run (absolute times
 * on a shared machine are noise; ratios of interleaved runs are not).
 *
 *   npm run bench -- [--pages DIR] [--rounds N] [--naive-pages N] [--no-browser] [--storm-seconds N]
 *
 * - limit: extracting a page's text and segmenting all of it into sentences, the least any sentence
 *   matcher must do;
 * - ClaimLens: extracting and scanning (gates, segmentation of candidate blocks, matching, and finding
 *   the page's article when a scan needs it);
 * - naive: Fuse.js searching every sentence against every claim excerpt (threshold 0.4,
 *   ignoreLocation), on a fixed sample of pages because it is slow.
 * HTML parsing is common to all three (the browser does it anyway) and is not timed.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import type { ClaimDatabase } from '../claims/types';
import { scanText, type Finding } from '../match/scan-text';
import { ArticleMap } from '../page/article';
import { extractText } from '../page/extract';
import { segmentSentences } from '../text/segment';
import { loadClaimIndex } from '../match/claim-index';
import { compileClaimIndex } from '../match/compile';
import { createMatcher, type Matcher } from '../match/matcher';
import { benchInChromium, contentScriptFiles, FIRST_HIGHLIGHT_LOADS } from './bench-browser';
import { LONG_TASK_MS } from './main-thread';
import { generatedPack, generateClaims } from './claim-pack';
import { packImportLine } from './bench-pack-import';
import { combineMatchers } from '../match/combine';
import { readPack } from '../packs/pack';
import { parseHtml } from './html';
import { loadMatcher } from './load-matcher';
import { updatePackDatabase } from './update-pack';
import { listHtmlFiles } from './pages';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './seeds';
import { specificity } from './word-frequency';

interface Page {
  name: string;
  root: Node;
  close(): Promise<void>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function fmt(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

async function loadPages(dir: string): Promise<Page[]> {
  return listHtmlFiles(dir).map((file) => {
    const parsed = parseHtml(readFileSync(file, 'utf8'));
    const doc = parsed.document;
    return { name: file.slice(dir.length + 1), root: doc.body ?? doc.documentElement, close: parsed.close };
  });
}

/** Per page, the fastest of `rounds` interleaved runs of each contender (the minimum is the least noisy). */
function measure(
  pages: Page[],
  contenders: Record<string, (page: Page) => void>,
  rounds: number,
): Record<string, number[]> {
  const names = Object.keys(contenders);
  const best: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, pages.map(() => Infinity)]));
  for (let r = 0; r < rounds; r++) {
    pages.forEach((page, i) => {
      // Alternate the order so neither contender always runs on a warm cache.
      const order = (r + i) % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const t = time(() => contenders[name]?.(page));
        const row = best[name];
        if (row) row[i] = Math.min(row[i] ?? Infinity, t);
      }
    });
  }
  return best;
}

/**
 * What the content script does with a page: read its text, and scan it, working out where its article is
 * when the scan first needs it (a sentence that matches, or a claim's frame asking whom the page is about).
 */
function scanPage(matcher: Matcher, page: Page): Finding[] {
  const text = extractText(page.root);
  return scanText(matcher, text.text, { outside: () => new ArticleMap(text).outsideRanges(text) });
}

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return `  ${label.padEnd(34)} median ${fmt(percentile(sorted, 0.5)).padStart(9)}   p95 ${fmt(percentile(sorted, 0.95)).padStart(9)}   total ${fmt(total).padStart(9)}`;
}

function naivePeer(db: ClaimDatabase): (text: string) => number {
  const excerpts = db.claims.flatMap((c) => c.excerpts.map((e) => ({ claim: c.id, text: e.text })));
  const fuse = new Fuse(excerpts, { keys: ['text'], threshold: 0.4, ignoreLocation: true, includeScore: true });
  return (text) => {
    let flagged = 0;
    for (const s of segmentSentences(text)) if (fuse.search(s.text, { limit: 1 }).length > 0) flagged++;
    return flagged;
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      pages: { type: 'string', default: resolve(REPO_ROOT, '../shared/pages') },
      rounds: { type: 'string', default: '5' },
      'naive-pages': { type: 'string', default: '4' },
      browser: { type: 'boolean', default: true },
      'storm-seconds': { type: 'string', default: '10' },
      /** Another build (a dist/chrome folder) whose first highlight is timed in the same loads. */
      baseline: { type: 'string' },
    },
  });
  const rounds = Math.max(1, Number(values.rounds));
  // As the extension starts: the seed claims and the claims since 2023 (the pack that comes with it).
  const seeds = loadMatcher();
  const { matcher, db } = loadMatcher({}, seeds.db, [updatePackDatabase()]);
  const pages = await loadPages(values.pages);
  const texts = new Map(pages.map((p) => [p, extractText(p.root).text]));
  const chars = [...texts.values()].reduce((n, t) => n + t.length, 0);
  const sentences = [...texts.values()].reduce((n, t) => n + segmentSentences(t).length, 0);
  console.log(
    `ClaimLens bench: ${pages.length} pages, ${(chars / 1e6).toFixed(1)} M characters, ${sentences} sentences, ${db.claims.length} claims (${seeds.db.claims.length} seed claims and the claims since 2023)`,
  );

  // Warm up the JIT and the matcher's word cache on every page once.
  for (const p of pages) scanPage(matcher, p);

  console.log(`\nNode, real pages (best of ${rounds} interleaved rounds per page):`);
  const result = measure(
    pages,
    {
      limit: (p) => void segmentSentences(extractText(p.root).text),
      full: (p) => void scanPage(matcher, p),
    },
    rounds,
  );
  const limit = result.limit ?? [];
  const full = result.full ?? [];
  console.log(summary('extract + segment (the limit)', limit));
  console.log(summary('ClaimLens full scan', full));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(`  ratio full / limit:                ${(sum(full) / sum(limit)).toFixed(2)}×`);

  // The naive peer on a fixed sample: the first pages in name order with real text.
  const sample = pages.filter((p) => (texts.get(p)?.length ?? 0) > 2000).slice(0, Number(values['naive-pages']));
  const naive = naivePeer(db);
  const sampleSentences = sample.reduce((n, p) => n + segmentSentences(texts.get(p) ?? '').length, 0);
  const naiveTimes = sample.map((p) => time(() => naive(extractText(p.root).text)));
  const fullSample = measure(sample, { full: (p) => void scanPage(matcher, p) }, rounds).full ?? [];
  console.log(
    `\nNaive peer on ${sample.length} pages (${sampleSentences} sentences: ${sample.map((p) => p.name.split('/')[0]).join(', ')}):`,
  );
  console.log(summary('Fuse.js, every sentence × excerpt', naiveTimes));
  console.log(summary('ClaimLens full scan', fullSample));
  console.log(
    `  per sentence: naive ${fmt(sum(naiveTimes) / sampleSentences)}, ClaimLens ${fmt(sum(fullSample) / sampleSentences)}`,
  );
  console.log(`  ratio naive / full:                ${(sum(naiveTimes) / sum(fullSample)).toFixed(0)}×`);

  const packFiles = scale(pages, seeds.matcher, seeds.db, rounds);

  await Promise.all(pages.map((p) => p.close()));

  sizes();
  if (values.browser) await browserSection(values.pages, Number(values['storm-seconds']), values.baseline, packFiles);
}

/**
 * Scan cost as the database grows: the seed claims plus generated ones (claim-pack.ts) to 1,000 and
 * 10,000 claims, on the same pages, interleaved with the seed pack in one run.
 */
/** Returns the largest generated pack as files (ClaimReview, ClaimLens pack), for the browser section. */
function scale(pages: Page[], seedMatcher: Matcher, db: ClaimDatabase, rounds: number): PackFile[] {
  const contenders: Record<string, (page: Page) => void> = {
    [`${db.claims.length} claims (the seeds)`]: (p) => void scanText(seedMatcher, extractText(p.root).text),
  };
  const built: string[] = [];
  for (const size of SCALE_PACKS) {
    const claims = [...db.claims, ...generateClaims(size - db.claims.length)];
    const t0 = performance.now();
    const index = compileClaimIndex(claims, { specificity, entities: db.entities });
    const compileMs = performance.now() - t0;
    const matcher = createMatcher(loadClaimIndex(index));
    const kb = gzipSync(JSON.stringify(index)).length / 1024;
    built.push(`${size.toLocaleString('en')} claims: index compiled in ${fmt(compileMs)}, ${kb.toFixed(0)} KB gzipped`);
    for (const p of pages) scanText(matcher, extractText(p.root).text);
    contenders[`${size.toLocaleString('en')} claims`] = (p) => void scanText(matcher, extractText(p.root).text);
  }
  // The largest as a claim pack, written as ClaimReview and imported as the extension imports it (read,
  // checked, compiled over an index of its own), then matched beside the seeds' index.
  const packSize = SCALE_PACKS.at(-1)!;
  const reviews = generateClaims(packSize).map((c, i) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://bench.example/reviews/${i}`,
    claimReviewed: c.statement,
    author: { '@type': 'Organization', name: 'Bench Fact Check' },
    datePublished: '2026-01-01',
    reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
    itemReviewed: { '@type': 'Claim', author: { name: c.claimant.name }, datePublished: c.date.value.slice(0, 10) },
  }));
  const text = JSON.stringify(reviews);
  const t0 = performance.now();
  const reading = readPack(text, 'bench.json', { bundled: db });
  const readMs = performance.now() - t0;
  const packClaims = reading.pack?.database.claims ?? [];
  const t1 = performance.now();
  const packIndex = compileClaimIndex(packClaims, { specificity, entities: db.entities });
  const packCompileMs = performance.now() - t1;
  const packMatcher = combineMatchers(
    seedMatcher,
    createMatcher(loadClaimIndex(packIndex), { floor: seedMatcher.floor }),
  );
  built.push(
    `${packClaims.length.toLocaleString('en')} claims as a ClaimReview pack (${(text.length / 1e6).toFixed(1)} MB): read and checked in ${fmt(readMs)}, index compiled in ${fmt(packCompileMs)}, ${(gzipSync(JSON.stringify(packIndex)).length / 1024).toFixed(0)} KB gzipped, ${(JSON.stringify(packIndex).length / 1e6).toFixed(1)} MB as stored`,
  );
  for (const p of pages) scanText(packMatcher, extractText(p.root).text);
  // The same claims as a ClaimLens pack file: its documents, sources and claims checked like the seeds'.
  const ownText = JSON.stringify(generatedPack(packSize));
  const t2 = performance.now();
  const own = readPack(ownText, 'bench-pack.json', { bundled: db });
  const ownReadMs = performance.now() - t2;
  built.push(
    `${(own.pack?.database.claims.length ?? 0).toLocaleString('en')} claims as a ClaimLens pack (${(ownText.length / 1e6).toFixed(1)} MB): read and checked in ${fmt(ownReadMs)}${own.problems.length ? `, ${own.problems.length} problems` : ''}`,
  );
  const files: PackFile[] = [
    {
      name: `a ${packSize.toLocaleString('en')}-claim ClaimReview file`,
      fileName: 'bench-claimreview.json',
      text,
      claims: packSize,
    },
    {
      name: `a ${packSize.toLocaleString('en')}-claim ClaimLens pack`,
      fileName: 'bench-pack.json',
      text: ownText,
      claims: packSize,
    },
  ];
  contenders[`the seeds + a ${packSize.toLocaleString('en')}-claim pack`] = (p) =>
    void scanText(packMatcher, extractText(p.root).text);
  console.log(`\nScale: the seeds plus generated claims, the same ${pages.length} pages (best of ${rounds}):`);
  for (const line of built) console.log(`  ${line}`);
  const result = measure(pages, contenders, rounds);
  const [seedName = ''] = Object.keys(contenders);
  const seedTimes = result[seedName] ?? [];
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  for (const [name, times] of Object.entries(result)) {
    const ratios = times.map((t, i) => t / Math.max(seedTimes[i] ?? t, 1e-3)).sort((a, b) => a - b);
    const ratio =
      name === seedName
        ? ''
        : `   ratio ${(total(times) / total(seedTimes)).toFixed(2)}× (per-page median ${percentile(ratios, 0.5).toFixed(2)}×)`;
    console.log(summary(name, times) + ratio);
  }
  return files;
}

interface PackFile {
  name: string;
  fileName: string;
  text: string;
  claims: number;
}

/** Database sizes for the scale section. */
const SCALE_PACKS = [1000, 10000];

/**
 * Content-script size per browser, raw and gzipped: the classic script(s) the manifest injects, which
 * import nothing (the card UI, loaded by URL the first time a card opens, is not counted).
 */
function sizes(): void {
  console.log('\nContent script size (what every page loads; the card UI is a separate lazy module):');
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(REPO_ROOT, 'dist', browser);
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.log(`  ${browser}: not built (npm run build)`);
      continue;
    }
    const files = contentScriptFiles(dir);
    const contents = files.map((f) => readFileSync(join(dir, f)));
    const raw = contents.reduce((n, c) => n + c.length, 0);
    const gz = contents.reduce((n, c) => n + gzipSync(c).length, 0);
    console.log(
      `  ${browser.padEnd(8)} ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (${files.join(', ')})`,
    );
  }
}

async function browserSection(
  pagesDir: string,
  stormSeconds: number,
  baselineDir: string | undefined,
  packFiles: PackFile[],
): Promise<void> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const extensionDir = join(REPO_ROOT, 'dist/chrome');
  if (!existsSync(chromePath) || !existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(
      `\nReal Chromium: skipped (${existsSync(chromePath) ? 'run npm run build first' : `no Chromium at ${chromePath}; set CHROME_PATH`}).`,
    );
    return;
  }
  const largest = listHtmlFiles(pagesDir)
    .map((path) => ({ path, size: statSync(path).size }))
    .sort((a, b) => b.size - a.size)[0];
  const pages = [{ name: 'typical article (demo)', path: join(REPO_ROOT, 'extension/demo/article.html') }];
  if (largest)
    pages.push({
      name: `largest page (${largest.path.slice(pagesDir.length + 1)}, ${(largest.size / 1e6).toFixed(1)} MB)`,
      path: largest.path,
    });
  console.log(`\nReal Chromium with the built extension (traced, ${stormSeconds} s page-change test):`);
  const {
    pages: figures,
    storm,
    withPacks,
  } = await benchInChromium({
    chromePath,
    extensionDir,
    pages,
    stormPage: join(REPO_ROOT, 'tests/fixtures/bench/storm.html'),
    stormSeconds,
    ...(baselineDir ? { baselineDir: resolve(baselineDir) } : {}),
    packFiles,
  });
  for (const f of figures) {
    console.log(`  ${f.name}`);
    console.log(
      `    first highlight after DOMContentLoaded (median of ${FIRST_HIGHLIGHT_LOADS} loads, no profiler): ${f.firstHighlightMs === null ? 'no highlight' : `${f.firstHighlightMs.toFixed(0)} ms`} (${f.highlights} highlighted)`,
    );
    const ms = (x: number | null | undefined) => (x === null || x === undefined ? '?' : `${x.toFixed(0)} ms`);
    console.log(
      `    same loads, in turn, a control content script that highlights the first paragraph at once: it starts at ${ms(f.control?.startMs)}, its highlight is there at ${ms(f.control?.highlightMs)}; after compiling ClaimLens's script without running it, at ${ms(f.control?.compiledHighlightMs)}`,
    );
    if (baselineDir && f.firstHighlightMs !== null && f.control?.baselineHighlightMs)
      console.log(
        `    same loads, in turn, the build in ${baselineDir}: first highlight at ${ms(f.control.baselineHighlightMs)}; this build ÷ that one: ${(f.firstHighlightMs / f.control.baselineHighlightMs).toFixed(2)}×`,
      );
    console.log(`    extension main-thread time: ${f.extensionMs.toFixed(1)} ms`);
    console.log(
      `    longest task with extension code: ${f.longestTaskMs.toFixed(1)} ms wall, ${f.longestTaskCpuMs.toFixed(1)} ms CPU (${f.longestTaskExtensionMs.toFixed(1)} ms the extension's); most CPU in one such task: ${f.longestTaskCpuOnlyMs.toFixed(1)} ms`,
    );
    console.log(`    long tasks (> ${LONG_TASK_MS} ms wall) the extension caused: ${f.longTasksCaused}`);
    console.log(`    JavaScript heap added: ${f.heapAddedKb === null ? '?' : `${f.heapAddedKb.toFixed(0)} KB`}`);
  }
  for (const { imported, page } of withPacks) {
    console.log(`  ${packImportLine(imported)}`);
    console.log(
      `  ${page.name}: extension main-thread time ${page.extensionMs.toFixed(1)} ms; longest task with extension code ${page.longestTaskMs.toFixed(1)} ms wall, ${page.longestTaskCpuMs.toFixed(1)} ms CPU; most CPU in one such task ${page.longestTaskCpuOnlyMs.toFixed(1)} ms; long tasks caused: ${page.longTasksCaused} (${page.highlights} highlighted)`,
    );
  }
  const share = storm.extensionMs / storm.wallMs;
  console.log(
    `  ${storm.name}, ${(storm.wallMs / 1000).toFixed(1)} s: extension main-thread time ${storm.extensionMs.toFixed(0)} ms = ${(share * 100).toFixed(2)}% of the time; longest task with extension code ${storm.longestTaskMs.toFixed(1)} ms`,
  );
}

await main();
