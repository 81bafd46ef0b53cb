import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config.js';
import { faults, startUnacceptingServer, type FaultSite } from '../support/fault-server.js';
import { JANUARY_2024_STORY, articleHtml, rssFeed } from '../support/news.js';
import { FAST_HTTP, FIXTURE_SOURCE_ID, createWorld, sourceReport, type World } from '../support/world/index.js';
import { READING } from './reading.js';

const FAULTY_ID = 'faulty';
const ARTICLE = '/2024/02/12/it-exports-january';
const JANUARY = articleHtml({
  title: 'IT exports rise to $265 million in January 2024',
  paragraphs: JANUARY_2024_STORY,
});

/** What the faulty source's first tick must show. */
type Expected = { status: 'error'; error: RegExp } | { status: 'ok'; articles: number; articleError?: RegExp };

/** One fault: the routes that inject it, the source that meets it, and what its status must say. */
interface FaultCase {
  fault: string;
  setup(
    site: FaultSite,
    onClose: (fn: () => Promise<void>) => void,
  ): Promise<Partial<SourceConfig> & { url: string }> | (Partial<SourceConfig> & { url: string });
  expected: Expected;
  /** Changes to the site between the first and second tick. */
  between?(site: FaultSite): void;
  /** Further promises this fault makes, checked after both ticks. */
  check?(w: World, site: FaultSite): Promise<void> | void;
}

/** A feed on the fault site with one item linking to `path` (the January article unless routed otherwise). */
function feedTo(site: FaultSite, path = ARTICLE, title = 'IT exports rise to $265 million in January 2024'): string {
  return rssFeed([{ title, link: `${site.baseUrl}${path}` }]);
}

const CASES: FaultCase[] = [
  {
    fault: 'connect timeout',
    async setup(_site, onClose) {
      const dead = await startUnacceptingServer('127.0.0.3');
      onClose(dead.close);
      return { url: `${dead.baseUrl}/feed` };
    },
    expected: { status: 'error', error: /connect timeout/ },
  },
  {
    fault: 'header timeout',
    setup: (site) => (site.route('/feed', faults.hang()), { url: `${site.baseUrl}/feed` }),
    expected: { status: 'error', error: /header timeout/ },
  },
  {
    fault: 'slow-drip body',
    setup: (site) => (site.route('/feed', faults.drip(feedTo(site), 50)), { url: `${site.baseUrl}/feed` }),
    expected: { status: 'error', error: new RegExp(`timeout: not done within ${FAST_HTTP.totalTimeoutMs} ms`) },
  },
  {
    fault: 'oversized body',
    setup: (site) => (site.route('/feed', faults.oversized(6 * 1024 * 1024)), { url: `${site.baseUrl}/feed` }),
    expected: { status: 'error', error: /body is more than the 5242880-byte limit/ },
  },
  {
    fault: 'gzip bomb',
    setup: (site) => (site.route('/feed', faults.gzipBomb(64 * 1024 * 1024)), { url: `${site.baseUrl}/feed` }),
    expected: { status: 'error', error: /body decompresses to more than the 5242880-byte limit/ },
  },
  {
    fault: 'absent charset (a windows-1252 page with no declaration)',
    setup(site) {
      const title = 'Pakistan’s IT exports rise to $265 million in January 2024';
      site.route('/feed', faults.ok(feedTo(site), { type: 'application/rss+xml' }));
      site.route(
        ARTICLE,
        faults.ok(iconv.encode(articleHtml({ title, paragraphs: JANUARY_2024_STORY }), 'windows-1252'), {
          type: 'text/html',
        }),
      );
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 1 },
    async check(w) {
      expect(storedTitles(w)).toContain('Pakistan’s IT exports rise to $265 million in January 2024');
    },
  },
  {
    fault: 'wrong charset (a UTF-8 page labelled ISO-8859-1)',
    setup(site) {
      const title = 'آئی ٹی برآمدات — IT exports rise to $265 million in January 2024';
      site.route('/feed', faults.ok(feedTo(site), { type: 'application/rss+xml' }));
      site.route(
        ARTICLE,
        faults.ok(Buffer.from(articleHtml({ title, paragraphs: JANUARY_2024_STORY }), 'utf8'), {
          type: 'text/html; charset=ISO-8859-1',
        }),
      );
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 1 },
    async check(w) {
      expect(storedTitles(w)).toContain('آئی ٹی برآمدات — IT exports rise to $265 million in January 2024');
    },
  },
  {
    fault: 'Urdu page in windows-1256, declared only in <meta>',
    setup(site) {
      // Legacy Urdu pages write yeh as Arabic U+064A: windows-1256 has no Farsi yeh (U+06CC).
      const title = 'آئي ٹي برآمدات ميں اضافہ';
      site.route(
        '/feed',
        faults.ok(rssFeed([{ title: `IT exports: ${title}`, link: `${site.baseUrl}${ARTICLE}` }]), {
          type: 'application/rss+xml',
        }),
      );
      const page = articleHtml({
        title,
        paragraphs: ['جنوري ميں آئي ٹي برآمدات بڑھ گئيں۔'],
        charsetMeta: 'windows-1256',
      });
      site.route(ARTICLE, faults.ok(iconv.encode(page, 'windows-1256'), { type: 'text/html' }));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 1 },
    async check(w) {
      expect(storedTitles(w)).toContain('آئي ٹي برآمدات ميں اضافہ');
    },
  },
  {
    fault: 'malformed HTML',
    setup(site) {
      site.route('/feed', faults.ok(feedTo(site), { type: 'application/rss+xml' }));
      const broken = `<html><head><title>IT exports rise</title></head><body><div class="entry-content"><h1>IT exports rise to $265 million in January 2024
        <p>${JANUARY_2024_STORY[0]}<p>${JANUARY_2024_STORY[1]}</div></div></span><table><tr><td>unclosed <b>bold <i>mess</body>`;
      site.route(ARTICLE, faults.ok(broken));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 1 },
    check: (w) => void expect(w.processed().observations).toBeGreaterThan(0),
  },
  {
    fault: 'malformed XML feed (stray ampersand, unclosed elements, no end tags)',
    setup(site) {
      const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>News & Views</title>
        <item><title>IT exports rise to $265 million & more</title><link>${site.baseUrl}${ARTICLE}</link><description>Exports & <b>growth</description></item>
        <item><title>Broken item<link>${site.baseUrl}/nowhere`;
      site.route('/feed', faults.ok(xml, { type: 'application/rss+xml' }));
      site.route(ARTICLE, faults.ok(JANUARY));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 1 },
  },
  {
    fault: 'an HTML error page where the feed should be',
    setup: (site) => (
      site.route('/feed', faults.ok('<html><body><h1>Just a moment…</h1></body></html>')),
      { url: `${site.baseUrl}/feed` }
    ),
    expected: { status: 'error', error: /not an RSS, Atom or RDF feed/ },
  },
  ...[500, 502, 503].map((code): FaultCase => ({
    fault: `HTTP ${code}`,
    setup: (site) => (site.route('/feed', faults.status(code)), { url: `${site.baseUrl}/feed` }),
    expected: { status: 'error', error: new RegExp(`HTTP ${code}`) },
    // One retry within the tick, then the source backs off.
    check: (_w, site) => void expect(site.hits('/feed')).toBe(4),
  })),
  {
    fault: '429 with a short Retry-After',
    setup(site) {
      let calls = 0;
      const limited = faults.status(429, { 'retry-after': '1' });
      const ok = faults.ok(feedTo(site), { type: 'application/rss+xml' });
      site.route('/feed', (req, res) => (calls++ === 0 ? limited(req, res) : ok(req, res)));
      site.route(ARTICLE, faults.ok(JANUARY));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 1 },
  },
  {
    fault: '429 with a long Retry-After',
    setup: (site) => (
      site.route('/feed', faults.status(429, { 'retry-after': '7200' })),
      { url: `${site.baseUrl}/feed` }
    ),
    expected: { status: 'error', error: /HTTP 429/ },
    async check(w, site) {
      const health = await w.health(FAULTY_ID);
      expect(Date.parse(health!.nextAttemptAt!) - Date.parse(health!.lastAttemptAt!)).toBeGreaterThanOrEqual(7_200_000);
      // Not asked again within the tick, nor at the next tick ten minutes later.
      expect(site.hits('/feed')).toBe(1);
    },
  },
  {
    fault: 'redirect loop',
    setup(site) {
      site.route('/feed', faults.redirect('/loop-a'));
      site.route('/loop-a', faults.redirect('/loop-b'));
      site.route('/loop-b', faults.redirect('/loop-a'));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'error', error: /redirect loop/ },
  },
  {
    fault: 'more than five redirects',
    setup(site) {
      for (let i = 0; i < 7; i++) site.route(`/r${i}`, faults.redirect(`/r${i + 1}`, 301));
      return { url: `${site.baseUrl}/r0` };
    },
    expected: { status: 'error', error: /more than 5 redirects/ },
  },
  {
    fault: 'redirect to a private address (cloud metadata)',
    setup: (site) => (
      site.route('/feed', faults.redirect('http://169.254.169.254/latest/meta-data/')),
      { url: `${site.baseUrl}/feed` }
    ),
    expected: { status: 'error', error: /refused to connect to private address 169\.254\.169\.254/ },
  },
  {
    fault: 'non-HTML content type for an article',
    setup(site) {
      site.route(
        '/feed',
        faults.ok(feedTo(site, '/files/it-exports-report.pdf'), { type: 'application/rss+xml', etag: '"v1"' }),
      );
      site.route('/files/it-exports-report.pdf', faults.ok(Buffer.from('%PDF-1.7'), { type: 'application/pdf' }));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 0, articleError: /content type application\/pdf is not HTML/ },
    check(_w, site) {
      // A page that can never be read is given up at once: not fetched again, and the feed is polled with its ETag.
      expect(site.hits('/files/it-exports-report.pdf')).toBe(1);
      expect(site.requests.filter((r) => r.path === '/feed').map((r) => r.headers['if-none-match'])).toEqual([
        undefined,
        '"v1"',
      ]);
    },
  },
  {
    fault: 'non-XML content type for a feed',
    setup: (site) => (
      site.route('/feed', faults.ok(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { type: 'image/png' })),
      { url: `${site.baseUrl}/feed` }
    ),
    expected: { status: 'error', error: /content type image\/png is not XML/ },
  },
  {
    fault: 'empty body',
    setup: (site) => (site.route('/feed', faults.empty()), { url: `${site.baseUrl}/feed` }),
    expected: { status: 'error', error: /empty body/ },
  },
  {
    fault: 'connection reset mid-body',
    setup: (site) => (
      site.route('/feed', faults.resetMidBody(feedTo(site).padEnd(64 * 1024, ' '))),
      { url: `${site.baseUrl}/feed` }
    ),
    expected: { status: 'error', error: /connection reset/ },
  },
  {
    fault: 'an article page that times out (not asked again in the tick; retried next tick, not lost)',
    setup(site) {
      let calls = 0;
      const hang = faults.hang();
      const ok = faults.ok(JANUARY);
      site.route('/feed', faults.ok(feedTo(site), { type: 'application/rss+xml', etag: '"v1"' }));
      site.route(ARTICLE, (req, res) => (calls++ < 1 ? hang(req, res) : ok(req, res)));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 0, articleError: /header timeout/ },
    async check(w, site) {
      // The feed's ETag was not kept after the failed article, so the second tick read the feed whole and got the article.
      expect(site.requests.filter((r) => r.path === '/feed').map((r) => r.headers['if-none-match'])).toEqual([
        undefined,
        undefined,
      ]);
      // A page that hung would most likely hang again: it is asked once per tick, not retried at once.
      expect(site.hits(ARTICLE)).toBe(2);
      expect(storedTitles(w)).toContain('IT exports rise to $265 million in January 2024');
    },
  },
  {
    fault: 'an article page that answers 404 until it is published (feed ahead of the page)',
    setup(site) {
      let calls = 0;
      const missing = faults.status(404);
      const ok = faults.ok(JANUARY);
      site.route('/feed', faults.ok(feedTo(site), { type: 'application/rss+xml', etag: '"v1"' }));
      site.route(ARTICLE, (req, res) => (calls++ < 1 ? missing(req, res) : ok(req, res)));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 0, articleError: /HTTP 404/ },
    check(w, site) {
      // The 404 did not bury the story: the feed was read whole again and the page fetched once it was there.
      expect(site.requests.filter((r) => r.path === '/feed').map((r) => r.headers['if-none-match'])).toEqual([
        undefined,
        undefined,
      ]);
      expect(site.hits(ARTICLE)).toBe(2);
      expect(storedTitles(w)).toContain('IT exports rise to $265 million in January 2024');
    },
  },
  {
    fault: 'duplicate GUIDs and a repeated item',
    setup(site) {
      const second = '/2024/02/13/it-exports-services';
      site.route(
        '/feed',
        faults.ok(
          rssFeed([
            { title: 'IT exports rise to $265 million', link: `${site.baseUrl}${ARTICLE}`, guid: 'post-1' },
            { title: 'IT exports: services lead', link: `${site.baseUrl}${second}`, guid: 'post-1' },
            {
              title: 'IT exports rise to $265 million',
              link: `${site.baseUrl}${ARTICLE}?utm_source=rss`,
              guid: 'post-2',
            },
          ]),
          { type: 'application/rss+xml' },
        ),
      );
      site.route(ARTICLE, faults.ok(JANUARY));
      site.route(
        second,
        faults.ok(
          articleHtml({
            title: 'IT exports: services lead the rise',
            paragraphs: ['Computer services drove IT exports in January.'],
          }),
        ),
      );
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'ok', articles: 2 },
    check: (_w, site) => void expect(site.hits(ARTICLE)).toBe(1),
  },
  {
    fault: 'rewritten pubDates and GUIDs',
    setup(site) {
      site.route(
        '/feed',
        faults.ok(
          rssFeed([
            {
              title: 'IT exports rise',
              link: `${site.baseUrl}${ARTICLE}`,
              guid: 'a-1',
              pubDate: 'Mon, 12 Feb 2024 09:00:00 +0000',
            },
          ]),
          { type: 'application/rss+xml', etag: '"v1"' },
        ),
      );
      site.route(ARTICLE, faults.ok(JANUARY));
      return { url: `${site.baseUrl}/feed` };
    },
    between(site) {
      site.route(
        '/feed',
        faults.ok(
          rssFeed([
            {
              title: 'IT exports rise',
              link: `${site.baseUrl}${ARTICLE}`,
              guid: 'b-7',
              pubDate: 'Tue, 13 Feb 2024 18:30:00 +0000',
            },
          ]),
          { type: 'application/rss+xml', etag: '"v2"' },
        ),
      );
    },
    expected: { status: 'ok', articles: 1 },
    check: (_w, site) => void expect(site.hits(ARTICLE)).toBe(1),
  },
  {
    fault: 'robots.txt disallow',
    setup(site) {
      site.route('/robots.txt', faults.ok('User-agent: *\nDisallow: /private/\n', { type: 'text/plain' }));
      site.route('/private/feed', faults.ok(feedTo(site), { type: 'application/rss+xml' }));
      return { url: `${site.baseUrl}/private/feed` };
    },
    expected: { status: 'error', error: /robots\.txt of .* disallows \/private\/feed for exportwatch-test/ },
    check: (_w, site) => void expect(site.hits('/private/feed')).toBe(0),
  },
  {
    fault: 'robots.txt answering 503',
    setup(site) {
      site.route('/robots.txt', faults.status(503));
      site.route('/feed', faults.ok(feedTo(site), { type: 'application/rss+xml' }));
      return { url: `${site.baseUrl}/feed` };
    },
    expected: { status: 'error', error: /robots\.txt of .* could not be read \(HTTP 503\)/ },
    check: (_w, site) => void expect(site.hits('/feed')).toBe(0),
  },
];

describe.each(CASES)('a source meeting: $fault', ({ setup, expected, between, check }) => {
  let w: World;
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await w?.close();
    for (const fn of cleanups.splice(0)) await fn();
  });

  it('completes the tick, reads the other source, shows the fault in its status, and processes no article twice', async () => {
    w = await createWorld(READING);
    const faulty = await setup(w.faultSite, (fn) => cleanups.push(fn));
    w.deps.sources = [
      ...w.deps.sources,
      { id: FAULTY_ID, outlet: 'Faulty News', kind: 'rss', ...faulty } as SourceConfig,
    ];

    const first = await w.tick();
    expect(sourceReport(first, FIXTURE_SOURCE_ID), JSON.stringify(first.sources)).toMatchObject({
      status: 'ok',
      articles: 2,
    });
    const report = sourceReport(first, FAULTY_ID);
    const health = await w.health(FAULTY_ID);
    if (expected.status === 'error') {
      expect(report).toMatchObject({ status: 'error', error: expect.stringMatching(expected.error) });
      expect(health).toMatchObject({
        lastOutcome: 'error',
        consecutiveFailures: 1,
        lastError: expect.stringMatching(expected.error),
      });
    } else {
      expect(report).toMatchObject({ status: 'ok', articles: expected.articles });
      expect(health).toMatchObject({ lastOutcome: 'ok', consecutiveFailures: 0 });
      if (expected.articleError) expect(health?.lastArticleError).toMatch(expected.articleError);
    }

    between?.(w.faultSite);
    w.advance(10);
    const second = await w.tick();
    expect(sourceReport(second, FIXTURE_SOURCE_ID)).toMatchObject({ articles: 0 });
    const { processed, stored } = w.processed();
    expect(processed).toBe(stored);
    await check?.(w, w.faultSite);
  });
});

describe('an article page that never appears', () => {
  let w: World;
  afterEach(() => w?.close());

  it('is asked for on three reads of its feed, then given up, and the feed is polled with its ETag again', async () => {
    w = await createWorld(READING);
    w.faultSite.route('/feed', faults.ok(feedTo(w.faultSite), { type: 'application/rss+xml', etag: '"v1"' }));
    w.faultSite.route(ARTICLE, faults.status(404));
    w.deps.sources = [{ id: FAULTY_ID, outlet: 'Faulty News', kind: 'rss', url: `${w.faultSite.baseUrl}/feed` }];
    for (let i = 0; i < 4; i++) {
      expect(sourceReport(await w.tick(), FAULTY_ID)).toMatchObject({ status: i < 3 ? 'ok' : 'not-modified' });
      w.advance(30);
    }
    expect(w.faultSite.hits(ARTICLE)).toBe(3);
    expect(w.faultSite.requests.filter((r) => r.path === '/feed').map((r) => r.headers['if-none-match'])).toEqual([
      undefined,
      undefined,
      undefined,
      '"v1"',
    ]);
  });
});

function storedTitles(w: World): string[] {
  return w.query<{ title: string | null }>('SELECT title FROM articles').map((r) => r.title ?? '');
}
