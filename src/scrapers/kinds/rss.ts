import { load } from 'cheerio/slim';
import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import type { ArticleLink, SourceKind } from '../types.js';
import { readFailure, textOf } from './shared.js';

// The newest items are first in every feed we read; a feed with thousands of items is an archive dump.
const MAX_ITEMS = 100;

/** Items of an RSS 2.0, Atom or RDF feed as article links; null when the document is not a feed at all. */
export function parseFeed(xml: string, baseUrl: string): ArticleLink[] | null {
  const $ = load(xml, { xml: true });
  if ($('rss, feed, RDF, rdf\\:RDF, channel').length === 0) return null;
  const links: ArticleLink[] = [];
  $('item, entry').slice(0, MAX_ITEMS).each((_, el) => {
    const item = $(el);
    const atomLink = item.children('link[rel=alternate], link:not([rel])').first().attr('href');
    const rssLink = item.children('link').first().text().trim();
    const guid = item.children('guid').first();
    // A GUID is a URL only when it says so (isPermaLink defaults to true) and looks like one.
    const guidLink = guid.attr('isPermaLink') !== 'false' && /^https?:\/\//i.test(guid.text().trim()) ? guid.text().trim() : '';
    const href = atomLink ?? (rssLink || guidLink);
    if (!href) return;
    let url: string;
    try {
      url = new URL(href, baseUrl).href;
    } catch {
      return;
    }
    const summary = textOf(item.children('description').first().text()) ?? textOf(item.children('summary').first().text());
    links.push({ url, title: textOf(item.children('title').first().text()), summary });
  });
  return links;
}

/** An RSS 2.0 / Atom / RDF feed whose items link to article pages. */
export const rssKind: SourceKind = {
  kind: 'rss',
  description: 'RSS 2.0, Atom or RDF feed; its items link to the articles',
  async read(target, ctx) {
    const feed = await ctx.fetchDocument(target.url, 'xml');
    if (feed.status === 'not-modified') return { status: 'not-modified' };
    if (feed.status === 'error') return readFailure(feed);
    const links = parseFeed(feed.page.body, feed.page.url);
    if (links === null) {
      return { status: 'error', error: new FetchError(feed.page.url, 'not an RSS, Atom or RDF feed'), transient: true, retryAfterMs: null };
    }
    return fetchArticles(links, ctx);
  },
};
