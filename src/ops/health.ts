import type { TickOutcome } from '../worker/ticker.js';

/** What /healthz answers: healthy while a tick succeeded recently enough. */
export interface HealthReport {
  status: 'ok' | 'stale';
  /** When the worker started; the reference before the first successful tick. */
  startedAt: string;
  lastTick: { at: string; outcome: 'ok' | 'failed' | 'crashed' } | null;
  lastSuccessfulTick: string | null;
  /** Seconds since the last successful tick (or since start-up, before the first one). */
  ageSeconds: number;
  maxAgeSeconds: number;
}

/** Tracks tick outcomes and judges whether the worker is doing its job. */
export interface Health {
  observe(outcome: TickOutcome): void;
  check(now: Date): HealthReport;
}

/**
 * A tick is successful when it finished with every source read and every alert delivered — the same
 * rule as `exportwatch run`'s exit code 0. The worker gets `maxAgeMs` of grace after start-up.
 */
export function createHealth(opts: { maxAgeMs: number; startedAt: Date }): Health {
  let lastTick: HealthReport['lastTick'] = null;
  let lastSuccess: Date | null = null;
  return {
    observe(outcome) {
      if (outcome.status === 'skipped') return;
      const at = new Date(outcome.startedAt.getTime() + outcome.durationMs);
      const result = outcome.status === 'crashed' ? 'crashed' : outcome.summary.failed ? 'failed' : 'ok';
      lastTick = { at: at.toISOString(), outcome: result };
      if (result === 'ok') lastSuccess = at;
    },
    check(now) {
      const reference = lastSuccess ?? opts.startedAt;
      const ageMs = Math.max(0, now.getTime() - reference.getTime());
      return {
        status: ageMs > opts.maxAgeMs ? 'stale' : 'ok',
        startedAt: opts.startedAt.toISOString(),
        lastTick,
        lastSuccessfulTick: lastSuccess?.toISOString() ?? null,
        ageSeconds: Math.round(ageMs / 1000),
        maxAgeSeconds: opts.maxAgeMs / 1000,
      };
    },
  };
}
