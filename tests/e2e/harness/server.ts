/**
 * A static HTTP server on 127.0.0.1 (random port) for the pages under test: content scripts run on
 * http(s) pages, not on file://. Serves the fixture pages under /pages/, pages that change after load under /dynamic/, hostile pages under /hostile/, claim packs and a page stating their claims under /packs/, a phone-sized article under /touch/, and the demo under /demo/.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { REPO_ROOT } from './paths';

const ROOTS: Record<string, string> = {
  pages: join(REPO_ROOT, 'tests/fixtures/pages'),
  demo: join(REPO_ROOT, 'extension/demo'),
  dynamic: join(REPO_ROOT, 'tests/fixtures/dynamic'),
  hostile: join(REPO_ROOT, 'tests/fixtures/hostile'),
  packs: join(REPO_ROOT, 'tests/fixtures/packs'),
  touch: join(REPO_ROOT, 'tests/fixtures/touch'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  origin: string;
  /** Absolute URL of a served path, e.g. url('/pages/met-lfr-news-article.html'). */
  url(path: string): string;
  close(): Promise<void>;
}

function resolvePath(pathname: string): string | null {
  const [, top = '', ...rest] = decodeURIComponent(pathname).split('/');
  const root = ROOTS[top];
  if (!root || rest.length === 0) return null;
  const file = normalize(join(root, ...rest));
  return file.startsWith(root + sep) ? file : null;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const file = resolvePath(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          })
          .end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
