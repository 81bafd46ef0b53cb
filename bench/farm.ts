/**
 * The benchmark's news sites: `hosts` loopback addresses, each serving `feeds` RSS feeds of `items`
 * items (with ETags, so a second read is a 304), robots.txt, and article pages shaped like a real
 * outlet's (navigation, tickers, sidebar, scripts, ~50 KB). Runs in its own process so the
 * benchmark measures only exportwatch's CPU. Talks to its parent over IPC.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const [hosts, feeds, items] = process.argv.slice(2).map(Number) as [number, number, number];
const POOL = Math.max(items + 10, 30);
const stats = { requests: 0, notModified: 0, robots: 0, feeds: 0, articles: 0 };

// Every tenth article of a host's pool is about a tracked series; the rest are the other news of the day.
const OTHER = [
  'Cricket board names squad for the Australia tour',
  'Heatwave grips Sindh as mercury touches 47°C',
  'Senate passes amended election bill',
  'Karachi traffic plan for the new bus corridor',
  'Petrol price kept unchanged for next fortnight',
  'Wheat procurement target revised in Punjab',
  'Lahore smog season: schools to stay shut',
  'New airline route links Islamabad and Baku',
  'Gold price climbs Rs2,000 per tola',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
];
const relevant = (i: number): boolean => i % 10 === 3;

function title(host: number, i: number): string {
  if (!relevant(i)) return `${OTHER[(host + i) % OTHER.length]} (${host}-${i})`;
  const month = MONTHS[(host + i) % MONTHS.length];
  return (host + i) % 2 === 0
    ? `IT exports rise to $${240 + ((host * 7 + i) % 50)} million in ${month} 2024`
    : `Workers' remittances reach $${2_500 + ((host + i) % 400)} million in ${month} 2024`;
}

function articlePage(base: string, host: number, i: number): string {
  const t = title(host, i);
  const nav = Array.from({ length: 80 }, (_, k) => `<li><a href="${base}/section/${k}/">Section ${k}</a></li>`).join(
    '',
  );
  const teasers = Array.from(
    { length: 20 },
    (_, k) => `<li><a href="${base}/news/${(i + k) % POOL}/">${title(host, (i + k) % POOL)}</a></li>`,
  ).join('');
  const body = [
    relevant(i)
      ? `${t.replace(/ in (\w+) 2024$/, '')} in ${t.split(' in ').at(-1)}, up ${10 + (i % 20)} percent year-on-year, according to data released by the State Bank of Pakistan on Monday.`
      : `${t}. Officials said the decision followed weeks of consultations with stakeholders across the province.`,
    ...Array.from(
      { length: 9 },
      (_, k) =>
        `Paragraph ${k + 2} of the report goes into the background: analysts in Karachi and Lahore said the numbers reflected seasonal patterns, and that the coming quarter would tell whether the trend holds. The finance ministry declined to comment on the figures at this stage.`,
    ),
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${t} | Business</title>
<link rel="canonical" href="${base}/news/${i}/"><meta property="article:published_time" content="2024-05-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00+05:00">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: t, datePublished: '2024-05-10T09:00:00+05:00', publisher: { name: 'Bench News' } })}</script>
<script>${'window.__ADS__ = window.__ADS__ || [];'.repeat(120)}</script>
<style>${'.c{margin:0;padding:0}'.repeat(200)}</style></head><body>
<header><nav><ul>${nav}</ul></nav></header><div class="ticker">KSE-100 62,451 ▲ 0.8% · USD/PKR 278.4 · Gold Rs 243,500</div>
<main><article><h1>${t}</h1><div class="entry-content">${body.map((p) => `<p>${p}</p>`).join('\n')}</div></article></main>
<aside class="sidebar"><h3>Most read</h3><ul>${teasers}</ul></aside><footer>${'<p>© Bench News. All rights reserved.</p>'.repeat(10)}</footer></body></html>`;
}

function feed(base: string, host: number, f: number): string {
  const list = Array.from({ length: items }, (_, k) => (f * 7 + k) % POOL);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${f}</title><link>${base}/</link>
${list.map((i) => `<item><title>${title(host, i)}</title><link>${base}/news/${i}/</link><guid isPermaLink="false">${base}/?p=${i}</guid><pubDate>Fri, 10 May 2024 09:00:00 +0000</pubDate><description><![CDATA[${title(host, i)}. More inside.]]></description></item>`).join('\n')}
</channel></rss>`;
}

function handle(base: string, host: number, req: IncomingMessage, res: ServerResponse): void {
  stats.requests++;
  const path = req.url ?? '/';
  if (path === '/robots.txt') {
    stats.robots++;
    return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /admin/\n');
  }
  const feedMatch = /^\/feeds\/(\d+)\.xml$/.exec(path);
  if (feedMatch) {
    stats.feeds++;
    const etag = `"feed-${host}-${feedMatch[1]}-v1"`;
    if (req.headers['if-none-match'] === etag) {
      stats.notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    return void res
      .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag })
      .end(feed(base, host, Number(feedMatch[1])));
  }
  const article = /^\/news\/(\d+)\/$/.exec(path);
  if (article) {
    stats.articles++;
    return void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(articlePage(base, host, Number(article[1])));
  }
  res.writeHead(404).end();
}

const address = (n: number): string => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
const urls: string[] = [];
for (let h = 0; h < hosts; h++) {
  const server = createServer();
  server.listen(0, address(h));
  await once(server, 'listening');
  const base = `http://${address(h)}:${(server.address() as AddressInfo).port}`;
  server.on('request', (req, res) => handle(base, h, req, res));
  for (let f = 0; f < feeds; f++) urls.push(`${base}/feeds/${f}.xml`);
}
// Never outlive the benchmark, however it ends.
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => {
  if (m === 'stats') process.send!({ ...stats, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });
  if (m === 'reset') {
    for (const k of Object.keys(stats) as Array<keyof typeof stats>) stats[k] = 0;
    process.send!({ ...stats });
  }
  if (m === 'exit') process.exit(0);
});
process.send!({ urls });
