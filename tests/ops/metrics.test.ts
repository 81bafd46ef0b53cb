/** Metrics fed by a real tick: fixture site on 127.0.0.1, real SQLite file, real discord.js against the fake. */
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.js';
import { instrumentHttp, instrumentStore } from '../../src/ops/instrument.js';
import { runTick, type TickDeps } from '../../src/pipeline/tick.js';
import { createTicker } from '../../src/worker/ticker.js';
import { parseMetrics, valueOf } from '../support/prometheus.js';
import { createWorld, type World } from '../support/world/index.js';

let world: World;
afterEach(async () => {
  await world?.close();
});

async function setUp() {
  world = await createWorld({
    fixtureSite: true,
    seed: { upTo: '2023-11' },
    discord: { botToken: 'test-bot-token-0123456789' },
  });
  const metrics = createMetrics({ databasePath: world.dbPath, version: '9.9.9' });
  const deps: TickDeps = {
    ...world.deps,
    http: instrumentHttp(world.deps.http, metrics),
    store: instrumentStore(world.deps.store, metrics),
  };
  const ticker = createTicker({
    run: (log) => runTick({ ...deps, log }),
    log: world.deps.log,
    observers: [metrics.observeTick],
  });
  const scrape = async () => parseMetrics(await metrics.registry.metrics());
  return { deps, ticker, scrape };
}

describe('metrics of a tick', () => {
  it('count the tick, its fetches, articles, figures by series, alerts and the database size', async () => {
    const { ticker, scrape } = await setUp();
    const outcome = await ticker.tick('start-up');
    if (outcome.status !== 'done') throw new Error(`tick ${outcome.status}`);
    const { summary } = outcome;
    const m = await scrape();

    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'ok' })).toBe(1);
    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'failed' })).toBe(0);
    expect(valueOf(m, 'exportwatch_tick_duration_seconds_count')).toBe(1);
    expect(valueOf(m, 'exportwatch_last_successful_tick_timestamp_seconds')).toBeGreaterThan(
      Date.parse('2025-01-01') / 1000,
    );
    // The feed and its two articles.
    expect(valueOf(m, 'exportwatch_fetches_total', { outcome: 'ok' })).toBe(3);
    expect(valueOf(m, 'exportwatch_fetch_duration_seconds_count')).toBe(3);
    expect(valueOf(m, 'exportwatch_articles_total')).toBe(summary.articles);
    expect(summary.articles).toBe(2);
    const bySeries = m.filter((s) => s.name === 'exportwatch_figures_total');
    expect(bySeries.map((s) => s.labels.series)).toContain('pk-it-exports');
    expect(bySeries.reduce((n, s) => n + s.value, 0)).toBe(summary.figures);
    expect(valueOf(m, 'exportwatch_alerts_total', { outcome: 'created' })).toBe(1);
    expect(valueOf(m, 'exportwatch_alerts_total', { outcome: 'sent' })).toBe(1);
    expect(world.discord.messages.size).toBe(1);
    expect(valueOf(m, 'exportwatch_source_reads_total', { source: 'techwire', status: 'ok' })).toBe(1);
    expect(valueOf(m, 'exportwatch_database_size_bytes', { file: 'main' })).toBe(statSync(world.dbPath).size);
    expect(valueOf(m, 'exportwatch_info', { version: '9.9.9' })).toBe(1);
    expect(valueOf(m, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('count a failing source on every read and its failures in a row, count the ticks it backs off as failed, and reset the streak when it recovers', async () => {
    const { deps, ticker, scrape } = await setUp();
    let clock = Date.parse('2026-03-01T10:00:00Z');
    deps.now = () => new Date(clock);
    const good = deps.sources[0]!;
    const broken = { ...good, id: 'broken', url: `${world.fixtureSite.baseUrl}/no-such-feed/` };
    deps.sources = [broken, good];
    await ticker.tick('start-up');
    // Past the first backoff (5 minutes): the broken feed is read again.
    clock += 6 * 60_000;
    await ticker.tick('schedule');
    // Within the second backoff (10 minutes): not asked, but the tick still counts as failed.
    clock += 60_000;
    await ticker.tick('schedule');
    let m = await scrape();

    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'failed' })).toBe(3);
    expect(valueOf(m, 'exportwatch_source_reads_total', { source: 'broken', status: 'error' })).toBe(2);
    expect(valueOf(m, 'exportwatch_source_reads_total', { source: 'broken', status: 'skipped' })).toBe(1);
    expect(valueOf(m, 'exportwatch_source_consecutive_failures', { source: 'broken' })).toBe(2);
    expect(valueOf(m, 'exportwatch_source_consecutive_failures', { source: 'techwire' })).toBe(0);
    expect(valueOf(m, 'exportwatch_fetches_total', { outcome: 'error' })).toBe(2);
    expect(valueOf(m, 'exportwatch_last_successful_tick_timestamp_seconds')).toBe(0);

    deps.sources = [{ ...broken, url: good.url }];
    clock += 15 * 60_000;
    await ticker.tick('schedule');
    m = await scrape();
    expect(valueOf(m, 'exportwatch_source_consecutive_failures', { source: 'broken' })).toBe(0);
    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'ok' })).toBe(1);
  });

  it('count alerts Discord did not take as retrying', async () => {
    const { ticker, scrape } = await setUp();
    world.discord.fail({ kind: '500', route: 'create', times: 4 });
    await ticker.tick('start-up');
    const m = await scrape();
    expect(valueOf(m, 'exportwatch_alerts_total', { outcome: 'retrying' })).toBe(1);
    expect(valueOf(m, 'exportwatch_alerts_total', { outcome: 'sent' })).toBe(0);
    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'failed' })).toBe(1);
  });

  it('count a crashed tick without stopping the next one', async () => {
    const { deps, ticker, scrape } = await setUp();
    const store = deps.store;
    deps.store = { ...store, dueDeliveries: () => Promise.reject(new Error('disk on fire')) };
    expect((await ticker.tick('start-up')).status).toBe('crashed');
    deps.store = store;
    expect((await ticker.tick('schedule')).status).toBe('done');
    const m = await scrape();
    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'crashed' })).toBe(1);
    expect(valueOf(m, 'exportwatch_ticks_total', { outcome: 'ok' })).toBe(1);
  });
});
