import { describe, expect, it } from 'vitest';
import { createHealth } from '../../src/ops/health.js';
import type { TickSummary } from '../../src/pipeline/tick.js';
import type { TickOutcome } from '../../src/ops/tick-outcome.js';

const START = new Date('2025-03-01T00:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);
const HOUR = 60 * 60_000;

function summary(failed: boolean): TickSummary {
  return {
    sources: [],
    articles: 0,
    figures: 0,
    alertsCreated: 0,
    delivery: { sent: 0, edited: 0, followUps: 0, reviews: 0, failed: 0, retrying: 0 },
    failed,
    stopped: false,
    nextReadAt: null,
  };
}
function tick(minute: number, failed: boolean): TickOutcome {
  return { status: 'done', reason: 'schedule', summary: summary(failed), startedAt: at(minute), durationMs: 0 };
}

describe('/healthz verdict', () => {
  it('is healthy after start-up until the bound passes without a successful tick', () => {
    const health = createHealth({ maxAgeMs: HOUR, startedAt: START });
    expect(health.check(at(59))).toMatchObject({ status: 'ok', lastTick: null, lastSuccessfulTick: null });
    expect(health.check(at(61))).toMatchObject({ status: 'stale', ageSeconds: 61 * 60, maxAgeSeconds: 3600 });
  });

  it('turns stale when the last successful tick is older than the bound, however many ticks failed since', () => {
    const health = createHealth({ maxAgeMs: HOUR, startedAt: START });
    health.observe(tick(0, false));
    for (const minute of [30, 60, 90]) health.observe(tick(minute, true));
    health.observe({
      status: 'crashed',
      reason: 'schedule',
      error: new Error('bug'),
      startedAt: at(95),
      durationMs: 0,
    });

    const report = health.check(at(100));
    expect(report).toMatchObject({
      status: 'stale',
      lastSuccessfulTick: START.toISOString(),
      lastTick: { outcome: 'crashed' },
    });
  });

  it('is healthy again after the next successful tick', () => {
    const health = createHealth({ maxAgeMs: HOUR, startedAt: START });
    health.observe(tick(90, true));
    expect(health.check(at(120)).status).toBe('stale');
    health.observe(tick(120, false));
    expect(health.check(at(121))).toMatchObject({
      status: 'ok',
      lastSuccessfulTick: at(120).toISOString(),
      lastTick: { outcome: 'ok' },
    });
  });

  it('does not count a skipped tick as a tick', () => {
    const health = createHealth({ maxAgeMs: HOUR, startedAt: START });
    health.observe({ status: 'skipped', reason: 'schedule' });
    expect(health.check(at(1)).lastTick).toBeNull();
  });
});
