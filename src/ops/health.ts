import type { TickOutcome } from './tick-outcome.js';

/** What /healthz answers: healthy while a tick succeeded recently enough. */
export interface HealthReport {
  status: 'ok' | 'stale';
  /** When the worker started; the reference before the first successful tick. */
  startedAt: string;
  lastTick: { at: string; outcome: 'ok' | 'failed' | 'crashed' } | null;
  lastSuccessfulTick: string | null;
  /** Replicas only: the last schedule slot another replica ran; it keeps this replica healthy too. */
  lastSlotElsewhere?: string;
  /** Seconds since the last successful tick (or since start-up, before the first one). */
  ageSeconds: number;
  maxAgeSeconds: number;
}

/** Tracks tick outcomes and judges whether the worker is doing its job. */
export interface Health {
  observe(outcome: TickOutcome): void;
  /** Replicas: another replica had this slot; this one is alive and taking part, which counts as recent. */
  observeElsewhere(slot: Date): void;
  check(now: Date): HealthReport;
}

/**
 * A tick is successful when it finished with every source read and every alert delivered — the same
 * rule as `exportwatch run`'s exit code 0. The worker gets `maxAgeMs` of grace after start-up.
 */
export function createHealth(opts: { maxAgeMs: number; startedAt: Date }): Health {
  let lastTick: HealthReport['lastTick'] = null;
  let lastSuccess: Date | null = null;
  let lastElsewhere: Date | null = null;
  return {
    observe(outcome) {
      if (outcome.status === 'skipped') return;
      const at = new Date(outcome.startedAt.getTime() + outcome.durationMs);
      const result = outcome.status === 'crashed' ? 'crashed' : outcome.summary.failed ? 'failed' : 'ok';
      lastTick = { at: at.toISOString(), outcome: result };
      if (result === 'ok') lastSuccess = at;
    },
    observeElsewhere(slot) {
      // Without this a replica that is rarely elected would turn stale while the group ticks fine.
      if (lastElsewhere === null || slot > lastElsewhere) lastElsewhere = slot;
    },
    check(now) {
      const candidates = [lastSuccess, lastElsewhere].filter((d): d is Date => d !== null);
      const reference =
        candidates.length > 0 ? new Date(Math.max(...candidates.map((d) => d.getTime()))) : opts.startedAt;
      const ageMs = Math.max(0, now.getTime() - reference.getTime());
      return {
        status: ageMs > opts.maxAgeMs ? 'stale' : 'ok',
        startedAt: opts.startedAt.toISOString(),
        lastTick,
        lastSuccessfulTick: lastSuccess?.toISOString() ?? null,
        ...(lastElsewhere ? { lastSlotElsewhere: lastElsewhere.toISOString() } : {}),
        ageSeconds: Math.round(ageMs / 1000),
        maxAgeSeconds: opts.maxAgeMs / 1000,
      };
    },
  };
}
