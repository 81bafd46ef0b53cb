import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/scrapers/charset.js';
import { createHttpClient, type HttpOptions } from '../../src/scrapers/http.js';
import type { HttpClient } from '../../src/scrapers/types.js';
import { faults, startFaultSite, type FaultSite, type Handler } from '../support/fault-server.js';
import { FAST_HTTP, TEST_USER_AGENT } from '../support/world/index.js';

const sites: FaultSite[] = [];
let http: HttpClient | undefined;
afterEach(async () => {
  await http?.close();
  http = undefined;
  for (const s of sites.splice(0)) await s.close();
});

async function site(host = '127.0.0.1'): Promise<FaultSite> {
  const s = await startFaultSite(host);
  sites.push(s);
  return s;
}

function client(opts: Partial<HttpOptions> = {}): HttpClient {
  http = createHttpClient({
    userAgent: TEST_USER_AGENT,
    allowPrivateNetworks: ['127.0.0.0/8'],
    ...FAST_HTTP,
    robots: false,
    ...opts,
  });
  return http;
}

/** A virtual clock: time moves only when the client waits, so politeness gaps are exact and instant. */
function virtualTime(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = 0;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}

/** Wraps a handler to record the (virtual) time each request arrived and how many were in flight. */
function recording(
  handler: Handler,
  now: () => number,
  delayMs = 0,
): Handler & { times: number[]; maxInFlight: number } {
  let inFlight = 0;
  const h = Object.assign(
    (req: Parameters<Handler>[0], res: Parameters<Handler>[1]) => {
      h.times.push(now());
      inFlight++;
      h.maxInFlight = Math.max(h.maxInFlight, inFlight);
      res.on('close', () => inFlight--);
      setTimeout(() => handler(req, res), delayMs);
    },
    { times: [] as number[], maxInFlight: 0 },
  );
  return h;
}

describe('the HTTP client', () => {
  it('names itself with a contact URL and asks for compressed bodies', async () => {
    const s = await site();
    s.route('/page', faults.ok('<p>hello</p>'));
    await client().get(`${s.baseUrl}/page`);
    expect(s.requests[0]?.headers['user-agent']).toBe(TEST_USER_AGENT);
    expect(s.requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync],
  ] as const)('reads a %s body (%o)', async (encoding, compress) => {
    const s = await site();
    const html = '<p>IT exports rose to $265 million.</p>'.repeat(100);
    s.route('/page', faults.ok(compress(Buffer.from(html)), { headers: { 'content-encoding': encoding } }));
    const res = await client().get(`${s.baseUrl}/page`);
    expect(res.status === 'ok' && res.page.body).toBe(html);
  });

  it('refuses a body in an encoding it cannot undo, naming it', async () => {
    const s = await site();
    s.route('/page', faults.ok(Buffer.from('xx'), { headers: { 'content-encoding': 'zstd' } }));
    const res = await client().get(`${s.baseUrl}/page`);
    expect(res.status === 'error' && res.error.message).toMatch(/unsupported Content-Encoding "zstd"/);
  });

  it('sends its validators and reports 304 as not modified', async () => {
    const s = await site();
    s.route(
      '/feed',
      faults.ok('<rss><channel></channel></rss>', {
        type: 'application/rss+xml',
        etag: '"abc"',
        lastModified: 'Mon, 12 Feb 2024 09:00:00 GMT',
      }),
    );
    const first = await client().get(`${s.baseUrl}/feed`, { expect: 'xml' });
    expect(first.status === 'ok' && [first.page.etag, first.page.lastModified]).toEqual([
      '"abc"',
      'Mon, 12 Feb 2024 09:00:00 GMT',
    ]);
    const second = await http!.get(`${s.baseUrl}/feed`, {
      expect: 'xml',
      validators: { etag: '"abc"', lastModified: 'Mon, 12 Feb 2024 09:00:00 GMT' },
    });
    expect(second.status).toBe('not-modified');
    expect(s.requests[1]?.headers).toMatchObject({
      'if-none-match': '"abc"',
      'if-modified-since': 'Mon, 12 Feb 2024 09:00:00 GMT',
    });
  });

  it('retries a transient failure, but not a 404', async () => {
    const s = await site();
    let calls = 0;
    const fail = faults.status(502);
    const ok = faults.ok('<p>back</p>');
    s.route('/flaky', (req, res) => (calls++ === 0 ? fail(req, res) : ok(req, res)));
    s.route('/gone', faults.status(404));
    expect((await client().get(`${s.baseUrl}/flaky`)).status).toBe('ok');
    expect(await http!.get(`${s.baseUrl}/gone`)).toMatchObject({ status: 'error', transient: false, httpStatus: 404 });
    expect(s.hits('/flaky')).toBe(2);
    expect(s.hits('/gone')).toBe(1);
  });

  it('waits as long as Retry-After says before asking again', async () => {
    const s = await site();
    const clock = virtualTime();
    let calls = 0;
    const limited = faults.status(503, { 'retry-after': '7' });
    const ok = faults.ok('<p>ok</p>');
    const handler = recording((req, res) => (calls++ === 0 ? limited(req, res) : ok(req, res)), clock.now);
    s.route('/page', handler);
    const res = await client({
      ...clock,
      retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 60_000 },
    }).get(`${s.baseUrl}/page`);
    expect(res.status).toBe('ok');
    expect(handler.times).toEqual([0, 7_000]);
  });
});

describe('politeness', () => {
  it('sends one request at a time to a host, with the configured gap between them', async () => {
    const s = await site();
    const clock = virtualTime();
    const handler = recording(faults.ok('<p>x</p>'), clock.now, 5);
    s.route('/page', handler);
    const c = client({ ...clock, hostDelayMs: 1_500 });
    await Promise.all([1, 2, 3, 4].map(() => c.get(`${s.baseUrl}/page`)));
    expect(handler.maxInFlight).toBe(1);
    expect(handler.times).toEqual([0, 1_500, 3_000, 4_500]);
  });

  it('reads different hosts at the same time, within the global limit', async () => {
    const hosts = await Promise.all(['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'].map((h) => site(h)));
    let inFlight = 0;
    let maxInFlight = 0;
    for (const s of hosts) {
      s.route('/page', (req, res) => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        setTimeout(() => {
          inFlight--;
          faults.ok('<p>x</p>')(req, res);
        }, 30);
      });
    }
    const c = client({ concurrency: 2 });
    await Promise.all(hosts.flatMap((s) => [c.get(`${s.baseUrl}/page`), c.get(`${s.baseUrl}/page`)]));
    expect(maxInFlight).toBe(2);
  });

  it('asks for robots.txt once per host and obeys its Crawl-delay', async () => {
    const s = await site();
    const clock = virtualTime();
    s.route(
      '/robots.txt',
      faults.ok('User-agent: exportwatch-test\nCrawl-delay: 4\nDisallow: /admin/\n', { type: 'text/plain' }),
    );
    const handler = recording(faults.ok('<p>x</p>'), clock.now);
    s.route('/news', handler);
    const c = client({ ...clock, robots: true, hostDelayMs: 1_000 });
    for (let i = 0; i < 3; i++) expect((await c.get(`${s.baseUrl}/news`)).status).toBe('ok');
    expect(s.hits('/robots.txt')).toBe(1);
    // robots.txt itself was the first request, at 0; each page waits the 4 s crawl delay after the one before.
    expect(handler.times).toEqual([4_000, 8_000, 12_000]);
    const refused = await c.get(`${s.baseUrl}/admin/feed`);
    expect(refused.status === 'error' && refused.error.message).toMatch(/disallows \/admin\/feed/);
  });

  it('treats a missing robots.txt (404) as allowing everything', async () => {
    const s = await site();
    s.route('/news', faults.ok('<p>x</p>'));
    expect((await client({ robots: true }).get(`${s.baseUrl}/news`)).status).toBe('ok');
  });

  it('treats a robots.txt answered with something else (a feed served for every path) as allowing everything', async () => {
    const s = await site();
    s.route('/robots.txt', faults.ok('<rss version="2.0"><channel></channel></rss>', { type: 'application/rss+xml' }));
    s.route('/news', faults.ok('<p>x</p>'));
    expect((await client({ robots: true }).get(`${s.baseUrl}/news`)).status).toBe('ok');
  });
});

describe('charset decoding', () => {
  const cases: Array<[string, Buffer, string | null, string]> = [
    [
      'UTF-8 labelled ISO-8859-1 by the server',
      Buffer.from('<p>آئی ٹی برآمدات — 5%</p>'),
      'text/html; charset=ISO-8859-1',
      '<p>آئی ٹی برآمدات — 5%</p>',
    ],
    [
      'windows-1252 with no label',
      iconv.encode('<p>Pakistan’s exports — up</p>', 'windows-1252'),
      'text/html',
      '<p>Pakistan’s exports — up</p>',
    ],
    [
      'windows-1256 declared in a meta tag',
      iconv.encode('<meta charset="windows-1256"><p>برآمدات</p>', 'windows-1256'),
      'text/html',
      '<meta charset="windows-1256"><p>برآمدات</p>',
    ],
    [
      'windows-1256 declared in the XML prolog',
      iconv.encode('<?xml version="1.0" encoding="windows-1256"?><rss>برآمدات</rss>', 'windows-1256'),
      null,
      '<?xml version="1.0" encoding="windows-1256"?><rss>برآمدات</rss>',
    ],
    [
      'a UTF-8 byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>برآمدات</p>')]),
      'text/html; charset=windows-1252',
      '<p>برآمدات</p>',
    ],
    [
      'UTF-16LE with its byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>exports</p>', 'utf16le')]),
      null,
      '<p>exports</p>',
    ],
  ];
  it.each(cases)('reads %s', (_name, bytes, contentType, text) => {
    expect(decodeBody(bytes, contentType).text).toBe(text);
  });
});
