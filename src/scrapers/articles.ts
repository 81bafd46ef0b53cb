import type { ArticleLink, ArticlePage, ArticleFailure, SourceContext, SourceOutcome } from './types.js';

/** Fetches the relevant, unseen article pages a listing links to; a failing page never fails the listing. */
export async function fetchArticles(links: readonly ArticleLink[], ctx: SourceContext): Promise<SourceOutcome> {
  const articles: ArticlePage[] = [];
  const failures: ArticleFailure[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const link of links) {
    if (seen.has(link.url) || !ctx.isRelevant(link) || (await ctx.alreadySeen(link.url))) {
      skipped++;
      continue;
    }
    seen.add(link.url);
    const res = await ctx.http.get(link.url);
    if (res.status === 'ok') articles.push({ url: res.page.url, html: res.page.body, listedTitle: link.title });
    else if (res.status === 'error') failures.push({ url: link.url, error: res.error });
  }
  return { status: 'ok', articles, skipped, failures };
}
