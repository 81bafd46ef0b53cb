import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Health } from './health.js';
import type { Metrics } from './metrics.js';

/** The listener serving /healthz and /metrics. */
export interface OpsServer {
  /** e.g. http://127.0.0.1:9464 */
  url: string;
  close(): Promise<void>;
}

/** Serves GET /healthz (200 or 503, JSON) and GET /metrics (Prometheus text format); nothing else. */
export async function startOpsServer(opts: {
  host: string;
  port: number;
  health: Health;
  metrics: Metrics;
  now?: () => Date;
}): Promise<OpsServer> {
  const now = opts.now ?? (() => new Date());
  const routes: Readonly<Record<string, (res: ServerResponse) => Promise<void>>> = {
    '/healthz': async (res) => {
      const report = opts.health.check(now());
      send(res, report.status === 'ok' ? 200 : 503, 'application/json; charset=utf-8', `${JSON.stringify(report)}\n`);
    },
    '/metrics': async (res) => {
      send(res, 200, opts.metrics.registry.contentType, await opts.metrics.registry.metrics());
    },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = routes[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!route) return send(res, 404, 'text/plain; charset=utf-8', 'not found: try /healthz or /metrics\n');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'only GET\n', { allow: 'GET, HEAD' });
    route(res).catch((error: Error) => send(res, 500, 'text/plain; charset=utf-8', `${error.message}\n`));
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
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
