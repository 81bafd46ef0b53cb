import { load } from 'cheerio/slim';
import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import type { ArticleLink, SourceKind } from '../types.js';

/** Items of an RSS 2.0, Atom or RDF feed as article links. */
export function parseFeed(xml: string, baseUrl: string): ArticleLink[] {
  const $ = load(xml, { xml: true });
  const links: ArticleLink[] = [];
  $('item, entry').each((_, el) => {
    const item = $(el);
    const href = item.children('link').first().attr('href') ?? item.children('link').first().text().trim();
    if (!href) return;
    let url: string;
    try {
      url = new URL(href, baseUrl).href;
    } catch {
      return;
    }
    const text = (sel: string): string | null => item.children(sel).first().text().trim() || null;
    links.push({ url, title: text('title'), summary: text('description') ?? text('summary') });
  });
  return links;
}

/** An RSS 2.0 / Atom / RDF feed whose items link to article pages. */
export const rssKind: SourceKind = {
  kind: 'rss',
  async read(url, ctx) {
    const feed = await ctx.http.get(url);
    if (feed.status === 'not-modified') return { status: 'not-modified' };
    if (feed.status === 'error') return { status: 'error', error: feed.error };
    const links = parseFeed(feed.page.body, feed.page.url);
    if (links.length === 0 && !/<(?:rss|feed|rdf:RDF)\b/i.test(feed.page.body.slice(0, 2048))) {
      return { status: 'error', error: new FetchError(feed.page.url, 'not an RSS, Atom or RDF feed') };
    }
    return fetchArticles(links, ctx);
  },
};
