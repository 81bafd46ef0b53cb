import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeTickDeps, createTickDeps } from '../../app.js';
import { logDiscordChecks } from '../../notify/discord/checks.js';
import { PROJECT_ROOT, type DatabaseConfig } from '../../config.js';
import { createTickCoordination, type TickCoordination } from '../../coordination/index.js';
import type { Logger } from '../../log.js';
import { createHealth } from '../../ops/health.js';
import { instrumentHttp, instrumentStore } from '../../ops/instrument.js';
import { createMetrics } from '../../ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../ops/server.js';
import { runTick, type TickDeps } from '../../pipeline/tick.js';
import { redactUrl } from '../../store/postgres/pool.js';
import { onStopSignals } from '../../worker/signals.js';
import { createTicker } from '../../worker/ticker.js';
import { startWorker } from '../../worker/worker.js';
import { commandContext, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** `exportwatch start`: the worker, until SIGINT or SIGTERM. */
export async function start(opts: { config?: string }): Promise<void> {
  const { config, log } = commandContext(opts);
  exitOnCrash(log);
  const startedAt = new Date();
  const metrics = createMetrics({ databasePath: config.databasePath, version: packageVersion() });
  const health = createHealth({ maxAgeMs: config.healthMaxTickAgeMs, startedAt });

  let deps: TickDeps;
  let coordination: TickCoordination;
  try {
    const built = await createTickDeps(config, log);
    deps = { ...built, http: instrumentHttp(built.http, metrics), store: instrumentStore(built.store, metrics) };
    // With DATABASE_URL=postgres://… replicas share the schedule: one tick at a time across them.
    coordination = await createTickCoordination(config, log);
  } catch (error) {
    exitWith(error, log);
  }

  let server: OpsServer | null = null;
  if (config.metrics) {
    const { host, port } = config.metrics;
    try {
      server = await startOpsServer({ host, port, health, metrics });
    } catch (error) {
      log.fatal({ err: error }, `cannot serve /healthz and /metrics on ${host}:${port} (METRICS_HOST, METRICS_PORT)`);
      await closeTickDeps(deps);
      process.exit(EXIT.failed);
    }
    log.info({ url: server.url }, 'serving /healthz and /metrics');
    if (!isLoopback(host)) log.warn({ host }, 'METRICS_HOST is not a loopback address: /healthz and /metrics are reachable from the network');
  }

  const ticker = createTicker({
    run: (tickLog) => runTick({ ...deps, log: tickLog }),
    log,
    observers: [metrics.observeTick, health.observe],
  });
  log.info(
    { schedule: config.schedule, timezone: config.timezone, sources: config.sources.length, notifier: config.notifier.kind, database: describeDatabase(config.database), mode: coordination.mode },
    'worker started',
  );
  await logDiscordChecks(config.notifier, log);
  const worker = startWorker({
    schedule: config.schedule, timezone: config.timezone, ticker, log,
    onOverlap: () => metrics.observeTick({ status: 'skipped', reason: 'schedule' }),
    coordination, onElsewhere: (slot) => health.observeElsewhere(slot),
  });
  warnIfHealthBoundTooShort(worker.nextRuns(3), config.healthMaxTickAgeMs, log);

  onStopSignals(
    (signal) => {
      void (async () => {
        log.info({ signal, waitMs: ticker.busy ? config.shutdownTimeoutMs : 0 }, ticker.busy ? 'stopping: waiting for the running tick' : 'stopping');
        const result = await worker.stop(config.shutdownTimeoutMs);
        await server?.close();
        if (result === 'timed-out') {
          // Each article and each alert's outcome is stored in its own transaction, so what the tick
          // finished is kept; the rest is read again by the next tick. Closing HTTP would wait for it.
          await coordination.close().catch(() => undefined);
          await deps.store.close();
          log.error({ waitedMs: config.shutdownTimeoutMs }, 'stopped without the running tick: it did not finish within SHUTDOWN_TIMEOUT');
          process.exit(EXIT.failed);
        }
        await coordination.close();
        await closeTickDeps(deps);
        log.info('stopped');
        process.exit(EXIT.ok);
      })().catch((error: unknown) => {
        log.fatal({ err: error }, 'stopping failed');
        process.exit(EXIT.failed);
      });
    },
    (signal) => {
      log.warn({ signal }, 'second signal: exiting now without waiting for the running tick');
      process.exit(EXIT.failed);
    },
  );
}

// A bug that escapes every handler is logged through the redacting logger (Node's own report would
// print raw error text), and exits non-zero so a supervisor restarts the worker.
function exitOnCrash(log: Logger): void {
  const crash = (error: unknown): void => {
    log.fatal({ err: error }, 'crashed');
    process.exit(EXIT.failed);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

// A bound shorter than the gap between ticks makes /healthz fail between two good ticks.
function warnIfHealthBoundTooShort(next: Date[], maxAgeMs: number, log: Logger): void {
  const gaps = next.slice(1).map((d, i) => d.getTime() - next[i]!.getTime());
  const widest = Math.max(0, ...gaps);
  if (widest >= maxAgeMs) {
    log.warn({ healthMaxTickAgeMs: maxAgeMs, scheduleGapMs: widest }, 'HEALTH_MAX_TICK_AGE is not longer than the time between scheduled ticks: /healthz will fail between good ticks');
  }
}

function describeDatabase(database: DatabaseConfig): string {
  return database.kind === 'postgres' ? redactUrl(database.url) : database.path;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
