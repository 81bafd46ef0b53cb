import { afterEach, describe, expect, it } from 'vitest';
import { articleKey, canonicalUrl, findCanonical } from '../../src/scrapers/canonical.js';
import { parseListing } from '../../src/scrapers/kinds/listing.js';
import { parseFeed } from '../../src/scrapers/kinds/rss.js';
import { parseSitemap } from '../../src/scrapers/kinds/sitemap.js';
import { faults } from '../support/fault-server.js';
import { JANUARY_2024_STORY, articleHtml } from '../support/news.js';
import { FIXTURE_SOURCE_ID, createWorld, sourceReport, type World } from '../support/world/index.js';
import { READING } from './reading.js';

const BASE = 'https://news.example.pk';

describe('feeds', () => {
  it('reads RSS 2.0 items with their pubDate, falling back to a permalink GUID when an item has no link', () => {
    const xml = `<rss version="2.0"><channel>
      <item><title>IT exports up</title><link>/a/1</link><pubDate>Tue, 16 Apr 2024 07:31:04 +0500</pubDate><description><![CDATA[<p>Exports <b>rose</b></p>]]></description></item>
      <item><title>Remittances</title><guid>https://news.example.pk/a/2</guid></item>
      <item><title>Opaque GUID only</title><guid isPermaLink="false">post-3</guid></item>
    </channel></rss>`;
    expect(parseFeed(xml, BASE)).toEqual([
      {
        url: `${BASE}/a/1`,
        title: 'IT exports up',
        summary: 'Exports rose',
        published: 'Tue, 16 Apr 2024 07:31:04 +0500',
      },
      { url: `${BASE}/a/2`, title: 'Remittances', summary: null, published: null },
    ]);
  });

  it('reads Atom entries by their alternate link, dated by when they were published, not updated', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>IT exports</title><link rel="edit" href="/edit/1"/><link rel="alternate" href="https://news.example.pk/a/1"/><updated>2024-05-02T10:00:00Z</updated><published>2024-04-17T01:00:00+05:00</published><summary>Up 20%</summary></entry>
    </feed>`;
    expect(parseFeed(xml, BASE)).toEqual([
      { url: `${BASE}/a/1`, title: 'IT exports', summary: 'Up 20%', published: '2024-04-17T01:00:00+05:00' },
    ]);
  });

  it('reads RDF (RSS 1.0) items', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="${BASE}/"><title>T</title></channel>
      <item rdf:about="${BASE}/a/9"><title>Textile exports</title><link>${BASE}/a/9</link></item>
    </rdf:RDF>`;
    expect(parseFeed(xml, BASE)).toEqual([
      { url: `${BASE}/a/9`, title: 'Textile exports', summary: null, published: null },
    ]);
  });

  it('says a document is not a feed rather than returning no items', () => {
    expect(parseFeed('<html><body>Access denied</body></html>', BASE)).toBeNull();
    expect(parseFeed('<rss><channel></channel></rss>', BASE)).toEqual([]);
  });
});

describe('listing pages', () => {
  const html = `<html><body>
    <nav><a href="/business/">Business</a><a href="/sports/">Sports</a></nav>
    <div class="story"><h2 class="story__title"><a href="/news/1181234/it-exports-rise">IT exports rise</a></h2></div>
    <div class="story"><h2 class="story__title"><a href="/news/1181235/textile-exports?utm_source=home#top">Textile exports</a></h2></div>
    <ul class="ticker"><li><a href="/news/1181200/old">Old ticker item</a></li></ul>
    <a href="mailto:desk@example.pk">Mail</a><a href="javascript:void(0)">x</a>
  </body></html>`;

  it('picks article links by CSS selector', () => {
    expect(
      parseListing(html, `${BASE}/business/`, { selector: 'h2.story__title' }).map((l) => [l.url, l.title]),
    ).toEqual([
      [`${BASE}/news/1181234/it-exports-rise`, 'IT exports rise'],
      [`${BASE}/news/1181235/textile-exports?utm_source=home`, 'Textile exports'],
    ]);
  });

  it('picks article links by URL pattern, skipping menus and non-web links', () => {
    expect(parseListing(html, `${BASE}/business/`, { urlPattern: '/news/\\d+/' }).map((l) => l.url)).toEqual([
      `${BASE}/news/1181234/it-exports-rise`,
      `${BASE}/news/1181235/textile-exports?utm_source=home`,
      `${BASE}/news/1181200/old`,
    ]);
  });

  it('applies both when both are given', () => {
    expect(
      parseListing(html, `${BASE}/business/`, { selector: '.story', urlPattern: 'it-exports' }).map((l) => l.title),
    ).toEqual(['IT exports rise']);
  });
});

describe('news sitemaps', () => {
  it('reads URLs with their news titles and keywords, newest first', () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>${BASE}/news/1</loc><news:news><news:publication_date>2024-02-10T08:00:00+05:00</news:publication_date><news:title>Older story</news:title></news:news></url>
      <url><loc>${BASE}/news/2</loc><news:news><news:publication_date>2024-02-12T08:00:00+05:00</news:publication_date><news:title>IT exports at $265m</news:title><news:keywords>IT exports, SBP</news:keywords></news:news></url>
    </urlset>`;
    expect(parseSitemap(xml, BASE)).toEqual({
      kind: 'urls',
      links: [
        {
          url: `${BASE}/news/2`,
          title: 'IT exports at $265m',
          summary: 'IT exports, SBP',
          published: '2024-02-12T08:00:00+05:00',
        },
        { url: `${BASE}/news/1`, title: 'Older story', summary: null, published: '2024-02-10T08:00:00+05:00' },
      ],
    });
  });

  it('follows a sitemap index to its newest sitemaps only', () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      ${['2024-01-01', '2024-02-12', '2023-12-01', '2024-02-11'].map((d, i) => `<sitemap><loc>${BASE}/sitemap-${i}.xml</loc><lastmod>${d}</lastmod></sitemap>`).join('')}
    </sitemapindex>`;
    expect(parseSitemap(index, BASE)).toEqual({
      kind: 'index',
      sitemaps: [`${BASE}/sitemap-1.xml`, `${BASE}/sitemap-3.xml`, `${BASE}/sitemap-0.xml`],
    });
  });
});

describe('canonical article URLs', () => {
  it.each([
    ['https://news.example.pk/a/1/?utm_source=twitter&utm_medium=social#comments', 'https://news.example.pk/a/1/'],
    ['https://NEWS.example.pk:443/a/1?id=7&fbclid=abc', 'https://news.example.pk/a/1?id=7'],
    ['http://news.example.pk/', 'http://news.example.pk/'],
    ['https://news.example.pk/story/', 'https://news.example.pk/story/'],
  ])('%s is shown as %s', (raw, canonical) => {
    expect(canonicalUrl(raw)).toBe(canonical);
  });

  it('gives http and https, with or without a trailing slash, one dedup key', () => {
    expect(
      new Set(
        [
          'http://news.example.pk/a/1',
          'https://news.example.pk/a/1/',
          'https://news.example.pk/a/1//?utm_campaign=x',
        ].map(articleKey),
      ),
    ).toEqual(new Set(['//news.example.pk/a/1']));
    expect(articleKey('https://news.example.pk/a/1/?id=7')).toBe('//news.example.pk/a/1?id=7');
  });

  it('takes rel=canonical on the same site, and ignores one pointing at another site', () => {
    const page = (href: string): string =>
      `<html><head><link rel="stylesheet" href="/s.css"><link href="${href}" rel="canonical"></head><body></body></html>`;
    expect(findCanonical(page('/news/1181234/it-exports-rise/?amp=1'), 'https://www.news.example.pk/amp/1181234')).toBe(
      'https://www.news.example.pk/news/1181234/it-exports-rise/',
    );
    expect(findCanonical(page('https://news.example.pk/a/1'), 'https://www.news.example.pk/a/1?p=1')).toBe(
      'https://news.example.pk/a/1',
    );
    expect(findCanonical(page('https://other-outlet.example/a/1'), 'https://news.example.pk/a/1')).toBeNull();
  });
});

describe('source kinds in a tick', () => {
  let w: World;
  afterEach(() => w?.close());

  const JANUARY = articleHtml({
    title: 'IT exports rise to $265 million in January 2024',
    paragraphs: JANUARY_2024_STORY,
  });

  it('reads a listing page and the relevant articles it links to', async () => {
    w = await createWorld(READING);
    w.faultSite.route(
      '/business/',
      faults.ok(`<html><body><nav><a href="/business/">Business</a></nav>
      <h2 class="title"><a href="/news/2024/02/it-exports-rise">IT exports rise to $265 million</a></h2>
      <h2 class="title"><a href="/news/2024/02/cricket">Cricket squad named</a></h2></body></html>`),
    );
    w.faultSite.route('/news/2024/02/it-exports-rise', faults.ok(JANUARY));
    w.deps.sources = [
      {
        id: 'listing',
        outlet: 'Listing News',
        kind: 'listing',
        url: `${w.faultSite.baseUrl}/business/`,
        selector: 'h2.title a',
      },
    ];
    const summary = await w.tick();
    expect(sourceReport(summary, 'listing')).toMatchObject({ status: 'ok', articles: 1, skipped: 1 });
    expect(w.faultSite.hits('/news/2024/02/cricket')).toBe(0);
  });

  it('reads a news sitemap behind a sitemap index', async () => {
    w = await createWorld(READING);
    w.faultSite.route(
      '/sitemap.xml',
      faults.ok(
        `<sitemapindex><sitemap><loc>${w.faultSite.baseUrl}/sitemap-news.xml</loc><lastmod>2024-02-12</lastmod></sitemap></sitemapindex>`,
        { type: 'application/xml' },
      ),
    );
    w.faultSite.route(
      '/sitemap-news.xml',
      faults.ok(
        `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${w.faultSite.baseUrl}/news/it-exports</loc>
      <news:news><news:title>IT exports rise to $265 million</news:title><news:publication_date>2024-02-12</news:publication_date></news:news></url></urlset>`,
        { type: 'application/xml', etag: '"n1"' },
      ),
    );
    w.faultSite.route('/news/it-exports', faults.ok(JANUARY));
    w.deps.sources = [
      { id: 'sitemap', outlet: 'Sitemap News', kind: 'sitemap', url: `${w.faultSite.baseUrl}/sitemap.xml` },
    ];
    expect(sourceReport(await w.tick(), 'sitemap')).toMatchObject({ status: 'ok', articles: 1 });
    // The child sitemap answers 304 next time: nothing new, nothing fetched again.
    expect(sourceReport(await w.tick(), 'sitemap')).toMatchObject({ status: 'not-modified' });
    expect(w.faultSite.hits('/news/it-exports')).toBe(1);
  });

  it('reads one article page again only when its text changed', async () => {
    w = await createWorld(READING);
    let text = JANUARY_2024_STORY;
    w.faultSite.route(
      '/press-release',
      faults.ok(() => articleHtml({ title: 'IT exports in January 2024', paragraphs: text })),
    );
    w.deps.sources = [
      { id: 'page', outlet: 'Press desk', kind: 'article', url: `${w.faultSite.baseUrl}/press-release` },
    ];
    expect(sourceReport(await w.tick(), 'page')).toMatchObject({ status: 'ok', articles: 1 });
    expect(sourceReport(await w.tick(), 'page')).toMatchObject({ status: 'ok', articles: 0, skipped: 1 });
    text = [...JANUARY_2024_STORY, 'Correction: an earlier version misstated the growth rate.'];
    expect(sourceReport(await w.tick(), 'page')).toMatchObject({ status: 'ok', articles: 1 });
  });

  it('posts one alert when the same record comes from two sources in one tick', async () => {
    w = await createWorld(READING);
    // The healthy fixture feed carries the December 2023 record article; a second outlet links the same page.
    w.deps.sources = [
      ...w.deps.sources,
      {
        id: 'aggregator',
        outlet: 'Aggregator',
        kind: 'article',
        url: `${w.fixtureSite.baseUrl}/2024/01/18/pakistan-records-highest-ever-monthly-it-exports/`,
      },
    ];
    const summary = await w.tick();
    expect(summary.alertsCreated).toBe(1);
    expect(w.output().match(/New monthly record/g)).toHaveLength(1);
    expect(sourceReport(summary, FIXTURE_SOURCE_ID)).toMatchObject({ status: 'ok' });
    const { processed, stored } = w.processed();
    expect(processed).toBe(stored);
  });
});
