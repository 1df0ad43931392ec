/**
 * A recording HTTP proxy for the zero-network test. The browsers under test send every request through
 * it, loopback included (Chromium: --proxy-bypass-list=<-loopback>; Firefox:
 * network.proxy.allow_hijacking_localhost), from every context: pages, content scripts, the
 * background, extension pages. It forwards requests for 127.0.0.1 (the test server, and Firefox's
 * test probe) and refuses everything else; either way the request is recorded. HTTPS shows up as a
 * CONNECT to its host, which is refused.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  /** "127.0.0.1:port", for the browser's proxy settings. */
  readonly host: string;
  readonly port: number;
  /** Every request seen, in order: "GET http://127.0.0.1:1234/demo/article.html", "CONNECT example.com:443". */
  readonly requests: string[];
  close(): Promise<void>;
}

const isLoopback = (hostname: string) => hostname === '127.0.0.1' || hostname === 'localhost';

function forward(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const upstream = request(
    {
      // The test server listens on 127.0.0.1; "localhost" could resolve to ::1 first.
      host: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname,
      port: url.port,
      method: req.method,
      path: `${url.pathname}${url.search}`,
      headers: req.headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(400).end();
      return;
    }
    requests.push(`${req.method} ${url.href}`);
    if (isLoopback(url.hostname)) forward(req, res, url);
    else res.writeHead(502).end();
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
