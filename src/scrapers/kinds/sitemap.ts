import { load } from 'cheerio/slim';
import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import type { ArticleLink, SourceContext, SourceKind, SourceOutcome } from '../types.js';
import { readFailure, regexSource, textOf } from './shared.js';

// Google News sitemaps hold the last two days (at most 1,000 URLs); the newest few hundred are enough.
const MAX_URLS = 300;
// A sitemap index is followed to its newest children only: older ones hold old news.
const MAX_CHILD_SITEMAPS = 3;

/** What a sitemap document holds: article URLs, or (an index) the sitemaps to read. */
export type ParsedSitemap =
  { kind: 'urls'; links: ArticleLink[] } | { kind: 'index'; sitemaps: string[] } | { kind: 'not-a-sitemap' };

/** Reads a sitemap or sitemap index, with Google News extensions (`news:title`, `news:keywords`). */
export function parseSitemap(xml: string, baseUrl: string, urlPattern?: string): ParsedSitemap {
  const $ = load(xml, { xml: true });
  const pattern = urlPattern ? new RegExp(urlPattern, 'i') : null;
  const absolute = (href: string): string | null => {
    try {
      return new URL(href.trim(), baseUrl).href;
    } catch {
      return null;
    }
  };
  if ($('sitemapindex').length > 0) {
    const children = $('sitemapindex > sitemap')
      .toArray()
      .map((el) => ({ loc: absolute($(el).children('loc').text()), lastmod: $(el).children('lastmod').text().trim() }))
      .filter((c): c is { loc: string; lastmod: string } => c.loc !== null)
      .sort((a, b) => b.lastmod.localeCompare(a.lastmod));
    return { kind: 'index', sitemaps: children.slice(0, MAX_CHILD_SITEMAPS).map((c) => c.loc) };
  }
  if ($('urlset').length === 0) return { kind: 'not-a-sitemap' };
  const entries = $('urlset > url')
    .toArray()
    .map((el) => {
      const url = $(el);
      const news = url.children('news\\:news, news').first();
      return {
        loc: absolute(url.children('loc').text()),
        date:
          news.find('news\\:publication_date, publication_date').first().text().trim() ||
          url.children('lastmod').text().trim(),
        title: textOf(news.find('news\\:title, title').first().text()),
        keywords: textOf(news.find('news\\:keywords, keywords').first().text()),
      };
    })
    .filter((e) => e.loc !== null && (!pattern || pattern.test(e.loc)));
  // Newest first, so the cap drops old news rather than new.
  entries.sort((a, b) => b.date.localeCompare(a.date));
  return {
    kind: 'urls',
    links: entries.slice(0, MAX_URLS).map((e) => ({ url: e.loc!, title: e.title, summary: e.keywords })),
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
