/** What the status page and `sources --retry` need of the store, on SQLite and on PostgreSQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newHealth } from '../../src/pipeline/source-health.js';
import { TICKS_KEPT } from '../../src/store/ticks.js';
import type { Store, TickRecord } from '../../src/store/types.js';
import { STORE_KINDS, type StoreLocation } from './stores.js';

const tick = (n: number, over: Partial<TickRecord> = {}): TickRecord => ({
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  finishedAt: new Date(Date.UTC(2026, 0, 1, 0, n, 5)).toISOString(),
  reason: 'schedule',
  outcome: 'ok',
  summary: `tick ${n}`,
  sources: 7,
  read: 7,
  unchanged: 0,
  failed: 0,
  notDue: 0,
  articles: n,
  figures: 0,
  alertsCreated: 0,
  alertsSent: 0,
  alertsFailed: 0,
  error: null,
  ...over,
});

describe.each(STORE_KINDS)('the $name store', (kind) => {
  let location: StoreLocation;
  let store: Store;

  beforeEach(async (ctx) => {
    if (!kind.available) ctx.skip(`PostgreSQL tests skipped: ${kind.skipReason}`);
    location = await kind.create();
    store = await location.open();
  });
  afterEach(async () => {
    await store?.close().catch(() => undefined);
    await location?.dispose();
  });

  it('keeps a journal of finished ticks, newest first, across a reopen', async () => {
    await store.recordTick(tick(1));
    await store.recordTick(tick(2, { outcome: 'crashed', error: 'TypeError: boom', summary: 'tick crashed' }));
    await store.close();
    store = await location.open();
    const ticks = await store.recentTicks(10);
    expect(ticks.map((t) => t.summary)).toEqual(['tick crashed', 'tick 1']);
    expect(ticks[0]).toMatchObject({ outcome: 'crashed', error: 'TypeError: boom', reason: 'schedule', sources: 7 });
    expect(typeof ticks[0]!.id).toBe('number');
    expect(await store.recentTicks(1)).toHaveLength(1);
  });

  it(`keeps only the newest ${TICKS_KEPT} ticks`, async () => {
    for (let n = 1; n <= TICKS_KEPT + 3; n++) await store.recordTick(tick(n));
    const ticks = await store.recentTicks(TICKS_KEPT + 10);
    expect(ticks).toHaveLength(TICKS_KEPT);
    expect(ticks[0]!.articles).toBe(TICKS_KEPT + 3);
    expect(ticks.at(-1)!.articles).toBe(4);
  });

  it('makes waiting sources due again, keeping their failure count, and says which were waiting', async () => {
    const failing = (id: string) => ({
      ...newHealth(id),
      consecutiveFailures: 3,
      lastOutcome: 'error' as const,
      lastError: 'HTTP 503',
      nextAttemptAt: '2026-01-01T01:00:00.000Z',
    });
    await store.saveSourceRead(failing('dawn'), []);
    await store.saveSourceRead(failing('tribune'), []);
    await store.saveSourceRead({ ...newHealth('app'), lastOutcome: 'ok' }, []);

    expect(await store.retrySources(['dawn', 'app', 'unknown'])).toEqual(['dawn']);
    const health = new Map((await store.sourceHealth()).map((h) => [h.sourceId, h]));
    expect(health.get('dawn')).toMatchObject({ nextAttemptAt: null, consecutiveFailures: 3, lastError: 'HTTP 503' });
    expect(health.get('tribune')?.nextAttemptAt).toBe('2026-01-01T01:00:00.000Z');

    expect(await store.retrySources('all')).toEqual(['tribune']);
    expect(await store.retrySources('all')).toEqual([]);
  });
});
