/**
 * What a hostile listing, feed or sitemap costs to read next to an ordinary one of the same size: CPU of
 * the kinds' parsers (parseListing, parseFeed, parseSitemap) in this process, the best of three runs.
 * The target is a ratio of at most 2.
 */
import { parseListing } from '../../src/scrapers/kinds/listing.js';
import { parseFeed } from '../../src/scrapers/kinds/rss.js';
import { parseSitemap } from '../../src/scrapers/kinds/sitemap.js';
import {
  nestedFeed,
  nestedListing,
  nestedSitemap,
  ordinaryFeed,
  ordinaryListing,
  ordinarySitemap,
  siblingFeed,
  siblingListing,
} from '../../tests/support/hostile-pages.js';

const BASE = 'http://bench.example';

/** One hostile page and the ordinary page of its size, read the same way. */
interface Case {
  name: string;
  hostile: string;
  ordinary: string;
  read: (page: string) => unknown;
}

/** The cases at `size` bytes. */
export function parseCases(size: number): Case[] {
  // The two ways listings are configured: a selector for the story links, or any link matching a pattern.
  const bySelector = (page: string): unknown =>
    parseListing(page, `${BASE}/business/`, { selector: 'h2.story__title a' });
  const byPattern = (page: string): unknown =>
    parseListing(page, `${BASE}/business/`, { selector: 'a', urlPattern: '/news/\\d+/' });
  const feed = (page: string): unknown => parseFeed(page, BASE);
  const sitemap = (page: string): unknown => parseSitemap(page, BASE);
  return [
    {
      name: 'listing, sibling links',
      hostile: siblingListing(BASE, size),
      ordinary: ordinaryListing(BASE, size),
      read: byPattern,
    },
    {
      name: 'listing, nested',
      hostile: nestedListing(BASE, size),
      ordinary: ordinaryListing(BASE, size),
      read: bySelector,
    },
    {
      name: 'sitemap, nested',
      hostile: nestedSitemap(BASE, size),
      ordinary: ordinarySitemap(BASE, size),
      read: sitemap,
    },
    { name: 'feed, nested', hostile: nestedFeed(BASE, size), ordinary: ordinaryFeed(BASE, size), read: feed },
    { name: 'feed, sibling tags', hostile: siblingFeed(BASE, size), ordinary: ordinaryFeed(BASE, size), read: feed },
  ];
}

function cpuMs(read: (page: string) => unknown, page: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    read(page);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Prints CPU per page and the hostile/ordinary ratio for each case at each size. */
export function reportParseCost(sizes: readonly number[]): void {
  console.log('\nparse cost: hostile page vs an ordinary page of the same size (CPU, best of 3)');
  for (const size of sizes) {
    for (const c of parseCases(size)) {
      const ordinary = cpuMs(c.read, c.ordinary);
      const hostile = cpuMs(c.read, c.hostile);
      console.log(
        `  ${(size / 1e6).toFixed(2)} MB ${c.name.padEnd(22)} ordinary ${ordinary.toFixed(1).padStart(8)} ms   hostile ${hostile.toFixed(1).padStart(9)} ms   ratio ${(hostile / Math.max(ordinary, 0.1)).toFixed(1)}`,
      );
    }
  }
}

if (process.argv[1]?.endsWith('parse-cost.ts')) reportParseCost((process.argv[2] ?? '560000').split(',').map(Number));
