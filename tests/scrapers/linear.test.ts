/**
 * Listings, feeds and sitemaps are read in one streaming pass whose work is bounded per byte: a page built to be
 * slow (tens of thousands of sibling links, levels of nesting, stray closing tags) costs at most one step per
 * byte, and twice the page costs twice the work. Work is counted (tokenizer callbacks and the reader's own
 * steps), not timed; what it costs in CPU next to an ordinary page of the same size is `npm run bench:latency`'s
 * first table.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/scrapers/kinds/listing.js';
import { parseFeed } from '../../src/scrapers/kinds/rss.js';
import { parseSitemap } from '../../src/scrapers/kinds/sitemap.js';
import type { WorkMeter } from '../../src/scrapers/markup/stream.js';
import type { ArticleLink } from '../../src/scrapers/types.js';
import {
  hostileLinks,
  nestedFeed,
  nestedListing,
  nestedSitemap,
  ordinaryFeed,
  ordinaryListing,
  ordinarySitemap,
  siblingFeed,
  siblingListing,
} from '../support/hostile-pages.js';

const BASE = 'https://news.example.pk';
const SIZE = 280_000;

type Reader = (page: string, meter: WorkMeter) => ArticleLink[];
const bySelector: Reader = (page, meter) =>
  parseListing(page, `${BASE}/business/`, { selector: 'h2.story__title a' }, meter);
const byPattern: Reader = (page, meter) =>
  parseListing(page, `${BASE}/business/`, { selector: 'a', urlPattern: '/news/\\d+/' }, meter);
const feed: Reader = (page, meter) => parseFeed(page, BASE, meter) ?? [];
const sitemap: Reader = (page, meter) => {
  const parsed = parseSitemap(page, BASE, undefined, meter);
  return parsed.kind === 'urls' ? parsed.links : [];
};

const CASES: Array<[string, (base: string, size: number) => string, (base: string, size: number) => string, Reader]> = [
  ['a listing among sibling links', siblingListing, ordinaryListing, byPattern],
  ['a listing nested 25,000 deep', nestedListing, ordinaryListing, bySelector],
  ['a sitemap nested 40,000 deep', nestedSitemap, ordinarySitemap, sitemap],
  ['a feed nested 40,000 deep', nestedFeed, ordinaryFeed, feed],
  ['a feed among sibling elements', siblingFeed, ordinaryFeed, feed],
];

function work(read: Reader, page: string): { steps: number; links: ArticleLink[] } {
  const meter = { steps: 0 };
  const links = read(page, meter);
  return { steps: meter.steps, links };
}

describe('reading hostile pages', () => {
  it.each(CASES)('reads %s in at most one step per byte, finding its stories', (_, hostile, ordinary, read) => {
    const page = hostile(BASE, SIZE);
    const bad = work(read, page);
    expect(bad.links.map((l) => l.url)).toEqual(expect.arrayContaining(hostileLinks(BASE)));
    expect(bad.steps).toBeLessThanOrEqual(page.length);
    // An ordinary page of the size is read within the same bound, so the bound is not the hostile page's alone.
    const usual = ordinary(BASE, SIZE);
    expect(work(read, usual).steps).toBeLessThanOrEqual(usual.length);
  });

  it.each(CASES)('reads %s twice the size with twice the work', (_, hostile, _ordinary, read) => {
    const once = work(read, hostile(BASE, SIZE)).steps;
    const twice = work(read, hostile(BASE, 2 * SIZE)).steps;
    expect(twice).toBeLessThanOrEqual(2.1 * once);
  });

  it('reads stray closing tags under 40,000 open elements in one step each', () => {
    const depth = 40_000;
    const page = `<body>${'<div>'.repeat(depth)}${'</span>'.repeat(depth)}${hostileLinks(BASE)
      .map((u) => `<h2 class="story__title"><a href="${u}">story</a></h2>`)
      .join('')}</body>`;
    const { steps, links } = work(bySelector, page);
    expect(links.map((l) => l.url)).toEqual(hostileLinks(BASE));
    expect(steps).toBeLessThanOrEqual(page.length / 2);
  });
});

describe('a listing selector read as the page streams by', () => {
  const html = `<html><body>
    <div id="top"><a href="/news/1/top">Top story</a></div>
    <section class="latest news"><ul>
      <li><h2 class="story__title"><a href="/news/2/second">Second</a></h2></li>
      <li><div><h2 class="story__title other"><a href="/news/3/third" title="Third story">  Third
        story </a></h2></div></li>
    </ul></section>
    <aside><h2 class="story__title"><a href="/news/4/aside">Aside</a></h2></aside>
    <a href="/news/5/loose" data-kind="wire">Loose</a>
  </body></html>`;
  const read = (selector: string): string[] =>
    parseListing(html, `${BASE}/business/`, { selector }).map((l) => new URL(l.url).pathname);

  it.each([
    ['section.latest h2.story__title a', ['/news/2/second', '/news/3/third']],
    ['section > ul > li > h2 > a', ['/news/2/second']],
    ['#top, aside', ['/news/1/top', '/news/4/aside']],
    ['a[data-kind="wire"], a[href$="third"]', ['/news/3/third', '/news/5/loose']],
    ['[class~="other"]', ['/news/3/third']],
    ['a[href^="/news/4"]', ['/news/4/aside']],
  ])('%s picks %j', (selector, paths) => {
    expect(read(selector)).toEqual(paths);
  });

  it("takes a link's text, whitespace collapsed, over its title attribute", () => {
    expect(parseListing(html, `${BASE}/business/`, { selector: 'li div a' })).toEqual([
      { url: `${BASE}/news/3/third`, title: 'Third story', summary: null },
    ]);
  });

  it('reads 80,000 unclosed links as siblings, each a link of its own', () => {
    const page = `<body>${'<a href="/news/9/x">x'.repeat(80_000)}<a href="/news/10/y">y</a></body>`;
    const links = parseListing(page, `${BASE}/`, { urlPattern: '/news/' });
    expect(links.map((l) => new URL(l.url).pathname)).toEqual(['/news/9/x', '/news/10/y']);
  });
});
