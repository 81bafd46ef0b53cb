import { articlePage } from '../articles.js';
import type { SourceKind } from '../types.js';
import { readFailure } from './shared.js';

/** A single article page, fetched conditionally on every tick it is due; processed again only when its text changes. */
export const articleKind = {
  kind: 'article',
  description: 'one article page, read again whenever it changes',
  options: {},
  archive: true,
  async read(target, ctx) {
    const res = await ctx.fetchDocument(target.url, 'html');
    if (res.status === 'not-modified') return { status: 'not-modified' };
    if (res.status === 'error') return readFailure(res);
    await ctx.accept(articlePage(res.page.url, res.page.body, null));
    return { status: 'ok', articles: 1, skipped: 0, failures: [], newest: null };
  },
} satisfies SourceKind;
