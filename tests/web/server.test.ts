/** The status page's listener: read-only, guarded off loopback, with its security headers and its JSON. */
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { startStatusServer, type StatusServer } from '../../src/web/index.js';
import { createWorld, type World } from '../support/world/index.js';

let world: World;
let server: StatusServer;
afterEach(async () => {
  await server?.close();
  await world?.close();
});

const TOKEN = 'a-long-random-token-0123456789';

async function serve(token: string | null = null): Promise<string> {
  world = await createWorld({ seed: { upTo: '2023-11' }, fixtureSite: true });
  await world.tick();
  server = await startStatusServer({
    host: '127.0.0.1',
    port: 0,
    token,
    reader: world.store,
    config: { series: world.series, sources: [...world.deps.sources], timezone: 'Asia/Karachi' },
    worker: { version: '9.9.9', nextTick: () => null },
  });
  return server.url;
}

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  request(url, { method: method as 'GET', headers });

describe('the status page server', () => {
  it('answers with a CSP that allows no script, and the other security headers', async () => {
    const url = await serve();
    const res = await get(`${url}/`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const body = await res.body.text();
    expect(body).not.toMatch(/<script|\son\w+=/i);
  });

  it('changes nothing: every method but GET and HEAD is refused with 405', async () => {
    const url = await serve();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get(`${url}/api/status`, {}, method);
      expect(res.statusCode, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      await res.body.dump();
    }
    const head = await get(`${url}/`, {}, 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(await head.body.text()).toBe('');
  });

  it('serves the same status as JSON for scripts, and the chart as a PNG a browser may keep', async () => {
    const url = await serve();
    const status = (await (await get(`${url}/api/status`)).body.json()) as {
      version: string;
      series: Array<{ id: string; record: { month: string; value: number } | null }>;
      ticks: unknown[];
    };
    expect(status.version).toBe('9.9.9');
    expect(status.series.find((s) => s.id === 'pk-it-exports')?.record).toEqual({ month: '2023-12', value: 303e6 });
    const chart = await get(`${url}/charts/pk-it-exports.png`);
    expect(chart.statusCode).toBe(200);
    expect(chart.headers['content-type']).toBe('image/png');
    await chart.body.dump();
    const again = await get(`${url}/charts/pk-it-exports.png`, { 'if-none-match': String(chart.headers.etag) });
    expect(again.statusCode).toBe(304);
    await again.body.dump();
    const none = await get(`${url}/charts/pk-remittances.png`);
    expect(none.statusCode).toBe(404);
    await none.body.dump();
  });

  it('asks for the token when one is set, and takes it as a Bearer token or a Basic password', async () => {
    const url = await serve(TOKEN);
    const without = await get(`${url}/`);
    expect(without.statusCode).toBe(401);
    expect(without.headers['www-authenticate']).toBe('Basic realm="exportwatch", charset="UTF-8"');
    await without.body.dump();
    const wrong = await get(`${url}/`, { authorization: 'Bearer not-the-token-0123456789' });
    expect(wrong.statusCode).toBe(401);
    await wrong.body.dump();
    const bearer = await get(`${url}/api/status`, { authorization: `Bearer ${TOKEN}` });
    expect(bearer.statusCode).toBe(200);
    await bearer.body.dump();
    const basic = await get(`${url}/`, {
      authorization: `Basic ${Buffer.from(`me:${TOKEN}`).toString('base64')}`,
    });
    expect(basic.statusCode).toBe(200);
    await basic.body.dump();
  });

  it('without a token answers only requests naming this machine, so no page can rebind a name to it', async () => {
    const url = await serve();
    const rebound = await get(`${url}/`, { host: 'attacker.example:8080' });
    expect(rebound.statusCode).toBe(403);
    await rebound.body.dump();
    const local = await get(`${url}/`, { host: `localhost:${new URL(url).port}` });
    expect(local.statusCode).toBe(200);
    await local.body.dump();
  });
});

describe('the status page configuration', () => {
  it('refuses to serve off loopback without a token, naming WEB_TOKEN', () => {
    expect(() => loadConfig({ WEB_PORT: '8080', WEB_HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_PORT: '8080', WEB_HOST: '0.0.0.0' })).toThrow(
      /WEB_TOKEN: required when WEB_HOST \(0\.0\.0\.0\) is not a loopback address/,
    );
    expect(loadConfig({ WEB_PORT: '8080', WEB_HOST: '0.0.0.0', WEB_TOKEN: TOKEN }).web).toEqual({
      host: '0.0.0.0',
      port: 8080,
      token: TOKEN,
    });
    expect(loadConfig({ WEB_PORT: '8080' }).web).toEqual({ host: '127.0.0.1', port: 8080, token: null });
    expect(loadConfig({ WEB_PORT: '8080', WEB_TOKEN: TOKEN }).secrets.tokens).toContain(TOKEN);
  });
});
