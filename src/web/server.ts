import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.js';
import type { Logger } from '../log.js';
import { authorised, loopbackHostHeader } from './auth.js';
import { seriesChart } from './charts.js';
import { notFoundPage, statusPage } from './page.js';
import { readStatus, type StatusData, type StatusReader, type WorkerView } from './status.js';

/** The status page's listener. */
export interface StatusServer {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  close(): Promise<void>;
}

/** Where the page's stylesheet lives; shipped with the package, like the chart's fonts. */
export const STYLESHEET = resolve(PROJECT_ROOT, 'assets/web/status.css');

// No script at all, styles and images from this origin only, never framed, no referrer to the sites linked.
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

/** The parts of the status a script can ask for alone; /api/status answers all of it. */
const API_PARTS: Readonly<Record<string, (d: StatusData) => unknown>> = {
  '/api/status': (d) => d,
  '/api/series': (d) => d.series,
  '/api/alerts': (d) => d.alerts,
  '/api/sources': (d) => d.sources,
  '/api/ticks': (d) => d.ticks,
};

/**
 * Serves the status page (GET / and HEAD), its JSON under /api/, the series' charts under /charts/ and its
 * stylesheet. Read-only: it reads through `reader`, which has no method that writes, and answers any
 * other method 405. With a token every request must present it; without one (loopback only) the Host
 * header must name this machine, so a web page cannot reach it through DNS rebinding.
 */
export async function startStatusServer(opts: {
  host: string;
  port: number;
  token: string | null;
  reader: StatusReader;
  config: Pick<Config, 'series' | 'sources' | 'timezone'>;
  worker: WorkerView;
  log?: Logger;
  now?: () => Date;
}): Promise<StatusServer> {
  const now = opts.now ?? (() => new Date());
  const stylesheet = readFileSync(STYLESHEET, 'utf8');
  const status = (): Promise<StatusData> => readStatus(opts.reader, opts.config, opts.worker, now());

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/') return send(res, 200, HTML_TYPE, statusPage(await status()));
    if (path === '/status.css')
      return send(res, 200, 'text/css; charset=utf-8', stylesheet, { 'cache-control': 'no-cache' });
    const part = API_PARTS[path];
    if (part) return send(res, 200, JSON_TYPE, `${JSON.stringify(part(await status()), null, 2)}\n`);
    const chart = /^\/charts\/([a-z0-9][a-z0-9-]*)\.png$/.exec(path);
    if (chart) {
      const found = await seriesChart(opts.reader, opts.config, chart[1]!, req.headers['if-none-match']);
      if (!found) return send(res, 404, TEXT_TYPE, 'no such series, or it holds no history yet\n');
      const cache = { 'cache-control': 'private, no-cache' };
      if ('notModified' in found) return send(res, 304, 'image/png', '', { ...cache, etag: found.notModified });
      return send(res, 200, 'image/png', found.png, { ...cache, etag: found.etag });
    }
    send(res, 404, HTML_TYPE, notFoundPage(path));
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (opts.token === null && !loopbackHostHeader(req.headers.host))
      return send(
        res,
        403,
        TEXT_TYPE,
        'this page answers only to localhost or 127.0.0.1 (set WEB_TOKEN to serve it under another name)\n',
      );
    if (!authorised(req.headers, opts.token))
      return send(
        res,
        401,
        TEXT_TYPE,
        'the status page needs the token (WEB_TOKEN): as the password, or as a Bearer token\n',
        {
          'www-authenticate': 'Basic realm="exportwatch", charset="UTF-8"',
        },
      );
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, TEXT_TYPE, 'the status page is read-only: GET or HEAD\n', { allow: 'GET, HEAD' });
    route(req, res, path).catch((error: Error) => {
      opts.log?.error({ err: error, path }, 'status page failed');
      if (!res.headersSent) send(res, 500, TEXT_TYPE, 'the status could not be read; see the worker log\n');
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, ok);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' || status === 304 ? undefined : body);
}
