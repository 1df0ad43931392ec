/**
 * Runs once per end-to-end run, before any browser starts:
 * 1. builds the extension (`node scripts/build.mjs`, as `npm run build`) unless dist/ is newer than every
 *    source file (then the build `npm test` just made is reused);
 * 2. copies dist/chrome and dist/firefox to a temporary folder, so the browsers load a stable snapshot;
 * 3. runs the scan CLI (`npm run scan -- --json`) on the pages under test: the extension must find the
 *    same sentences the CLI finds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { E2EContext, ScanResult } from './context';
import { REPO_ROOT } from './paths';

/** Everything the build reads. package.json is left out: its scripts change without changing the build. */
const BUILD_INPUTS = [
  'src',
  'build',
  'extension',
  'seeds',
  'packs',
  '_locales',
  'icons',
  'manifest.json',
  'vite.config.ts',
  'scripts/build.mjs',
];

/** Pages the tests load, by served path → file. */
const SCANNED_PAGES: Record<string, string> = {
  '/pages/met-lfr-news-article.html': 'tests/fixtures/pages/met-lfr-news-article.html',
  '/pages/no-claims-community-garden.html': 'tests/fixtures/pages/no-claims-community-garden.html',
  '/pages/template-bbc-met-lfr.html': 'tests/fixtures/pages/template-bbc-met-lfr.html',
  '/demo/article.html': 'extension/demo/article.html',
  '/touch/phone-article.html': 'tests/fixtures/touch/phone-article.html',
  '/packs/since-2023.html': 'tests/fixtures/packs/since-2023.html',
};

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsCurrent(): boolean {
  const manifests = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json'].map((p) => join(REPO_ROOT, p));
  if (!manifests.every((m) => existsSync(m))) return false;
  const built = Math.min(...manifests.map((m) => statSync(m).mtimeMs));
  const sources = Math.max(
    ...BUILD_INPUTS.map((p) => join(REPO_ROOT, p))
      .filter(existsSync)
      .map(newestMtime),
  );
  return built >= sources;
}

function run(args: string[], what: string): string {
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`.trim());
  }
  return result.stdout;
}

export default function setup(project: TestProject): () => void {
  if (!buildIsCurrent()) {
    console.log('[e2e] dist/ is missing or older than the sources: building the extension…');
    run([join(REPO_ROOT, 'scripts/build.mjs')], 'npm run build');
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'claimlens-e2e-dist-'));
  const extensionDirs = { chrome: join(snapshot, 'chrome'), firefox: join(snapshot, 'firefox') };
  cpSync(join(REPO_ROOT, 'dist/chrome'), extensionDirs.chrome, { recursive: true });
  cpSync(join(REPO_ROOT, 'dist/firefox'), extensionDirs.firefox, { recursive: true });

  const served = Object.keys(SCANNED_PAGES);
  const stdout = run(
    [
      join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'src/cli/scan.ts',
      '--json',
      ...served.map((p) => SCANNED_PAGES[p]!),
    ],
    'npm run scan -- --json',
  );
  const results = stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as ScanResult);
  const scans: Record<string, ScanResult> = {};
  for (const path of served) {
    const result = results.find((r) => r.input === SCANNED_PAGES[path]);
    if (!result) throw new Error(`the scan CLI printed no result for ${SCANNED_PAGES[path]}`);
    scans[path] = result;
  }

  const context: E2EContext = { extensionDirs, scans };
  project.provide('claimlensE2E', context);
  return () => rmSync(snapshot, { recursive: true, force: true });
}
