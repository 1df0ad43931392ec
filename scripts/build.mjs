#!/usr/bin/env node
// Builds the extension for Chrome (dist/chrome) and Firefox (dist/firefox), one Vite build per browser.
import { spawnSync } from 'node:child_process';

const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
for (const browser of ['chrome', 'firefox']) {
  const run = spawnSync(process.execPath, [vite, 'build', '--mode', browser, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`built dist/${browser}`);
}
