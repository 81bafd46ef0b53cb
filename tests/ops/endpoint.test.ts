/** `exportwatch start` with METRICS_PORT set, as a child process reading the fixture site. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { SITE } from '../support/paths.js';
import { parseMetrics, valueOf } from '../support/prometheus.js';
import { msg, startWorkerProcess, type WorkerProcess } from '../support/worker.js';

let site: FixtureServer;
let worker: WorkerProcess;
afterEach(async () => {
  await worker?.cleanUp();
  await site?.close();
});

async function listening(w: WorkerProcess): Promise<string> {
  return String((await w.waitForLog(msg('serving /healthz and /metrics'), 'listener line')).url);
}

describe('exportwatch start with METRICS_PORT', () => {
  it('serves /metrics and /healthz for the ticks it ran, on 127.0.0.1 by default', async () => {
    site = await startFixtureServer(SITE);
    worker = startWorkerProcess({
      sources: [{ id: 'techwire', outlet: 'TechWire Pakistan', kind: 'rss', url: `${site.baseUrl}/feed/` }],
      env: { SCHEDULE: '0 0 1 1 *', METRICS_PORT: '0' },
    });
    const url = await listening(worker);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await worker.waitForLog(msg('tick finished'), 'start-up tick');

    const samples = parseMetrics(await (await fetch(`${url}/metrics`)).text());
    expect(valueOf(samples, 'exportwatch_ticks_total', { outcome: 'ok' })).toBe(1);
    expect(valueOf(samples, 'exportwatch_fetches_total', { outcome: 'ok' })).toBe(3);
    expect(valueOf(samples, 'exportwatch_articles_total')).toBe(2);
    expect(valueOf(samples, 'exportwatch_figures_total', { series: 'pk-it-exports' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'exportwatch_database_size_bytes', { file: 'main' })).toBeGreaterThan(0);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', lastTick: { outcome: 'ok' } });

    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);
  });

  it('fails /healthz with 503 when no tick has succeeded within HEALTH_MAX_TICK_AGE', async () => {
    site = await startFixtureServer(SITE);
    worker = startWorkerProcess({
      sources: [{ id: 'gone', outlet: 'Gone', kind: 'rss', url: `${site.baseUrl}/no-such-feed/` }],
      env: { SCHEDULE: '* * * * * *', METRICS_PORT: '0', HEALTH_MAX_TICK_AGE: '1s' },
    });
    const url = await listening(worker);
    // The third tick runs on the second scheduled slot, a whole second after the first one, which came
    // after start-up: by its end the worker has gone more than the 1 s bound without a good tick.
    await worker.waitForLog(msg('tick finished', { tick: 3 }), 'third tick');

    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'stale',
      lastSuccessfulTick: null,
      lastTick: { outcome: 'failed' },
      maxAgeSeconds: 1,
    });
  });
});
