import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import { streamMarkup, type WorkMeter } from '../markup/stream.js';
import type { ArticleLink, SourceKind } from '../types.js';
import { readFailure, textOf } from './shared.js';

// The newest items are first in every feed we read; a feed with thousands of items is an archive dump.
const MAX_ITEMS = 100;
// A field of an item (title, link, summary) longer than this is cut: a feed item is not a page.
const MAX_FIELD = 8_192;

const FEED_ROOTS = new Set(['rss', 'feed', 'RDF', 'rdf:RDF', 'channel']);
const ITEMS = new Set(['item', 'entry']);
// `pubDate` (RSS), `published` (Atom; not `updated`, which an edit moves), `dc:date` (RDF).
const FIELDS = new Set(['title', 'link', 'guid', 'description', 'summary', 'pubDate', 'published', 'dc:date']);

/** An item being read: the first of each of its fields, and the first Atom link that may be the article. */
interface OpenItem {
  depth: number;
  fields: Map<string, string>;
  atomLink: { href: string | undefined } | null;
  guidIsPermaLink: string | undefined;
}

/**
 * Items of an RSS 2.0, Atom or RDF feed as article links; null when the document is not a feed at all. One
 * streaming pass: each item's fields are its direct children, read as they go by, the first of each name.
 */
export function parseFeed(xml: string, baseUrl: string, meter?: WorkMeter): ArticleLink[] | null {
  let isFeed = false;
  const links: ArticleLink[] = [];
  let items = 0;
  let item: OpenItem | null = null;
  // The field whose text is being read, and the depth of its element.
  let field: { name: string; depth: number; text: string } | null = null;

  streamMarkup(
    xml,
    { xml: true, attributes: new Set(['href', 'rel', 'isPermaLink']), meter },
    {
      open(name, attribs, depth) {
        if (FEED_ROOTS.has(name)) isFeed = true;
        // An item inside an item is not one of the feed's items.
        if (!item && ITEMS.has(name)) {
          if (items++ < MAX_ITEMS) item = { depth, fields: new Map(), atomLink: null, guidIsPermaLink: undefined };
          return;
        }
        if (!item || depth !== item.depth + 1 || !FIELDS.has(name) || field) return;
        if (name === 'link' && !item.atomLink && (attribs.rel === 'alternate' || attribs.rel === undefined))
          item.atomLink = { href: attribs.href };
        if (name === 'guid' && !item.fields.has('guid')) item.guidIsPermaLink = attribs.isPermaLink;
        if (!item.fields.has(name)) field = { name, depth, text: '' };
      },
      close(name, depth) {
        if (field && depth === field.depth) {
          item!.fields.set(field.name, field.text);
          field = null;
          return;
        }
        if (item && depth === item.depth) {
          const link = itemLink(item, baseUrl);
          if (link) links.push(link);
          item = null;
          field = null;
        }
      },
      text(text) {
        if (field && field.text.length < MAX_FIELD) field.text += text.slice(0, MAX_FIELD - field.text.length);
      },
    },
  );
  return isFeed ? links : null;
}

function itemLink(item: OpenItem, baseUrl: string): ArticleLink | null {
  const text = (name: string): string => item.fields.get(name) ?? '';
  const rssLink = text('link').trim();
  const guidText = text('guid').trim();
  // A GUID is a URL only when it says so (isPermaLink defaults to true) and looks like one.
  const guidLink =
    item.fields.has('guid') && item.guidIsPermaLink !== 'false' && /^https?:\/\//i.test(guidText) ? guidText : '';
  const href = item.atomLink?.href ?? (rssLink || guidLink);
  if (!href) return null;
  let url: string;
  try {
    url = new URL(href, baseUrl).href;
  } catch {
    return null;
  }
  return {
    url,
    title: textOf(text('title')),
    summary: textOf(text('description')) ?? textOf(text('summary')),
    published: textOf(text('pubDate')) ?? textOf(text('published')) ?? textOf(text('dc:date')),
  };
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
