import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A monthly IT-exports record the news site reports. */
export interface RecordStory {
  month: string; // YYYY-MM
  usdMillions: number;
}

/** A news site on 127.0.0.1 whose feed grows as the test publishes record stories. */
export interface NewsSite {
  baseUrl: string;
  feedUrl: string;
  publish(story: RecordStory): void;
  /** Requests served, for the report. */
  requests(): number;
  close(): Promise<void>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

// The story comes out on the 18th of the next month, as the State Bank's data does.
function publishedOn(ym: string): Date {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 18, 5, 0, 0));
}

function headline(s: RecordStory): string {
  return `Pakistan's IT exports hit a record $${s.usdMillions} million in ${monthName(s.month)}`;
}

function articleHtml(s: RecordStory): string {
  const at = publishedOn(s.month).toISOString();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${headline(s)} | Chaos Wire</title>
<meta property="article:published_time" content="${at}"></head>
<body><header><nav><a href="/">Chaos Wire</a></nav></header>
<main><article>
<h1>${headline(s)}</h1>
<time datetime="${at}">${at.slice(0, 10)}</time>
<p>Pakistan's IT exports rose to an all-time high of $${s.usdMillions} million in ${monthName(s.month)}, according to data released by the State Bank of Pakistan on Wednesday.</p>
<p>Industry representatives credited freelancers and software houses for the growth, and said the sector expects the momentum to continue through the fiscal year.</p>
</article></main></body></html>`;
}

/**
 * Starts the site. `delayMs` holds every answer for a random time up to that many milliseconds, so ticks
 * last long enough for a kill to land in the middle of one.
 */
export async function startNewsSite(opts: { delayMs?: number } = {}): Promise<NewsSite> {
  const stories: RecordStory[] = [];
  let served = 0;
  let baseUrl = '';
  const path = (s: RecordStory): string => `/${publishedOn(s.month).toISOString().slice(0, 10).replaceAll('-', '/')}/it-exports-record-${s.month}/`;
  const feed = (): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chaos Wire</title><link>${baseUrl}/</link><description>Business news</description>
${stories.toReversed().map((s) => `<item><title>${headline(s)}</title><link>${baseUrl}${path(s)}</link><pubDate>${publishedOn(s.month).toUTCString()}</pubDate><guid>${baseUrl}${path(s)}</guid></item>`).join('\n')}
</channel></rss>`;
  const server = createServer((req, res) => {
    served++;
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    const answer = (): void => {
      if (url === '/feed/') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed());
        return;
      }
      const story = stories.find((s) => path(s) === url);
      if (story) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(story));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    const delay = Math.floor(Math.random() * (opts.delayMs ?? 0));
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    feedUrl: `${baseUrl}/feed/`,
    publish: (story) => void stories.push(story),
    requests: () => served,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
