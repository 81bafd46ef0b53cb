import type { Logger } from '../log.js';
import type { Health } from '../ops/health.js';
import type { Metrics } from '../ops/metrics.js';
import { startOpsServer, type OpsServer } from '../ops/server.js';

/** Serves /healthz and /metrics where METRICS_HOST and METRICS_PORT say; null (logged) when it cannot. */
export async function serveOps(
  at: { host: string; port: number },
  parts: { health: Health; metrics: Metrics },
  log: Logger,
): Promise<OpsServer | null> {
  const { host, port } = at;
  let server: OpsServer;
  try {
    server = await startOpsServer({ host, port, ...parts });
  } catch (error) {
    log.fatal({ err: error }, `cannot serve /healthz and /metrics on ${host}:${port} (METRICS_HOST, METRICS_PORT)`);
    return null;
  }
  log.info({ url: server.url }, 'serving /healthz and /metrics');
  if (!isLoopback(host))
    log.warn({ host }, 'METRICS_HOST is not a loopback address: /healthz and /metrics are reachable from the network');
  return server;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
