import type { SourceKind } from '../types.js';

/** A single article page, read whole on every tick it is due. */
export const articleKind: SourceKind = {
  kind: 'article',
  async read(url, ctx) {
    const res = await ctx.http.get(url);
    if (res.status === 'not-modified') return { status: 'not-modified' };
    if (res.status === 'error') return { status: 'error', error: res.error };
    return { status: 'ok', articles: [{ url: res.page.url, html: res.page.body, listedTitle: null }], skipped: 0, failures: [] };
  },
};
