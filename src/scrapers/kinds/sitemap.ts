import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import { streamMarkup, type WorkMeter } from '../markup/stream.js';
import type { ArticleLink, SourceContext, SourceKind, SourceOutcome } from '../types.js';
import { readFailure, regexSource, textOf } from './shared.js';

// Google News sitemaps hold the last two days (at most 1,000 URLs); the newest few hundred are enough.
const MAX_URLS = 300;
// A sitemap index is followed to its newest children only: older ones hold old news.
const MAX_CHILD_SITEMAPS = 3;
// A field (a URL, a date, a title) longer than this is cut.
const MAX_FIELD = 8_192;

/** What a sitemap document holds: article URLs, or (an index) the sitemaps to read. */
export type ParsedSitemap =
  { kind: 'urls'; links: ArticleLink[] } | { kind: 'index'; sitemaps: string[] } | { kind: 'not-a-sitemap' };

// The fields of an entry (`urlset > url`, `sitemapindex > sitemap`) read from its direct children, and those of its
// first Google News block (`news:news`) read from anywhere inside it.
const ENTRY_FIELDS: Readonly<Record<string, string>> = { loc: 'loc', lastmod: 'lastmod' };
const NEWS_FIELDS: Readonly<Record<string, string>> = {
  'news:publication_date': 'date',
  publication_date: 'date',
  'news:title': 'title',
  title: 'title',
  'news:keywords': 'keywords',
  keywords: 'keywords',
};
const NEWS = new Set(['news:news', 'news']);

/** An entry being read. */
interface OpenEntry {
  depth: number;
  fields: Map<string, string>;
  /** Depth of its first news block while inside it; -1 outside; -2 once it has been read. */
  newsDepth: number;
}

/**
 * Reads a sitemap or sitemap index, with Google News extensions (`news:title`, `news:keywords`), in one
 * streaming pass; each entry's fields are kept as they go by, the first of each name.
 */
export function parseSitemap(xml: string, baseUrl: string, urlPattern?: string, meter?: WorkMeter): ParsedSitemap {
  const pattern = urlPattern ? new RegExp(urlPattern, 'i') : null;
  const absolute = (href: string): string | null => {
    try {
      return new URL(href.trim(), baseUrl).href;
    } catch {
      return null;
    }
  };
  // Names of the open elements, to tell an entry (a direct child of its list) from a namesake deeper down.
  const names: string[] = [];
  let isIndex = false;
  let isUrlset = false;
  const urls: Array<Map<string, string>> = [];
  const sitemaps: Array<Map<string, string>> = [];
  let entry: (OpenEntry & { list: Array<Map<string, string>> }) | null = null;
  let field: { key: string; depth: number; text: string } | null = null;

  streamMarkup(
    xml,
    { xml: true, attributes: new Set(), meter },
    {
      open(name, _attribs, depth) {
        names[depth] = name;
        if (name === 'sitemapindex') isIndex = true;
        if (name === 'urlset') isUrlset = true;
        const parent = names[depth - 1];
        if (!entry) {
          if ((name === 'url' && parent === 'urlset') || (name === 'sitemap' && parent === 'sitemapindex'))
            entry = { depth, fields: new Map(), newsDepth: -1, list: name === 'url' ? urls : sitemaps };
          return;
        }
        if (field) return;
        if (depth === entry.depth + 1) {
          if (ENTRY_FIELDS[name] && !entry.fields.has(ENTRY_FIELDS[name]))
            field = { key: ENTRY_FIELDS[name], depth, text: '' };
          else if (NEWS.has(name) && entry.newsDepth === -1) entry.newsDepth = depth;
          return;
        }
        const key = NEWS_FIELDS[name];
        if (entry.newsDepth >= 0 && key && !entry.fields.has(key)) field = { key, depth, text: '' };
      },
      close(_name, depth) {
        if (field && depth === field.depth) {
          entry!.fields.set(field.key, field.text.trim());
          field = null;
          return;
        }
        if (!entry) return;
        if (entry.newsDepth === depth) entry.newsDepth = -2;
        if (depth === entry.depth) {
          entry.list.push(entry.fields);
          entry = null;
          field = null;
        }
      },
      text(text) {
        if (field && field.text.length < MAX_FIELD) field.text += text.slice(0, MAX_FIELD - field.text.length);
      },
    },
  );
  if (isIndex) {
    const children = sitemaps
      .map((f) => ({ loc: absolute(f.get('loc') ?? ''), lastmod: f.get('lastmod') ?? '' }))
      .filter((c): c is { loc: string; lastmod: string } => c.loc !== null)
      .sort((a, b) => b.lastmod.localeCompare(a.lastmod));
    return { kind: 'index', sitemaps: children.slice(0, MAX_CHILD_SITEMAPS).map((c) => c.loc) };
  }
  if (!isUrlset) return { kind: 'not-a-sitemap' };
  const entries = urls
    .map((f) => ({
      loc: absolute(f.get('loc') ?? ''),
      date: f.get('date') || (f.get('lastmod') ?? ''),
      // news:publication_date only: a lastmod moves with every edit.
      published: textOf(f.get('date')),
      title: textOf(f.get('title')),
      keywords: textOf(f.get('keywords')),
    }))
    .filter((e) => e.loc !== null && (!pattern || pattern.test(e.loc)));
  // Newest first, so the cap drops old news rather than new.
  entries.sort((a, b) => b.date.localeCompare(a.date));
  return {
    kind: 'urls',
    links: entries
      .slice(0, MAX_URLS)
      .map((e) => ({ url: e.loc!, title: e.title, summary: e.keywords, published: e.published })),
  };
}

/** A news sitemap (sitemap XML with Google News extensions), or a sitemap index of them. */
export const sitemapKind = {
  kind: 'sitemap',
  description: 'news sitemap (or sitemap index); `urlPattern` may narrow its URLs',
  options: { urlPattern: regexSource.optional() },
  archive: false,
  async read(target, ctx) {
    const doc = await ctx.fetchDocument(target.url, 'xml');
    if (doc.status === 'not-modified') return { status: 'not-modified' };
    if (doc.status === 'error') return readFailure(doc);
    const parsed = parseSitemap(doc.page.body, doc.page.url, target.urlPattern);
    if (parsed.kind === 'not-a-sitemap') return notASitemap(doc.page.url);
    if (parsed.kind === 'urls') return fetchArticles(parsed.links, ctx);
    return readChildren(parsed.sitemaps, target.urlPattern, ctx);
  },
} satisfies SourceKind;

async function readChildren(
  urls: string[],
  urlPattern: string | undefined,
  ctx: SourceContext,
): Promise<SourceOutcome> {
  const links: ArticleLink[] = [];
  let changed = false;
  for (const url of urls) {
    const child = await ctx.fetchDocument(url, 'xml');
    if (child.status === 'not-modified') continue;
    if (child.status === 'error') return readFailure(child);
    const parsed = parseSitemap(child.page.body, child.page.url, urlPattern);
    // An index of indexes is not followed further: one level is what news sites publish.
    if (parsed.kind !== 'urls') return notASitemap(child.page.url);
    changed = true;
    links.push(...parsed.links);
  }
  return changed ? fetchArticles(links, ctx) : { status: 'not-modified' };
}

function notASitemap(url: string): SourceOutcome {
  return {
    status: 'error',
    error: new FetchError(url, 'not a sitemap (no <urlset> or <sitemapindex>)'),
    transient: true,
    retryAfterMs: null,
  };
}
