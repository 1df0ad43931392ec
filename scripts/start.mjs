#!/usr/bin/env node
// `npm start`: build ClaimLens, then open the demo article in a browser with the extension loaded.
// Without a display (a server, CI) it says so and prints what ClaimLens finds on the demo instead.
//
//   npm start                  Chromium (CHROME_PATH, or chromium / google-chrome on the PATH)
//   npm start -- --firefox     Firefox (FIREFOX_PATH, or firefox-esr / firefox), through web-ext run
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demoDir = join(root, 'extension/demo');
const firefox = process.argv.includes('--firefox');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function findBrowser(envName, names) {
  if (process.env[envName]) return process.env[envName];
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return null;
}

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

run(process.execPath, [join(root, 'scripts/build.mjs')]);

if (!hasDisplay) {
  console.log(`
No display is available (DISPLAY and WAYLAND_DISPLAY are not set), so no browser window can open.
Load the extension yourself from dist/chrome or dist/firefox (see the README), or run this where there is a display.

What ClaimLens finds on the demo article (extension/demo/article.html):
`);
  run(process.execPath, [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    join(root, 'src/cli/scan.ts'),
    join(demoDir, 'article.html'),
  ]);
  process.exit(0);
}

// Serve the demo over http: content scripts run on http(s) pages, not on file:// by default.
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
  const file = join(demoDir, path || 'article.html');
  if (!file.startsWith(demoDir) || !existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/article.html`;
  console.log(`Demo article: ${url}`);
  let child;
  if (firefox) {
    const bin = findBrowser('FIREFOX_PATH', ['firefox-esr', 'firefox']);
    if (!bin) fail('No Firefox found: set FIREFOX_PATH.');
    child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/web-ext/bin/web-ext.js'),
        'run',
        '--source-dir',
        join(root, 'dist/firefox'),
        '--firefox',
        bin,
        '--start-url',
        url,
      ],
      { stdio: 'inherit' },
    );
  } else {
    const bin = findBrowser('CHROME_PATH', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
    if (!bin) fail('No Chromium or Chrome found: set CHROME_PATH.');
    const ext = join(root, 'dist/chrome');
    const profile = mkdtempSync(join(tmpdir(), 'claimlens-'));
    // Chromium refuses to start as root unless its sandbox is turned off: only then, and it says so.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) console.log('Running as root: Chromium is started with --no-sandbox, which it needs for that.');
    child = spawn(
      bin,
      [
        ...(asRoot ? ['--no-sandbox'] : []),
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--no-first-run',
        '--no-default-browser-check',
        url,
      ],
      {
        stdio: 'inherit',
      },
    );
  }
  child.on('exit', () => server.close());
  process.on('SIGINT', () => child.kill('SIGINT'));
});

function fail(message) {
  console.error(message);
  server.close();
  process.exit(1);
}
