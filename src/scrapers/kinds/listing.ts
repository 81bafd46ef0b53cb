import { load } from 'cheerio/slim';
import { z } from 'zod';
import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import type { ArticleLink, SourceKind, SourceTarget } from '../types.js';
import { readFailure, regexSource, textOf } from './shared.js';

// Section pages carry a few hundred links (menus, tickers, footers); only the first ones matching are news.
const MAX_LINKS = 200;

/** True when `selector` is a CSS selector cheerio can run; the config checks every listing's selector with it. */
export function isValidSelector(selector: string): boolean {
  try {
    load('<p></p>')(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * Article links of an HTML listing page: anchors matched by `selector` (or inside elements it matches),
 * kept when their absolute URL matches `urlPattern`. Either may be left out, not both (the config says so).
 */
export function parseListing(
  html: string,
  baseUrl: string,
  target: Pick<SourceTarget, 'selector' | 'urlPattern'>,
): ArticleLink[] {
  const $ = load(html, { baseURI: baseUrl });
  const pattern = target.urlPattern ? new RegExp(target.urlPattern, 'i') : null;
  const scope = target.selector ? $(target.selector) : $('body');
  const anchors = scope.filter('a[href]').add(scope.find('a[href]'));
  const links: ArticleLink[] = [];
  const seen = new Set<string>();
  anchors.each((_, el) => {
    if (links.length >= MAX_LINKS) return false;
    const a = $(el);
    let url: URL;
    try {
      url = new URL(a.attr('href') ?? '', baseUrl);
    } catch {
      return;
    }
    url.hash = '';
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) return;
    if (pattern && !pattern.test(url.href)) return;
    seen.add(url.href);
    links.push({ url: url.href, title: textOf(a.text()) ?? textOf(a.attr('title')), summary: null });
    return;
  });
  return links;
}

/** An HTML section page (e.g. "Business"); article links chosen by CSS selector and/or URL pattern. */
export const listingKind = {
  kind: 'listing',
  description: 'HTML section page; article links chosen by `selector` and/or `urlPattern`',
  options: {
    selector: z.string().min(1).refine(isValidSelector, 'a CSS selector such as "h2.story__title a"').optional(),
    urlPattern: regexSource.optional(),
  },
  check: (source) =>
    !source.selector && !source.urlPattern
      ? {
          key: 'selector',
          message: 'a listing needs `selector`, `urlPattern` or both to tell article links from menus',
        }
      : null,
  archive: false,
  async read(target, ctx) {
    const page = await ctx.fetchDocument(target.url, 'html');
    if (page.status === 'not-modified') return { status: 'not-modified' };
    if (page.status === 'error') return readFailure(page);
    let links: ArticleLink[];
    try {
      links = parseListing(page.page.body, page.page.url, target);
    } catch (cause) {
      return {
        status: 'error',
        error: new FetchError(page.page.url, `listing could not be read: ${(cause as Error).message}`, { cause }),
        transient: false,
        retryAfterMs: null,
      };
    }
    return fetchArticles(links, ctx);
  },
} satisfies SourceKind;
