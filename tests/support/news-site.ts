import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rssFeed } from './news.js';
import { monthLabel } from '../../src/calendar/months.js';

/** An article as a test writes it: the site renders it as a WordPress-like page. */
export interface NewsArticle {
  /** YYYY-MM-DD */
  published: string;
  title: string;
  paragraphs: string[];
  /** The page gives no date of its own (no metadata, none in its URL); only its feed item's pubDate does. */
  undated?: boolean;
}

/** An article and the outlet that publishes it. */
export type Published = NewsArticle & { outlet: string };

/** A one-paragraph story an outlet publishes on a day. */
export const story = (outlet: string, published: string, title: string, text: string): Published => ({
  outlet,
  published,
  title,
  paragraphs: [text],
});

/** Outlet ids used in tests, and the names alerts show. */
export const OUTLETS: Readonly<Record<string, string>> = {
  dawn: 'Dawn',
  brecorder: 'Business Recorder',
  tribune: 'The Express Tribune',
  ary: 'ARY News',
  propakistani: 'ProPakistani',
};

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
  /** Resolves once `count` requests have arrived in all (counting those before the call). */
  requested(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A new monthly IT-exports record as the press reports it. The story comes out on the 18th of the
 * next month, as the State Bank's data does.
 */
export function recordStory(month: string, usdMillions: number): NewsArticle {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = monthLabel(month);
  return {
    published: new Date(Date.UTC(y, m, 18)).toISOString().slice(0, 10),
    title: `Pakistan's IT exports hit a record $${usdMillions} million in ${name}`,
    paragraphs: [
      `Pakistan's IT exports rose to an all-time high of $${usdMillions} million in ${name}, according to data released by the State Bank of Pakistan on Wednesday.`,
      'Industry representatives credited freelancers and software houses for the growth, and said the sector expects the momentum to continue through the fiscal year.',
    ],
  };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function page(a: NewsArticle): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>
${a.undated ? '' : `<meta property="article:published_time" content="${a.published}T09:00:00+05:00">`}</head>
<body><article><h1>${escapeHtml(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}

function feed(title: string, items: Array<{ url: string; article: NewsArticle }>): string {
  return rssFeed(
    items.map(({ url, article }) => ({
      title: article.title,
      link: url,
      pubDate: new Date(`${article.published}T04:00:00Z`).toUTCString(),
    })),
    title,
  );
}

/**
 * Starts the site. `delay` holds every answer for a time drawn from `random` (a test's seeded
 * generator) up to `maxMs`, so ticks last long enough for a kill to land in the middle of one.
 */
export async function startNewsSite(opts: { delay?: { maxMs: number; random: () => number } } = {}): Promise<NewsSite> {
  const feeds = new Map<string, Array<{ url: string; article: NewsArticle }>>();
  const articles = new Map<string, NewsArticle>();
  const hits: string[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let baseUrl = '';
  const site: NewsSite = {
    baseUrl: '',
    archivePerPage: 2,
    hits,
    feedUrl: (outlet) => `${baseUrl}/${outlet}/feed/`,
    publish(outlet, article) {
      const dated = article.undated ? 'news' : article.published.replaceAll('-', '/');
      const url = `${baseUrl}/${outlet}/${dated}/${slug(article.title)}/`;
      articles.set(new URL(url).pathname, article);
      feeds.set(outlet, [{ url, article }, ...(feeds.get(outlet) ?? [])]);
      return url;
    },
    revise(url, article) {
      articles.set(new URL(url).pathname, article);
    },
    requested(count) {
      return hits.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
  const answer = (url: URL, res: import('node:http').ServerResponse): void => {
    const feedMatch = /^\/([\w-]+)\/feed\/$/.exec(url.pathname);
    if (feedMatch) {
      const items = feeds.get(feedMatch[1]!) ?? [];
      const paged = url.searchParams.get('paged');
      const n = paged === null ? 0 : Number(paged) - 1;
      const slice =
        paged === null ? items.slice(0, 10) : items.slice(n * site.archivePerPage, (n + 1) * site.archivePerPage);
      if (paged !== null && slice.length === 0) return void res.writeHead(404).end('no such page');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(feedMatch[1]!, slice));
      return;
    }
    const article = articles.get(url.pathname);
    if (!article) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(article));
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname + url.search);
    for (const w of waiters.filter((w) => hits.length >= w.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
    const delay = opts.delay ? Math.floor(opts.delay.random() * opts.delay.maxMs) : 0;
    if (delay > 0) setTimeout(() => answer(url, res), delay);
    else answer(url, res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.baseUrl = baseUrl;
  return site;
}
