import { afterEach, describe, expect, it } from 'vitest';
import { createHealth } from '../../src/ops/health.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../src/ops/server.js';
import { parseMetrics, valueOf } from '../support/prometheus.js';

const START = new Date('2025-03-01T00:00:00Z');
let server: OpsServer;
afterEach(async () => server?.close());

async function serve(now: Date): Promise<OpsServer> {
  const health = createHealth({ maxAgeMs: 60_000, startedAt: START });
  const metrics = createMetrics({ databasePath: '/nonexistent/exportwatch.db', version: '1.2.3' });
  server = await startOpsServer({ host: '127.0.0.1', port: 0, health, metrics, now: () => now });
  return server;
}

describe('the /healthz and /metrics listener', () => {
  it('listens on 127.0.0.1 and answers /healthz with 200 and the verdict as JSON', async () => {
    const { url } = await serve(new Date(START.getTime() + 1000));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ status: 'ok', lastSuccessfulTick: null, maxAgeSeconds: 60 });
  });

  it('answers /healthz with 503 once no tick succeeded within the bound', async () => {
    const { url } = await serve(new Date(START.getTime() + 61_000));
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'stale', ageSeconds: 61 });
  });

  it('serves /metrics in the Prometheus text format, without a database size when the file is missing', async () => {
    const { url } = await serve(START);
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE exportwatch_ticks_total counter');
    const samples = parseMetrics(text);
    expect(valueOf(samples, 'exportwatch_ticks_total', { outcome: 'ok' })).toBe(0);
    expect(valueOf(samples, 'exportwatch_info', { version: '1.2.3' })).toBe(1);
    expect(samples.some((s) => s.name === 'exportwatch_database_size_bytes')).toBe(false);
  });

  it('answers 404 to other paths and 405 to other methods', async () => {
    const { url } = await serve(START);
    expect((await fetch(`${url}/`)).status).toBe(404);
    const post = await fetch(`${url}/metrics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('fails to start with the address named when the port is taken', async () => {
    const first = await serve(START);
    const port = new URL(first.url).port;
    const health = createHealth({ maxAgeMs: 60_000, startedAt: START });
    const metrics = createMetrics({ databasePath: ':memory:', version: '0' });
    await expect(startOpsServer({ host: '127.0.0.1', port: Number(port), health, metrics })).rejects.toThrow(
      new RegExp(`EADDRINUSE.*127\\.0\\.0\\.1:${port}`),
    );
  });
});
