import { DomUtils, parseDocument } from 'htmlparser2';
import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import type { ArticleLink, SourceKind } from '../types.js';
import { readFailure, textOf } from './shared.js';

// The newest items are first in every feed we read; a feed with thousands of items is an archive dump.
const MAX_ITEMS = 100;

type Element = ReturnType<typeof DomUtils.findAll>[number];

const FEED_ROOTS = new Set(['rss', 'feed', 'RDF', 'rdf:RDF', 'channel']);
const ITEMS = new Set(['item', 'entry']);

// Plain DOM walks rather than CSS selectors: cheerio compiles a selector on every call, and doing that
// for each field of each item made feed parsing allocate about 0.5 MB per small feed (most of a cold tick's garbage).
const child = (item: Element, test: (el: Element) => boolean): Element | undefined =>
  item.children.find((c): c is Element => DomUtils.isTag(c) && test(c));
const named =
  (name: string) =>
  (el: Element): boolean =>
    el.name === name;

/** Items of an RSS 2.0, Atom or RDF feed as article links; null when the document is not a feed at all. */
export function parseFeed(xml: string, baseUrl: string): ArticleLink[] | null {
  const doc = parseDocument(xml, { xmlMode: true });
  if (!DomUtils.existsOne((el) => FEED_ROOTS.has(el.name), doc.children)) return null;
  const links: ArticleLink[] = [];
  for (const item of DomUtils.findAll((el) => ITEMS.has(el.name), doc.children).slice(0, MAX_ITEMS)) {
    const text = (name: string): string => {
      const el = child(item, named(name));
      return el ? DomUtils.textContent(el) : '';
    };
    const atomLink = child(
      item,
      (el) => el.name === 'link' && (el.attribs.rel === 'alternate' || el.attribs.rel === undefined),
    )?.attribs.href;
    const rssLink = text('link').trim();
    const guid = child(item, named('guid'));
    const guidText = guid ? DomUtils.textContent(guid).trim() : '';
    // A GUID is a URL only when it says so (isPermaLink defaults to true) and looks like one.
    const guidLink = guid && guid.attribs.isPermaLink !== 'false' && /^https?:\/\//i.test(guidText) ? guidText : '';
    const href = atomLink ?? (rssLink || guidLink);
    if (!href) continue;
    let url: string;
    try {
      url = new URL(href, baseUrl).href;
    } catch {
      continue;
    }
    links.push({ url, title: textOf(text('title')), summary: textOf(text('description')) ?? textOf(text('summary')) });
  }
  return links;
}

/** An RSS 2.0 / Atom / RDF feed whose items link to article pages. */
export const rssKind = {
  kind: 'rss',
  description: 'RSS 2.0, Atom or RDF feed; its items link to the articles',
  options: {},
  archive: true,
  async read(target, ctx) {
    const feed = await ctx.fetchDocument(target.url, 'xml');
    if (feed.status === 'not-modified') return { status: 'not-modified' };
    if (feed.status === 'error') return readFailure(feed);
    const links = parseFeed(feed.page.body, feed.page.url);
    if (links === null) {
      return {
        status: 'error',
        error: new FetchError(feed.page.url, 'not an RSS, Atom or RDF feed'),
        transient: true,
        retryAfterMs: null,
      };
    }
    return fetchArticles(links, ctx);
  },
} satisfies SourceKind;
