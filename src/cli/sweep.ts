/**
 * `npm run sweep`: every real page in Chromium with the built extension, compared with the same page
 * without it (see sweep-core.ts): errors caused, DOM or text changed, false findings, and the
 * extension's main-thread time. Exits 1 if the extension caused an error or changed a page.
 *
 *   npm run build && npm run sweep -- [--pages DIR] [--limit N]
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LONG_TASK_MS } from './main-thread';
import { listHtmlFiles } from './pages';
import { REPO_ROOT } from './seeds';
import { sweep, type SweepResult } from './sweep-core';

function chromePath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: resolve(REPO_ROOT, '../shared/pages') },
      limit: { type: 'string' },
    },
  });
  const chrome = chromePath();
  if (!chrome) {
    console.error('No Chromium: install the Debian package "chromium" or set CHROME_PATH.');
    process.exit(2);
  }
  const built = join(REPO_ROOT, 'dist/chrome');
  if (!existsSync(join(built, 'manifest.json'))) {
    console.error('No build in dist/chrome: run npm run build first.');
    process.exit(2);
  }
  // A copy, so a rebuild during the sweep (it takes a while) cannot swap files under the browser.
  const extensionDir = mkdtempSync(join(tmpdir(), 'claimlens-sweep-ext-'));
  cpSync(built, extensionDir, { recursive: true });
  const dir = values.pages;
  let pages = listHtmlFiles(dir).map((path) => ({
    name: path.slice(dir.length + 1).replace(/\/source\.html$/, ''),
    path,
  }));
  if (values.limit) pages = pages.slice(0, Number(values.limit));
  console.log(`ClaimLens sweep: ${pages.length} pages in Chromium, with and without the extension\n`);
  const results = await sweep({
    chromePath: chrome,
    extensionDir,
    pages,
    onResult: (r, i) => {
      const flags = [
        r.errors.length ? `${r.errors.length} error(s)` : '',
        r.dom === 'changed' ? 'DOM CHANGED' : r.dom === 'same' ? '' : r.dom,
        r.text === 'changed' ? 'TEXT CHANGED' : '',
        r.findings.length ? `${r.findings.length} finding(s)` : '',
        r.slow ? 'slow load' : '',
      ].filter(Boolean);
      console.log(
        `${String(i + 1).padStart(3)} ${r.name.padEnd(44)} ${r.extensionMs.toFixed(0).padStart(4)} ms, longest task ${r.longestTaskMs.toFixed(0).padStart(3)} ms (CPU ${r.longestTaskCpuMs.toFixed(0).padStart(3)} ms)  ${flags.join(', ')}`,
      );
      for (const e of r.errors) console.log(`      ${e.slice(0, 200)}`);
      for (const f of r.findings) console.log(`      finding: ${f.slice(0, 200)}`);
    },
  });
  rmSync(extensionDir, { recursive: true, force: true });
  report(results);
  const caused = results.filter((r) => r.errors.length > 0 || r.dom === 'changed' || r.text === 'changed');
  process.exit(caused.length > 0 ? 1 : 0);
}

function report(results: SweepResult[]): void {
  const count = (f: (r: SweepResult) => boolean) => results.filter(f).length;
  const times = results.map((r) => r.extensionMs).sort((a, b) => a - b);
  const longest = [...results].sort((a, b) => b.longestTaskMs - a.longestTaskMs)[0];
  const caused = results.reduce((n, r) => n + r.longTasksCaused, 0);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`\n${results.length} pages:`);
  console.log(`  page errors caused by the extension:   ${count((r) => r.errors.length > 0)} pages`);
  console.log(`  DOM changed by the extension:          ${count((r) => r.dom === 'changed')} pages`);
  console.log(`  text changed by the extension:         ${count((r) => r.text === 'changed')} pages`);
  console.log(
    `  pages that change themselves, judged with their scripts blocked: ${count((r) => r.dom === 'same without page scripts')}`,
  );
  console.log(`  pages that could not be judged:        ${count((r) => r.dom === 'page changes itself')}`);
  console.log(`  false findings:                        ${results.reduce((n, r) => n + r.findings.length, 0)}`);
  console.log(
    `  extension main-thread time per page:   median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms`,
  );
  console.log(
    `  longest task with extension code:      ${(longest?.longestTaskMs ?? 0).toFixed(0)} ms (CPU ${(longest?.longestTaskCpuMs ?? 0).toFixed(0)} ms); long tasks (> ${LONG_TASK_MS} ms) caused: ${caused} on ${count((r) => r.longTasksCaused > 0)} pages`,
  );
}

await main();
