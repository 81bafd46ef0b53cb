import type { Logger } from '../log.js';
import type { TickOutcome, TickReason } from '../ops/tick-outcome.js';
import type { TickSummary } from '../pipeline/tick.js';

/** Runs ticks one at a time: a tick asked for while another runs is skipped, never queued or overlapped. */
export interface Ticker {
  tick(reason: TickReason): Promise<TickOutcome>;
  /** Resolves when no tick is running. */
  idle(): Promise<void>;
  /** Stops the running tick, if any: its reads give up at once; what it stored and delivered is kept. */
  stopRunning(): void;
  readonly busy: boolean;
}

/**
 * `run` is one pipeline tick with the logger it should use and the signal that stops it; each tick gets a
 * child logger with its number, so the "tick finished" line and everything before it can be told apart.
 */
export function createTicker(opts: {
  run: (log: Logger, signal: AbortSignal) => Promise<TickSummary>;
  log: Logger;
  observers?: ReadonlyArray<(outcome: TickOutcome) => void>;
  /** Keeps each finished tick (the store's journal); awaited, so a tick is listed once it is over. */
  record?: (outcome: Exclude<TickOutcome, { status: 'skipped' }>) => Promise<void>;
  now?: () => Date;
}): Ticker {
  const now = opts.now ?? (() => new Date());
  let running: Promise<TickOutcome> | null = null;
  let stopping: AbortController | null = null;
  let count = 0;

  const notify = (outcome: TickOutcome): TickOutcome => {
    for (const observe of opts.observers ?? []) {
      try {
        observe(outcome);
      } catch (error) {
        // A broken metric must not turn a good tick into a crashed one.
        opts.log.error({ err: error }, 'tick observer failed');
      }
    }
    return outcome;
  };

  async function attempt(reason: TickReason): Promise<TickOutcome> {
    const log = opts.log.child({ tick: ++count });
    const startedAt = now();
    const elapsed = (): number => now().getTime() - startedAt.getTime();
    let outcome: Exclude<TickOutcome, { status: 'skipped' }>;
    stopping = new AbortController();
    try {
      const summary = await opts.run(log, stopping.signal);
      outcome = { status: 'done', reason, summary, startedAt, durationMs: elapsed() };
    } catch (error) {
      // A crash is a bug in a stage, not a bad source; the worker keeps its schedule and tries again.
      log.error({ err: error, reason }, 'tick crashed');
      outcome = { status: 'crashed', reason, error: error as Error, startedAt, durationMs: elapsed() };
    }
    // The journal is what the status page shows; a tick it could not keep is still a tick that ran.
    await opts.record?.(outcome).catch((error: unknown) => log.warn({ err: error }, 'tick not kept in the journal'));
    return notify(outcome);
  }

  return {
    tick(reason) {
      if (running) {
        opts.log.warn({ reason }, 'tick skipped: the previous tick is still running');
        return Promise.resolve(notify({ status: 'skipped', reason }));
      }
      const current = attempt(reason).finally(() => {
        running = null;
        stopping = null;
      });
      running = current;
      return current;
    },
    async idle() {
      await running;
    },
    stopRunning() {
      stopping?.abort();
    },
    get busy() {
      return running !== null;
    },
  };
}
