import { z } from 'zod';
import { FetchError } from '../../errors.js';
import { fetchArticles } from '../articles.js';
import { compileSelector, type StreamSelector } from '../markup/selector.js';
import { streamMarkup, type WorkMeter } from '../markup/stream.js';
import type { ArticleLink, SourceKind, SourceTarget } from '../types.js';
import { readFailure, regexSource, textOf } from './shared.js';

// Section pages carry a few hundred links (menus, tickers, footers); only the first ones matching are news.
const MAX_LINKS = 200;
// A link's text is a headline; more than this is a page pretending to be one link.
const MAX_TEXT = 2_000;

/** Why `selector` cannot be used for a listing, or null when it can; the config checks every listing's selector. */
export function selectorProblem(selector: string): string | null {
  try {
    compileSelector(selector);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** One anchor being read: its address, title attribute and text so far. */
interface OpenLink {
  href: string;
  title: string | undefined;
  text: string;
}

/**
 * Article links of an HTML listing page: anchors matched by `selector` (or inside elements it matches),
 * kept when their absolute URL matches `urlPattern`. Either may be left out, not both (the config says so).
 * One streaming pass: the selector is matched as each element opens, never searched for per link, so a page
 * costs time in proportion to its size whatever its shape.
 */
export function parseListing(
  html: string,
  baseUrl: string,
  target: Pick<SourceTarget, 'selector' | 'urlPattern'>,
  meter?: WorkMeter,
): ArticleLink[] {
  const pattern = target.urlPattern ? new RegExp(target.urlPattern, 'i') : null;
  const selector: StreamSelector | null = target.selector ? compileSelector(target.selector) : null;
  const matcher = selector?.matcher();
  const links: ArticleLink[] = [];
  const seen = new Set<string>();
  // Addresses as written, already judged: a menu repeating one link thousands of times is resolved once.
  const judged = new Set<string>();
  // Per open element: whether it or an element around it matched the selector.
  const scoped: boolean[] = [];
  let link: OpenLink | null = null;

  const finish = (): void => {
    const open = link!;
    link = null;
    if (links.length >= MAX_LINKS || judged.has(open.href)) return;
    judged.add(open.href);
    let url: URL;
    try {
      url = new URL(open.href, baseUrl);
    } catch {
      return;
    }
    url.hash = '';
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) return;
    if (pattern && !pattern.test(url.href)) return;
    seen.add(url.href);
    links.push({ url: url.href, title: textOf(open.text) ?? textOf(open.title), summary: null });
  };

  streamMarkup(
    html,
    { xml: false, attributes: new Set(['href', 'title', ...(selector?.attributes ?? [])]), meter },
    {
      open(name, attribs, depth) {
        let inScope = true;
        if (matcher) {
          if (meter) meter.steps++;
          inScope = matcher.enter(depth, name, attribs) || (depth > 0 && scoped[depth - 1]!);
          scoped[depth] = inScope;
        }
        if (name !== 'a' || attribs.href === undefined || !inScope) return;
        if (link) finish();
        link = { href: attribs.href, title: attribs.title, text: '' };
      },
      close(name) {
        // The anchor's closing tag, written or implied (a link ends where the next one starts).
        if (link && name === 'a') finish();
      },
      text(text) {
        if (link && link.text.length < MAX_TEXT) link.text += text.slice(0, MAX_TEXT - link.text.length);
      },
    },
  );
  if (link) finish();
  return links;
}

/** An HTML section page (e.g. "Business"); article links chosen by CSS selector and/or URL pattern. */
export const listingKind = {
  kind: 'listing',
  description: 'HTML section page; article links chosen by `selector` and/or `urlPattern`',
  options: {
    selector: z
      .string()
      .min(1)
      .superRefine((selector, ctx) => {
        const problem = selectorProblem(selector);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
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
