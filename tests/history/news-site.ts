import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An article as a test writes it: the site renders it as a WordPress-like page. */
export interface NewsArticle {
  /** YYYY-MM-DD */
  published: string;
  title: string;
  paragraphs: string[];
}

/** Several outlets on one 127.0.0.1 server, each with a feed at /{outlet}/feed/ that a test publishes to. */
export interface NewsSite {
  baseUrl: string;
  feedUrl(outlet: string): string;
  /** Adds the article to the outlet's feed (newest first) and returns its URL. */
  publish(outlet: string, article: NewsArticle): string;
  /** Rewrites a published article's text in place (same URL), as a site correcting a figure would. */
  revise(url: string, article: NewsArticle): void;
  /** Serves page N of an outlet's archive at /{outlet}/feed/?paged=N, `perPage` items each. */
  archivePerPage: number;
  /** Requests answered so far, by path. */
  hits: string[];
  close(): Promise<void>;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

function page(a: NewsArticle): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>
<meta property="article:published_time" content="${a.published}T09:00:00+05:00"></head>
<body><article><h1>${escapeHtml(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}

function feed(title: string, items: Array<{ url: string; article: NewsArticle }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeHtml(title)}</title>
${items.map(({ url, article }) => `<item><title>${escapeHtml(article.title)}</title><link>${url}</link><pubDate>${new Date(`${article.published}T04:00:00Z`).toUTCString()}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

export async function startNewsSite(): Promise<NewsSite> {
  const feeds = new Map<string, Array<{ url: string; article: NewsArticle }>>();
  const articles = new Map<string, NewsArticle>();
  const hits: string[] = [];
  let baseUrl = '';
  const site: NewsSite = {
    baseUrl: '',
    archivePerPage: 2,
    hits,
    feedUrl: (outlet) => `${baseUrl}/${outlet}/feed/`,
    publish(outlet, article) {
      const url = `${baseUrl}/${outlet}/${article.published.replaceAll('-', '/')}/${slug(article.title)}/`;
      articles.set(new URL(url).pathname, article);
      feeds.set(outlet, [{ url, article }, ...(feeds.get(outlet) ?? [])]);
      return url;
    },
    revise(url, article) {
      articles.set(new URL(url).pathname, article);
    },
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname + url.search);
    const feedMatch = /^\/([\w-]+)\/feed\/$/.exec(url.pathname);
    if (feedMatch) {
      const items = feeds.get(feedMatch[1]!) ?? [];
      const paged = url.searchParams.get('paged');
      const n = paged === null ? 0 : Number(paged) - 1;
      const slice = paged === null ? items.slice(0, 10) : items.slice(n * site.archivePerPage, (n + 1) * site.archivePerPage);
      if (paged !== null && slice.length === 0) return void res.writeHead(404).end('no such page');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(feedMatch[1]!, slice));
      return;
    }
    const article = articles.get(url.pathname);
    if (!article) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(article));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.baseUrl = baseUrl;
  return site;
}
