import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { startStatusServer, type StatusReader, type StatusServer, type WorkerView } from '../web/index.js';

/**
 * Serves the status page where WEB_HOST and WEB_PORT say; null (logged) when it cannot. It listens apart
 * from /healthz and /metrics: those are for machines that scrape without credentials, the page is for people
 * and may need a token; each can be exposed, or not, on its own.
 */
export async function serveStatusPage(
  web: NonNullable<Config['web']>,
  parts: { reader: StatusReader; config: Config; worker: WorkerView },
  log: Logger,
): Promise<StatusServer | null> {
  let server: StatusServer;
  try {
    server = await startStatusServer({ ...web, ...parts, log });
  } catch (error) {
    log.fatal({ err: error }, `cannot serve the status page on ${web.host}:${web.port} (WEB_HOST, WEB_PORT)`);
    return null;
  }
  log.info(
    {
      summary: `status page at ${server.url}/${web.token ? ' (token required)' : ''}`,
      url: server.url,
      auth: web.token !== null,
    },
    'serving the status page',
  );
  return server;
}
