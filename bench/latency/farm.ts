/**
 * The benchmark's news sites: one HTTP server per host on loopback addresses (127.0.2.1 …), each serving
 * its sources' feed, section page or news sitemap, their article pages and robots.txt, misbehaving as the
 * plan says. Articles appear when the run's clock reaches their moment; `published` says when each did.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { monthLabel } from '../../src/calendar/months.js';
import type { Plan, PlannedSeries, PlannedSource, Publication } from './plan.js';

const OTHER = [
  'Cricket board names squad for the Australia tour',
  'Heatwave grips Sindh as mercury touches 47°C',
  'Senate passes amended election bill',
  'Karachi traffic plan for the new bus corridor',
  'Petrol price kept unchanged for next fortnight',
  'Lahore smog season: schools to stay shut',
];
// How deep the hostile pages nest, and how many sibling links they carry: the shapes of the issue's probes.
const HOSTILE_DEPTH = 60_000;
const HOSTILE_SIBLINGS = 30_000;
const LISTED = 20;

/** The month values of a series' seed history, 2024-01 to 2025-12, rising to its `seedMax`. */
export function seedRows(s: PlannedSeries): Array<{ month: string; usdMillions: number }> {
  return Array.from({ length: 24 }, (_, i) => ({
    month: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    usdMillions: Math.round(s.seedMax * (0.7 + (0.3 * i) / 23)),
  }));
}

/** An article as the sites serve it. */
interface Article {
  n: number;
  path: string;
  title: string;
  body: string[];
  publishedAt: number;
}

/** A source's document and what it lists. */
interface SiteSource {
  plan: PlannedSource;
  articles: Article[];
  version: number;
}

/** The running sites. */
export interface Farm {
  /** The config entries of the sources, pointing at the sites. */
  sourceConfigs: Array<Record<string, unknown>>;
  /** Starts the run's clock: publications appear at their moments from now. */
  start(): void;
  /** When each record was published (epoch ms), by series and month. */
  published: Map<string, number>;
  requests: number;
  close(): Promise<void>;
}

const address = (host: number): string => `127.0.${2 + Math.floor(host / 250)}.${1 + (host % 250)}`;
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writeArticle(p: Publication, series: PlannedSeries, n: number): Pick<Article, 'title' | 'body'> {
  const good = series.keyword.replace(/ exports$/, '');
  if (p.kind === 'record')
    return {
      title: `Pakistan's ${good} exports hit a record $${p.usdMillions} million in ${monthLabel(p.month)}`,
      body: [
        `Pakistan's ${good} exports rose to an all-time high of $${p.usdMillions} million in ${monthLabel(p.month)}, according to data released by the State Bank of Pakistan on Wednesday.`,
        'Exporters credited new orders from the Gulf and Central Asia, and said they expect the momentum to continue through the fiscal year.',
      ],
    };
  if (p.kind === 'relevant') {
    // A month of the seed history at exactly its seed value: read and stored, never a record or a conflict.
    const rows = seedRows(series);
    const row = rows[12 + (n % 11)]!;
    return {
      title: `Pakistan's ${good} exports at $${row.usdMillions} million in ${monthLabel(row.month)}`,
      body: [
        `Pakistan's ${good} exports stood at $${row.usdMillions} million in ${monthLabel(row.month)}, according to data released by the State Bank of Pakistan.`,
        'Analysts said the figures reflected seasonal patterns in shipments.',
      ],
    };
  }
  const title = `${OTHER[n % OTHER.length]} (${n})`;
  return { title, body: [`${title}. Officials said the decision followed weeks of consultations.`] };
}

function articleHtml(a: Article): string {
  const nav = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}/">Section ${k}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(a.title)}</title>
<meta property="article:published_time" content="${new Date(a.publishedAt).toISOString()}"></head><body>
<header><nav><ul>${nav}</ul></nav></header><main><article><h1>${escapeXml(a.title)}</h1>
${a.body.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}</article></main><footer>© Bench News</footer></body></html>`;
}

function feedXml(s: SiteSource, base: string): string {
  const items = s.articles
    .slice(0, LISTED)
    .map(
      (a) =>
        `<item><title>${escapeXml(a.title)}</title><link>${base}${a.path}</link><guid isPermaLink="false">${base}/?p=${a.n}</guid><pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate><description><![CDATA[${a.title}]]></description></item>`,
    )
    .join('\n');
  const hostile = s.plan.behaviour === 'hostile';
  const wrapped = hostile ? `${'<x>'.repeat(HOSTILE_DEPTH)}${items}${'</x>'.repeat(HOSTILE_DEPTH)}` : items;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${s.plan.id}</title><link>${base}/</link>\n${wrapped}\n</channel></rss>`;
}

function listingHtml(s: SiteSource, base: string): string {
  const stories = s.articles
    .slice(0, LISTED)
    .map(
      (a) =>
        `<div class="story"><h2 class="story__title"><a href="${base}${a.path}">${escapeXml(a.title)}</a></h2></div>`,
    )
    .join('\n');
  const nav = `<nav>${Array.from({ length: 40 }, (_, k) => `<a href="/section/${k}/">Section ${k}</a>`).join('')}</nav>`;
  let main = stories;
  if (s.plan.behaviour === 'hostile')
    main =
      s.plan.by === 'pattern'
        ? `${stories}${'<a href="/x">x</a>'.repeat(HOSTILE_SIBLINGS)}`
        : `${'<div>'.repeat(HOSTILE_DEPTH)}${stories}${'</div>'.repeat(HOSTILE_DEPTH)}`;
  return `<!doctype html><html><head><title>Business</title></head><body>${nav}<main>${main}</main></body></html>`;
}

function sitemapXml(s: SiteSource, base: string): string {
  const urls = s.articles
    .slice(0, LISTED)
    .map(
      (a) =>
        `<url><loc>${base}${a.path}</loc><news:news><news:publication><news:name>Bench</news:name><news:language>en</news:language></news:publication><news:publication_date>${new Date(a.publishedAt).toISOString()}</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  // Entries count only as children of <urlset>: the hostile part follows them.
  const wrapped =
    s.plan.behaviour === 'hostile' ? `${urls}${'<x>'.repeat(HOSTILE_DEPTH)}${'</x>'.repeat(HOSTILE_DEPTH)}` : urls;
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${wrapped}\n</urlset>`;
}

const DOCUMENT_PATH = { rss: 'feed.xml', listing: 'section/', sitemap: 'sitemap.xml' } as const;

/** Starts one server per host; the sources' articles published before the run are already there. */
export async function startFarm(plan: Plan): Promise<Farm> {
  const seriesById = new Map(plan.series.map((s) => [s.id, s]));
  const sites = new Map<string, SiteSource>(plan.sources.map((p) => [p.id, { plan: p, articles: [], version: 1 }]));
  const byPath = new Map<string, { site: SiteSource; article: Article }>();
  const published = new Map<string, number>();
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const bases: string[] = [];
  const timers: NodeJS.Timeout[] = [];
  let counter = 0;
  const farm: Farm = { sourceConfigs: [], start, published, requests: 0, close };

  const publish = (p: Publication, at: number): void => {
    const site = sites.get(p.source)!;
    const n = ++counter;
    const text = writeArticle(p, seriesById.get(p.series)!, n);
    const slug = text.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 50);
    const article: Article = { n, path: `/${p.source}/news/${n}/${slug}/`, ...text, publishedAt: at };
    site.articles.unshift(article);
    site.version++;
    byPath.set(`${site.plan.host}:${article.path}`, { site, article });
    if (p.kind === 'record') published.set(`${p.series} ${p.month}`, at);
  };

  // Old news on every source before the run: the worker's first read stores it as a baseline. Hosts whose
  // pages hang list ten stories about a tracked series, as in the issue's probe.
  for (const source of plan.sources) {
    const troubled = source.behaviour === 'hang-articles' || source.behaviour === 'drip-articles';
    for (let i = 0; i < 10; i++)
      publish(
        {
          source: source.id,
          atMs: 0,
          kind: troubled ? 'relevant' : 'other',
          series: plan.series[i % plan.series.length]!.id,
          month: '2025-06',
          usdMillions: 0,
        },
        Date.now() - (10 - i) * 3_600_000,
      );
  }

  function answer(host: number, base: string, req: IncomingMessage, res: ServerResponse): void {
    farm.requests++;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/robots.txt') {
      const delay = host % 10 === 7 ? 'Crawl-delay: 5\n' : '';
      return void res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(`User-agent: *\n${delay}Disallow: /admin/\n`);
    }
    const doc = /^\/(s\d+)\/(?:feed\.xml|section\/|sitemap\.xml)$/.exec(path);
    if (doc) {
      const site = sites.get(doc[1]!);
      if (!site || site.plan.host !== host) return void res.writeHead(404).end();
      if (site.plan.behaviour === 'hang-source') return; // never answered
      const etag = `"${site.plan.id}-v${site.version}"`;
      if (site.plan.kind !== 'listing' && req.headers['if-none-match'] === etag)
        return void res.writeHead(304, { etag }).end();
      const [type, body] =
        site.plan.kind === 'rss'
          ? ['application/rss+xml; charset=utf-8', feedXml(site, base)]
          : site.plan.kind === 'sitemap'
            ? ['application/xml; charset=utf-8', sitemapXml(site, base)]
            : ['text/html; charset=utf-8', listingHtml(site, base)];
      // Section pages, like most CMS pages, come without validators.
      const headers: Record<string, string> = { 'content-type': type };
      if (site.plan.kind !== 'listing') headers.etag = etag;
      return void res.writeHead(200, headers).end(body);
    }
    const found = byPath.get(`${host}:${path}`);
    if (!found) return void res.writeHead(404).end('not found');
    const html = articleHtml(found.article);
    if (found.site.plan.behaviour === 'hang-articles') return;
    if (found.site.plan.behaviour === 'drip-articles') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      let i = 0;
      const timer = setInterval(() => {
        if (res.destroyed || i >= html.length) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(html[i++]);
      }, 2_000);
      res.on('close', () => clearInterval(timer));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  }

  for (let host = 0; host < plan.hosts; host++) {
    const server = createServer();
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    server.listen(0, address(host));
    await once(server, 'listening');
    const base = `http://${address(host)}:${(server.address() as AddressInfo).port}`;
    server.on('request', (req, res) => answer(host, base, req, res));
    servers.push(server);
    bases.push(base);
  }
  farm.sourceConfigs = plan.sources.map((s) => ({
    id: s.id,
    outlet: `Outlet ${s.id}`,
    kind: s.kind,
    url: `${bases[s.host]}/${s.id}/${DOCUMENT_PATH[s.kind]}`,
    ...(s.kind === 'listing'
      ? s.by === 'selector'
        ? { selector: 'h2.story__title a' }
        : { selector: 'a', urlPattern: `/${s.id}/news/\\d+/` }
      : {}),
  }));

  function start(): void {
    const t0 = Date.now();
    for (const p of plan.publications)
      timers.push(setTimeout(() => publish(p, Date.now()), Math.max(0, t0 + p.atMs - Date.now())));
  }

  async function close(): Promise<void> {
    for (const t of timers) clearTimeout(t);
    for (const s of sockets) s.destroy();
    await Promise.all(servers.map((s) => new Promise<void>((ok) => s.close(() => ok()))));
  }

  return farm;
}
