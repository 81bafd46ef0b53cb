import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/scrapers/addresses.js';
import { typedUrlPolicy } from '../../src/scrapers/guard.js';
import { createHttpClient, type HttpOptions } from '../../src/scrapers/http.js';
import type { HttpClient } from '../../src/scrapers/types.js';
import { exportwatchAsync } from '../support/cli.js';
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
    ['an IPv4-compatible IPv6 loopback', 'http://[::7f00:1]/', {}, /private address ::7f00:1/],
    ['a NAT64 address embedding loopback', 'http://[64:ff9b::7f00:1]/', {}, /private address 64:ff9b::7f00:1/],
    [
      'a name resolving to a 6to4 address embedding 192.168/16',
      'http://sixtofour.example/',
      { 'sixtofour.example': ['2002:c0a8:101::1'] },
      /private address 2002:c0a8:101::1/,
    ],
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

  it('allows a typed name its own private address, and refuses a redirect from there to another, before connecting', async () => {
    site.route('/page', faults.ok('<html><body>intranet</body></html>', { type: 'text/html' }));
    site.route('/moved', faults.redirect(`${trap.baseUrl}/secret`));
    const names = { 'intranet.example': ['127.0.0.1'] };
    const typed = `http://intranet.example:${new URL(site.baseUrl).port}`;
    const resolve = async (host: string): Promise<string[]> => names[host as keyof typeof names] ?? [];
    const policy = await typedUrlPolicy(`${typed}/page`, resolve);
    expect(policy).toEqual(['127.0.0.1/32']);

    expect((await client({ allowPrivateNetworks: policy }, names).get(`${typed}/page`)).status).toBe('ok');
    const moved = await http.get(`${typed}/moved`);
    expect(moved.status === 'error' && moved.error.message).toMatch(/private address 127\.0\.0\.2/);
    expect(trap.requests).toEqual([]);
    expect(attempts).not.toContain('127.0.0.2');
  });

  it('refuses a redirect to a file: URL', async () => {
    site.route('/feed', faults.redirect('file:///etc/passwd'));
    const res = await client({ allowPrivateNetworks: ['127.0.0.1/32'] }).get(`${site.baseUrl}/feed`);
    expect(res.status === 'error' && res.error.message).toMatch(/refused file: URL/);
  });
});

describe('IPv6 addresses that carry an IPv4 address', () => {
  it.each([
    ['IPv4-compatible (::/96), loopback', '::7f00:1'],
    ['IPv4-compatible, written with the dotted quad', '::10.1.2.3'],
    ['IPv4-mapped (::ffff:0:0/96), cloud metadata', '::ffff:a9fe:a9fe'],
    ['NAT64 (64:ff9b::/96), loopback', '64:ff9b::7f00:1'],
    ['NAT64, RFC 1918', '64:ff9b::c0a8:1'],
    ['NAT64, upper case', '64:FF9B::A9FE:A9FE'],
    ['local-use NAT64 (64:ff9b:1::/48), whatever it embeds', '64:ff9b:1::808:808'],
    ['6to4 (2002::/16), RFC 1918', '2002:a00:1::1'],
    ['6to4, loopback', '2002:7f00:1::'],
  ])('counts %s as private', (_name, address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    ['NAT64 of a public address', '64:ff9b::808:808'],
    ['6to4 of a public address', '2002:808:808::1'],
    ['a global IPv6 address', '2606:4700:4700::1111'],
  ])('lets %s through', (_name, address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('exportwatch extract URL', () => {
  let site: FaultSite;
  let trap: FaultSite;
  afterEach(async () => {
    await site?.close();
    await trap?.close();
  });

  it('reads the private address typed, and refuses a redirect from there to another one before connecting', async () => {
    site = await startFaultSite('127.0.0.1');
    trap = await startFaultSite('127.0.0.2');
    trap.route('/secret', faults.ok('<html><body><p>secret</p></body></html>', { type: 'text/html' }));
    site.route('/page', faults.ok('<html><body><p>no figures here</p></body></html>', { type: 'text/html' }));
    site.route('/moved', faults.redirect(`${trap.baseUrl}/secret`));

    const typed = await exportwatchAsync(['extract', `${site.baseUrl}/page`]);
    expect(typed.status).toBe(0);
    const redirected = await exportwatchAsync(['extract', `${site.baseUrl}/moved`]);
    expect(redirected.status).toBe(3);
    expect(redirected.stderr).toMatch(/refused to connect to private address 127\.0\.0\.2/);
    expect(trap.requests).toEqual([]);
  });
});
