import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpOptions } from '../../src/scrapers/http.js';
import type { HttpClient } from '../../src/scrapers/types.js';
import { faults, startFaultSite, type FaultSite } from '../support/fault-server.js';
import { FAST_HTTP, TEST_USER_AGENT } from '../support/world/index.js';

// Every connection undici is about to open, by host: a refused address must never appear here.
const attempts: string[] = [];
const onConnect = (message: unknown): void =>
  void attempts.push((message as { connectParams: { hostname: string } }).connectParams.hostname);

describe('links to private addresses', () => {
  let site: FaultSite;
  let trap: FaultSite;
  let http: HttpClient;
  const lookups: string[] = [];

  beforeEach(async () => {
    attempts.length = 0;
    lookups.length = 0;
    subscribe('undici:client:beforeConnect', onConnect);
    site = await startFaultSite('127.0.0.1');
    // A server where a refused address would land: it must never see a connection.
    trap = await startFaultSite('127.0.0.2');
    trap.route('/secret', faults.ok('secret'));
  });
  afterEach(async () => {
    unsubscribe('undici:client:beforeConnect', onConnect);
    await http?.close();
    await site.close();
    await trap.close();
  });

  function client(opts: Partial<HttpOptions>, names: Record<string, string[] | (() => string[])> = {}): HttpClient {
    http = createHttpClient({
      userAgent: TEST_USER_AGENT,
      allowPrivateNetworks: false,
      ...FAST_HTTP,
      robots: false,
      // Test names resolve only through this table; nothing reaches real DNS.
      lookup: async (host) => {
        lookups.push(host);
        const answer = names[host];
        if (!answer) throw Object.assign(new Error(`unknown test host ${host}`), { code: 'ENOTFOUND' });
        return typeof answer === 'function' ? answer() : answer;
      },
      ...opts,
    });
    return http;
  }

  it.each([
    [
      'a name resolving into 10.0.0.0/8',
      'http://intranet.example/feed',
      { 'intranet.example': ['10.20.30.40'] },
      /private address 10\.20\.30\.40/,
    ],
    [
      'a name resolving to cloud metadata',
      'http://metadata.example/latest/meta-data/',
      { 'metadata.example': ['169.254.169.254'] },
      /private address 169\.254\.169\.254/,
    ],
    [
      'the metadata address itself',
      'http://169.254.169.254/latest/meta-data/',
      {},
      /private address 169\.254\.169\.254/,
    ],
    ['a 172.16/12 address', 'http://172.16.5.4/', {}, /private address 172\.16\.5\.4/],
    ['IPv6 loopback', 'http://[::1]/', {}, /private address ::1/],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:7f00:1]/', {}, /private address ::ffff:7f00:1/],
  ])('refuses %s before connecting', async (_name, url, names, message) => {
    const res = await client({}, names).get(url);
    expect(res).toMatchObject({ status: 'error', transient: false });
    expect(res.status === 'error' && res.error.message).toMatch(message);
    expect(attempts).toEqual([]);
  });

  it('refuses loopback unless private networks are allowed', async () => {
    site.route('/feed', faults.ok('<rss><channel></channel></rss>', { type: 'application/rss+xml' }));
    const refused = await client({}).get(`${site.baseUrl}/feed`, { expect: 'xml' });
    expect(refused.status === 'error' && refused.error.message).toMatch(/private address 127\.0\.0\.1/);
    expect(site.hits('/feed')).toBe(0);
    await http.close();
    const allowed = await client({ allowPrivateNetworks: true }).get(`${site.baseUrl}/feed`, { expect: 'xml' });
    expect(allowed.status).toBe('ok');
  });

  it('refuses a redirect to a loopback address outside the allowed range, and never connects to it', async () => {
    site.route('/feed', faults.redirect(`${trap.baseUrl}/secret`));
    const res = await client({ allowPrivateNetworks: ['127.0.0.1/32'] }).get(`${site.baseUrl}/feed`);
    expect(res.status === 'error' && res.error.message).toMatch(/private address 127\.0\.0\.2/);
    expect(trap.requests).toEqual([]);
    expect(attempts).not.toContain('127.0.0.2');
  });

  it('refuses a redirect to a name that resolves to cloud metadata, before connecting', async () => {
    site.route('/feed', faults.redirect('http://metadata.google.internal/computeMetadata/v1/'));
    const res = await client(
      { allowPrivateNetworks: ['127.0.0.1/32'] },
      { 'metadata.google.internal': ['169.254.169.254'] },
    ).get(`${site.baseUrl}/feed`);
    expect(res.status === 'error' && res.error.message).toMatch(
      /private address 169\.254\.169\.254 \(metadata\.google\.internal\)/,
    );
    expect(lookups).toContain('metadata.google.internal');
    expect(attempts).not.toContain('metadata.google.internal');
  });

  it('refuses a name whose DNS answer changes to a forbidden address between the check and the connection', async () => {
    let calls = 0;
    // First answer passes the check; the one used to connect points at the trap (DNS rebinding).
    const rebinding = (): string[] => (calls++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']);
    const port = new URL(trap.baseUrl).port;
    const res = await client({ allowPrivateNetworks: ['127.0.0.1/32'] }, { 'rebind.example': rebinding }).get(
      `http://rebind.example:${port}/secret`,
    );
    expect(res.status === 'error' && res.error.message).toMatch(/private address 127\.0\.0\.2/);
    expect(trap.requests).toEqual([]);
  });

  it('refuses a name when any of its addresses is forbidden, even if another is allowed', async () => {
    const port = new URL(trap.baseUrl).port;
    const res = await client(
      { allowPrivateNetworks: ['127.0.0.1/32'] },
      { 'mixed.example': ['127.0.0.1', '127.0.0.2'] },
    ).get(`http://mixed.example:${port}/secret`);
    expect(res.status === 'error' && res.error.message).toMatch(/private address 127\.0\.0\.2/);
    expect(attempts).toEqual([]);
    expect(trap.requests).toEqual([]);
  });

  it('refuses a redirect to a file: URL', async () => {
    site.route('/feed', faults.redirect('file:///etc/passwd'));
    const res = await client({ allowPrivateNetworks: ['127.0.0.1/32'] }).get(`${site.baseUrl}/feed`);
    expect(res.status === 'error' && res.error.message).toMatch(/refused file: URL/);
  });
});
