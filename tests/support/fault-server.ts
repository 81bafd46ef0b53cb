/**
 * A news site on loopback that misbehaves on request, for testing the scrapers against the faults
 * a bot meets in months of polling: hangs, slow drips, resets, bombs, loops, lies about charsets.
 *
 * Routes are handler functions registered per path; `faults` holds one factory per fault kind.
 * Every request is logged (path and headers) so tests can assert what was, and was not, asked for.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';

/** Answers one request. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A request the site received. */
export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
}

/** A fault-injecting site on one loopback address. */
export interface FaultSite {
  /** e.g. http://127.0.0.2:41234 */
  baseUrl: string;
  route(path: string, handler: Handler): void;
  requests: Received[];
  /** Requests for one path. */
  hits(path: string): number;
  close(): Promise<void>;
}

/** Starts a site on `host` (any 127.x address); unknown paths answer 404, as does /robots.txt unless routed. */
export async function startFaultSite(host = '127.0.0.2'): Promise<FaultSite> {
  const routes = new Map<string, Handler>();
  const requests: Received[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, host);
  await once(server, 'listening');
  const baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** Options of a normal answer. */
export interface PageOptions {
  type?: string;
  etag?: string;
  lastModified?: string;
  headers?: Record<string, string>;
}

// Handlers that keep a response open forever still end when the site closes (it destroys its sockets).
export const faults = {
  /** A normal answer, with conditional GET: a matching If-None-Match / If-Modified-Since gets 304. */
  ok(body: string | Buffer | (() => string | Buffer), opts: PageOptions = {}): Handler {
    return (req, res) => {
      const headers: Record<string, string> = {
        'content-type': opts.type ?? 'text/html; charset=utf-8',
        ...opts.headers,
      };
      if (opts.etag) headers.etag = opts.etag;
      if (opts.lastModified) headers['last-modified'] = opts.lastModified;
      const fresh =
        (opts.etag && req.headers['if-none-match'] === opts.etag) ||
        (opts.lastModified && req.headers['if-modified-since'] === opts.lastModified);
      if (fresh) return void res.writeHead(304, headers).end();
      res.writeHead(200, headers).end(typeof body === 'function' ? body() : body);
    };
  },
  /** A bare status, e.g. 500, or 429 with Retry-After. */
  status(code: number, headers: Record<string, string> = {}): Handler {
    return (_req, res) => void res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(`status ${code}`);
  },
  /** Accepts the request and never answers: a header timeout. */
  hang(): Handler {
    return () => {};
  },
  /** Sends headers, then one byte of `body` every `intervalMs`, for ever if the body is long enough. */
  drip(body: string, intervalMs: number): Handler {
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      let i = 0;
      const timer = setInterval(() => {
        if (res.destroyed || i >= body.length) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(body[i++]);
      }, intervalMs);
      res.on('close', () => clearInterval(timer));
    };
  },
  /** Sends the first half of `body` (length declared for all of it), then resets the connection. */
  resetMidBody(body: string): Handler {
    return (_req, res) => {
      const bytes = Buffer.from(body);
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, bytes.length >> 1), () => setTimeout(() => res.socket?.resetAndDestroy(), 20));
    };
  },
  redirect(to: string, code = 302): Handler {
    return (_req, res) => void res.writeHead(code, { location: to }).end();
  },
  /** `size` bytes of zeros, streamed without a Content-Length. */
  oversized(size: number, type = 'application/rss+xml'): Handler {
    return (_req, res) => {
      res.writeHead(200, { 'content-type': type });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < size && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    };
  },
  /** A small gzip body that inflates to `size` bytes. */
  gzipBomb(size: number): Handler {
    const bomb = gzipSync(Buffer.alloc(size, 0x20), { level: 9 });
    return (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb);
  },
  /** 200 with no body at all. */
  empty(type = 'application/rss+xml'): Handler {
    return (_req, res) => void res.writeHead(200, { 'content-type': type, 'content-length': '0' }).end();
  },
};

/**
 * An address where TCP connections never complete: a listener whose thread is blocked (so nothing
 * is accepted) with its accept queue filled, so the kernel drops further SYNs — a true connect
 * timeout without leaving loopback.
 */
export async function startUnacceptingServer(host = '127.0.0.3'): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const server = require('node:net').createServer();
     server.listen({ host: workerData.host, port: 0, backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       Atomics.wait(workerData.flag, 0, 0);
       server.close();
     });`,
    { eval: true, workerData: { host, flag } },
  );
  const [port] = (await once(worker, 'message')) as [number];
  // Linux queues backlog + 1 = 2 connections nobody accepts; once two fillers are connected the queue is
  // full, and later SYNs (the third filler's, then the client's) are dropped.
  const fillers: Socket[] = [];
  const queueFull = new Promise<void>((ok) => {
    let connected = 0;
    for (let i = 0; i < 3; i++)
      fillers.push(
        connect(port, host)
          .on('error', () => {})
          .once('connect', () => ++connected === 2 && ok()),
      );
  });
  await queueFull;
  return {
    baseUrl: `http://${host}:${port}`,
    async close() {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      for (const s of fillers) s.destroy();
      await worker.terminate();
    },
  };
}
