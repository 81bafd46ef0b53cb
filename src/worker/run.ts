import type { App } from '../app/index.js';
import { checkSchedule, scheduleSlots } from '../app/schedule.js';
import { createTickCoordination, type TickCoordination } from '../coordination/index.js';
import type { Logger } from '../log.js';
import { createHealth } from '../ops/health.js';
import { instrumentHttp, instrumentStore } from '../ops/instrument.js';
import { createMetrics } from '../ops/metrics.js';
import type { OpsServer } from '../ops/server.js';
import { runTick, type TickDeps } from '../pipeline/tick.js';
import { describeDatabase } from '../store/index.js';
import { serveOps } from './ops.js';
import { onStopSignals } from './signals.js';
import { createTicker } from './ticker.js';
import { startWorker } from './worker.js';
import { clockLabel } from '../calendar/clock.js';
import { keepInJournal } from './journal.js';
import { serveStatusPage } from './web.js';
import type { StatusServer } from '../web/index.js';
import { messageLinks } from '../notify/discord/links.js';

const NOTIFIER_WORDS = {
  stdout: 'stdout',
  'discord-bot': 'a Discord bot',
  'discord-webhook': 'a Discord webhook',
} as const;

/** Exit codes the worker ends with. */
export const WORKER_EXIT = { ok: 0, failed: 1 } as const;

/** `exportwatch start`: the worker, ticking on its schedule until SIGINT or SIGTERM. */
export async function runWorker(app: App, version: string): Promise<void> {
  const { config, log } = app;
  exitOnCrash(log);
  const metrics = createMetrics({ databasePath: config.databasePath, version });
  const health = createHealth({ maxAgeMs: config.healthMaxTickAgeMs, startedAt: new Date() });

  let deps: TickDeps;
  let coordination: TickCoordination;
  try {
    await app.lockAsWorker();
    const built = await app.tick();
    deps = {
      ...built,
      http: instrumentHttp(built.http, metrics),
      store: instrumentStore(built.store, metrics),
      // Polling that follows the sources is the worker's: `exportwatch run` reads every source its interval and
      // backoff allow, as an outside scheduler expects.
      cadence: {
        minIntervalMs: config.polling.minIntervalMs,
        nextSlot: scheduleSlots(config.schedule, config.timezone),
      },
    };
    // With DATABASE_URL=postgres://… replicas share the schedule: one tick at a time across them.
    coordination = await createTickCoordination(config, log);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }

  let server: OpsServer | null = null;
  if (config.metrics) {
    server = await serveOps(config.metrics, { health, metrics }, log);
    if (!server) {
      await app.close();
      process.exit(WORKER_EXIT.failed);
    }
  }

  // The schedule's slots are the outer bound of the cadence: by the next one every source has been read again.
  const nextSlot = scheduleSlots(config.schedule, config.timezone);
  const nextTick = (): Date | null => nextSlot(new Date());
  const ticker = createTicker({
    run: (tickLog, signal) => runTick({ ...deps, log: tickLog }, { signal }),
    log,
    observers: [metrics.observeTick, health.observe],
    record: (outcome) => keepInJournal(deps.store, outcome),
  });
  const database = await describeDatabase(config.database);
  log.info(
    {
      summary: `worker started: ${config.sources.length} sources, alerts to ${NOTIFIER_WORDS[config.notifier.kind]}, database ${database}, schedule "${config.schedule}" in ${config.timezone}`,
      schedule: config.schedule,
      checkSeconds: config.polling.checkSeconds,
      minIntervalMinutes: config.polling.minIntervalMs / 60_000,
      timezone: config.timezone,
      sources: config.sources.length,
      notifier: config.notifier.kind,
      database,
      mode: coordination.mode,
    },
    'worker started',
  );
  const places =
    config.notifier.kind === 'stdout'
      ? []
      : await (await import('../notify/discord/checks.js')).logDiscordChecks(config.notifier, log);
  let page: StatusServer | null = null;
  if (config.web) {
    const worker = {
      version,
      nextTick,
      health: () => health.check(new Date()),
      messageLink: messageLinks(config.notifier, places),
    };
    page = await serveStatusPage(config.web, { reader: deps.store, config, worker }, log);
    if (!page) {
      await server?.close();
      await app.close();
      process.exit(WORKER_EXIT.failed);
    }
  }
  if (config.notifier.kind !== 'stdout')
    // Off the alert path: the first record's post does not wait for vega and resvg to load.
    void import('../notify/chart/render.js')
      .then((chart) => chart.loadChartRenderer())
      .catch((error: unknown) =>
        log.warn({ err: error }, 'chart renderer could not be loaded; alerts go without charts'),
      );
  // Sources are read when due (cadence.ts); the worker looks for due ones every polling.checkSeconds, or on the
  // schedule's own slots when they come more often.
  const worker = startWorker({
    schedule: checkSchedule(config.schedule, config.timezone, config.polling.checkSeconds),
    timezone: config.timezone,
    ticker,
    log,
    onOverlap: () => metrics.observeTick({ status: 'skipped', reason: 'schedule' }),
    coordination,
    onElsewhere: (slot) => health.observeElsewhere(slot),
  });
  const first = nextTick();
  log.info(
    {
      summary: `first tick now; then each source as it falls due, and every source by ${first ? clockLabel(first, config.timezone) : 'the next start'}`,
      nextTick: first?.toISOString() ?? null,
    },
    'next tick',
  );
  warnIfHealthBoundTooShort(worker.nextRuns(3), config.healthMaxTickAgeMs, log);

  onStopSignals(
    (signal) => {
      void (async () => {
        log.info(
          { signal, waitMs: ticker.busy ? config.shutdownTimeoutMs : 0 },
          ticker.busy ? 'stopping: the running tick stops its reads and finishes what it fetched' : 'stopping',
        );
        const result = await worker.stop(config.shutdownTimeoutMs);
        await server?.close();
        await page?.close();
        if (result === 'timed-out') {
          // Each article and each alert's outcome is stored in its own transaction, so what the tick
          // finished is kept; the rest is read again by the next tick. Closing HTTP would wait for it.
          await coordination.close().catch(() => undefined);
          await app.close({ abandonRequests: true });
          log.error(
            { waitedMs: config.shutdownTimeoutMs },
            'stopped without the running tick: it did not finish within SHUTDOWN_TIMEOUT',
          );
          process.exit(WORKER_EXIT.failed);
        }
        await coordination.close();
        await app.close();
        log.info('stopped');
        process.exit(WORKER_EXIT.ok);
      })().catch((error: unknown) => {
        log.fatal({ err: error }, 'stopping failed');
        process.exit(WORKER_EXIT.failed);
      });
    },
    (signal) => {
      log.warn({ signal }, 'second signal: exiting now without waiting for the running tick');
      process.exit(WORKER_EXIT.failed);
    },
  );
}

// A bug that escapes every handler is logged through the redacting logger (Node's own report would
// print raw error text), and exits non-zero so a supervisor restarts the worker.
function exitOnCrash(log: Logger): void {
  const crash = (error: unknown): void => {
    log.fatal({ err: error }, 'crashed');
    process.exit(WORKER_EXIT.failed);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

// A bound shorter than the gap between ticks makes /healthz fail between two good ticks.
function warnIfHealthBoundTooShort(next: Date[], maxAgeMs: number, log: Logger): void {
  const gaps = next.slice(1).map((d, i) => d.getTime() - next[i]!.getTime());
  const widest = Math.max(0, ...gaps);
  if (widest >= maxAgeMs) {
    log.warn(
      { healthMaxTickAgeMs: maxAgeMs, scheduleGapMs: widest },
      'HEALTH_MAX_TICK_AGE is not longer than the time between scheduled ticks: /healthz will fail between good ticks',
    );
  }
}
