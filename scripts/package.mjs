#!/usr/bin/env node
// `npm run package`: store packages from the builds in dist/ (run `npm run build` first):
// artifacts/claimlens-chrome-<version>.zip for the Chrome Web Store and
// artifacts/claimlens-firefox-<version>.zip for addons.mozilla.org (made by web-ext build).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const webExt = join(root, 'node_modules/web-ext/bin/web-ext.js');
const out = join(root, 'artifacts');

for (const browser of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`dist/${browser} is missing: run npm run build first.`);
    process.exit(1);
  }
  const name = `claimlens-${browser}-${version}.zip`;
  const r = spawnSync(
    process.execPath,
    [webExt, 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', name, '--overwrite-dest'],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`artifacts/${name}`);
}
