import { articleKey, canonicalUrl, findCanonical } from './canonical.js';
import type { ArticleFailure, ArticleLink, ArticlePage, SourceContext, SourceOutcome } from './types.js';

// A listing that links more new relevant articles than this in one read is not a news listing.
export const MAX_ARTICLES_PER_READ = 50;

/**
 * Fetches the relevant, unclaimed article pages a listing links to; a failing page never fails the
 * listing. Links are deduplicated by article key, so a feed that repeats an item (duplicate GUIDs,
 * rewritten pubDates, tracking parameters) yields each article once.
 */
export async function fetchArticles(links: readonly ArticleLink[], ctx: SourceContext): Promise<SourceOutcome> {
  let skipped = 0;
  const wanted: Array<{ link: ArticleLink; key: string }> = [];
  const inListing = new Set<string>();
  for (const link of links) {
    const key = articleKey(link.url);
    if (inListing.has(key) || !ctx.isRelevant(link) || wanted.length >= MAX_ARTICLES_PER_READ) {
      skipped++;
      continue;
    }
    inListing.add(key);
    if (await ctx.claim(key)) wanted.push({ link, key });
    else skipped++;
  }

  // All at once: the host gate keeps it to one request at a time per host.
  let articles = 0;
  const failures: ArticleFailure[] = [];
  await Promise.all(
    wanted.map(async ({ link, key }) => {
      const r = await fetchOne(link, key, ctx);
      if (r.status === 'failed') return void failures.push(r.failure);
      if (r.status === 'duplicate') return void skipped++;
      articles++;
      await ctx.accept(r.page);
    }),
  );
  return { status: 'ok', articles, skipped, failures, newest: links[0] ? articleKey(links[0].url) : null };
}

async function fetchOne(
  link: ArticleLink,
  key: string,
  ctx: SourceContext,
): Promise<
  { status: 'article'; page: ArticlePage } | { status: 'failed'; failure: ArticleFailure } | { status: 'duplicate' }
> {
  const res = await ctx.fetchArticle(link.url, key);
  if (res.status === 'error')
    return {
      status: 'failed',
      failure: {
        url: link.url,
        keys: [key],
        error: res.error,
        transient: res.transient,
        httpStatus: res.httpStatus,
        hung: res.hung,
        untried: res.aborted && !res.hung,
      },
    };
  if (res.status === 'not-modified') return { status: 'duplicate' };
  const page = {
    ...articlePage(res.page.url, res.page.body, link.title, key),
    listedPublished: link.published ?? null,
  };
  // The link was new, but the page may be one already read under its canonical URL (a shortlink, a feed proxy).
  for (const k of page.keys.slice(1)) if (!(await ctx.claim(k))) return { status: 'duplicate' };
  return { status: 'article', page };
}

/** An article page with its canonical URL and every key it is known by (listed link first). */
export function articlePage(
  fetchedUrl: string,
  html: string,
  listedTitle: string | null,
  listedKey: string = articleKey(fetchedUrl),
): ArticlePage {
  const url = findCanonical(html, fetchedUrl) ?? canonicalUrl(fetchedUrl);
  const keys = [...new Set([listedKey, articleKey(fetchedUrl), articleKey(url)])];
  return { url, html, listedTitle, keys };
}
