import { setTimeout as sleep } from 'node:timers/promises';
import cron, { type Logger as CronLogger } from 'node-cron';
import type { Logger } from '../log.js';
import type { Ticker } from './ticker.js';

/** How a stop ended: no tick was running, the running tick finished, or it outlasted the bound. */
export type StopResult = 'idle' | 'finished' | 'timed-out';

/** A worker ticking on its schedule until stopped. */
export interface Worker {
  /** Stops scheduling, then waits up to `timeoutMs` for the running tick. */
  stop(timeoutMs: number): Promise<StopResult>;
  /** When the next scheduled ticks will start. */
  nextRuns(count: number): Date[];
}

/** Schedules ticks with node-cron in the configured time zone, after one tick at start-up. */
export function startWorker(opts: { schedule: string; timezone: string; ticker: Ticker; log: Logger; onOverlap?: () => void }): Worker {
  const { ticker, log } = opts;
  const task = cron.schedule(opts.schedule, () => ticker.tick('schedule'), {
    timezone: opts.timezone,
    // node-cron skips a scheduled run while the previous one is pending; the ticker also covers the
    // start-up tick, which node-cron does not know about.
    noOverlap: true,
    name: 'exportwatch-tick',
    logger: cronLogger(log),
  });
  if (opts.onOverlap) task.on('execution:overlap', opts.onOverlap);
  void ticker.tick('start-up');

  return {
    async stop(timeoutMs) {
      await task.destroy();
      if (!ticker.busy) return 'idle';
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
