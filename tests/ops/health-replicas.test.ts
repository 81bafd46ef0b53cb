import { describe, expect, it } from 'vitest';
import { createHealth } from '../../src/ops/health.js';

const START = new Date('2025-03-01T00:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);
const HOUR = 60 * 60_000;

describe('/healthz verdict of a replica on PostgreSQL', () => {
  it('stays healthy while other replicas run the schedule, and says so', () => {
    const health = createHealth({ maxAgeMs: HOUR, startedAt: START });
    for (const minute of [30, 60, 90]) health.observeElsewhere(at(minute));
    expect(health.check(at(120))).toMatchObject({
      status: 'ok',
      lastTick: null,
      lastSuccessfulTick: null,
      lastSlotElsewhere: at(90).toISOString(),
    });
  });

  it('turns stale when neither it nor any other replica has had a slot within the bound', () => {
    const health = createHealth({ maxAgeMs: HOUR, startedAt: START });
    health.observeElsewhere(at(30));
    expect(health.check(at(91))).toMatchObject({ status: 'stale', ageSeconds: 61 * 60 });
  });
});
