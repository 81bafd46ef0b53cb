import { setTimeout as sleep } from 'node:timers/promises';
import cron, { type Logger as CronLogger } from 'node-cron';
import { TICK_TASK_NAME, type TickCoordination } from '../coordination/index.js';
import type { Logger } from '../log.js';
import type { Ticker } from './ticker.js';

/** How a stop ended: no tick was running, the running tick finished, or it outlasted the bound. */
export type StopResult = 'idle' | 'finished' | 'timed-out';

/** A worker ticking on its schedule until stopped. */
export interface Worker {
  /** Stops scheduling and the running tick's reads, then waits up to `timeoutMs` for the tick to end. */
  stop(timeoutMs: number): Promise<StopResult>;
  /** When the next scheduled ticks will start. */
  nextRuns(count: number): Date[];
}

/**
 * Schedules ticks with node-cron in the configured time zone, after one tick at start-up. `schedule` is when
 * to look for due sources (every `polling.checkSeconds`); which sources are due is the pipeline's business.
 */
export function startWorker(opts: {
  schedule: string;
  timezone: string;
  ticker: Ticker;
  log: Logger;
  onOverlap?: () => void;
  /** Replicas on PostgreSQL: node-cron's distributed options and a start-up tick that takes its turn. */
  coordination?: Pick<TickCoordination, 'cronOptions' | 'startUp'>;
  /** A slot another replica had (replicas only): this one is alive and taking part. */
  onElsewhere?: (slot: Date) => void;
}): Worker {
  const { ticker, log } = opts;
  const task = cron.schedule(opts.schedule, () => ticker.tick('schedule'), {
    timezone: opts.timezone,
    // node-cron skips a scheduled run while the previous one is pending; the ticker also covers the
    // start-up tick, which node-cron does not know about.
    noOverlap: true,
    // Also the lease row's name: replicas' start-up ticks take their turn under the same name.
    name: TICK_TASK_NAME,
    logger: cronLogger(log),
    ...opts.coordination?.cronOptions,
  });
  if (opts.onOverlap) task.on('execution:overlap', opts.onOverlap);
  const { onElsewhere } = opts;
  if (onElsewhere)
    task.on('execution:skipped', (ctx) => {
      if (ctx.reason === 'not-elected') onElsewhere(ctx.date);
    });
  const startUp = () => ticker.tick('start-up');
  void (opts.coordination ? opts.coordination.startUp(startUp) : startUp());

  return {
    async stop(timeoutMs) {
      await task.destroy();
      if (!ticker.busy) return 'idle';
      // The reads give up at once; what is left is storing the articles already fetched and a post in flight.
      ticker.stopRunning();
      const timer = new AbortController();
      const result = await Promise.race([
        ticker.idle().then((): StopResult => 'finished'),
        // Aborted only once the race is decided, so the rejection can be ignored.
        sleep(timeoutMs, 'timed-out' as const, { signal: timer.signal }).catch((): StopResult => 'finished'),
      ]);
      timer.abort();
      return result;
    },
    nextRuns(count) {
      return task.getNextRuns(count);
    },
  };
}

// node-cron logs through console by default; route it into our JSON lines.
function cronLogger(log: Logger): CronLogger {
  const child = log.child({ component: 'node-cron' });
  const text = (m: string | Error): string => (m instanceof Error ? m.message : m);
  return {
    info: (m) => child.debug(m),
    debug: (m) => child.debug(text(m)),
    warn: (m) => child.warn(m),
    error: (m, err) => child.error({ err: err ?? m }, text(m)),
  };
}
