/**
 * The real-page sweep (npm run sweep, src/cli/sweep-core.ts) on a sample that fits CI time: real pages
 * loaded in Chromium with and without the built extension. The extension causes no error, changes no
 * page's DOM or text, and finds no claim on pages that are not about police facial recognition.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sweep } from '../../src/cli/sweep-core';
import { locateBrowser, requireBrowser } from './harness/browsers';
import { REPO_ROOT } from './harness/paths';

const location = locateBrowser('chromium');
const DIR = join(REPO_ROOT, 'tests/fixtures/sweep');

describe.skipIf(location.skip)('sweep sample in Chromium', () => {
  it('no page error caused, no DOM or text changed, no false finding', { timeout: 240_000 }, async () => {
    const pages = readdirSync(DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => ({ name: f.replace(/\.html$/, ''), path: join(DIR, f) }));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const results = await sweep({
      chromePath: requireBrowser(location),
      extensionDir: inject('claimlensE2E').extensionDirs.chrome,
      pages,
    });
    expect(results.map((r) => r.name)).toEqual(pages.map((p) => p.name));
    for (const r of results) {
      expect(r.errors, r.name).toEqual([]);
      expect(r.dom, r.name).not.toBe('changed');
      expect(r.text, r.name).not.toBe('changed');
      expect(r.findings, r.name).toEqual([]);
      // The profile saw the extension at work on every page: the measurement is real.
      expect(r.extensionMs, r.name).toBeGreaterThan(0);
    }
    // Most of these pages do not change themselves, so the DOM comparison is a real check.
    expect(results.filter((r) => r.dom === 'same').length).toBeGreaterThanOrEqual(4);
  });
});
