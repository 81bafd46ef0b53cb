/**
 * `npm run bench:tick` (compiles, then runs on plain node as production does): ticks over many news
 * sites on loopback addresses, with exportwatch's production politeness defaults (1 s between
 * requests to one host, 4 in flight, robots.txt, timeouts, 5 MB cap):
 *
 *   1. cold tick: empty database, every feed and every relevant article fetched;
 *   2. warm tick in the same process: every feed answers 304;
 *   3. warm tick in a fresh process (a restarted worker): robots.txt asked again, feeds answer 304.
 *
 * Prints wall time, CPU per source, requests and peak RSS for each. Sizes:
 *   BENCH_HOSTS=500 BENCH_FEEDS_PER_HOST=2 BENCH_ITEMS=20 npm run bench:tick
 *
 * Not a test: nothing here passes or fails; the figures go in docs/benchmarks.md and the issue.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, readConfigFile, type SeriesConfig, type SourceConfig } from '../src/config.js';
import { parseSeedCsv } from '../src/history/seed.js';
import { DEFAULT_RECORD_RULE } from '../src/history/records.js';
import { createLogger } from '../src/log.js';
import type { Notifier } from '../src/notify/types.js';
import { runTick, type TickDeps } from '../src/pipeline/tick.js';
import { createHttpClient } from '../src/scrapers/http.js';
import { createSqliteStore } from '../src/store/sqlite.js';

const HOSTS = Number(process.env.BENCH_HOSTS ?? 500);
const FEEDS_PER_HOST = Number(process.env.BENCH_FEEDS_PER_HOST ?? 2);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20);
const HOST_DELAY_MS =
  process.env.BENCH_HOST_DELAY_MS === undefined ? undefined : Number(process.env.BENCH_HOST_DELAY_MS);

/** What one measured tick did, from this process's side. */
interface TickFigures {
  wallMs: number;
  cpuMs: number;
  sources: number;
  counts: Record<string, number>;
  articles: number;
  figures: number;
  alerts: number;
  peak: { maxRss: number; rss: number; heapUsed: number; external: number };
}

interface FarmStats {
  requests: number;
  notModified: number;
  robots: number;
  feeds: number;
  articles: number;
  cpuMs: number;
}

const here = dirname(fileURLToPath(import.meta.url));
// The repository root (this file runs compiled from dist-bench/bench/).
let root = here;
while (!existsSync(join(root, 'package.json'))) root = dirname(root);

const countingNotifier: Notifier = {
  kind: 'bench',
  send: async () => ({ status: 'sent', messageId: null }),
  edit: async () => ({ status: 'sent', messageId: null }),
  sendNotice: async () => ({ status: 'sent', messageId: null }),
};

function tickDeps(urls: readonly string[], dbPath: string, series: SeriesConfig[]): TickDeps {
  const sources: SourceConfig[] = urls.map((url, i) => ({
    id: `feed-${i}`,
    outlet: `Outlet ${i % HOSTS}`,
    kind: 'rss',
    url,
  }));
  return {
    sources,
    series,
    rule: DEFAULT_RECORD_RULE,
    store: createSqliteStore(dbPath),
    notifier: countingNotifier,
    // Production defaults except that loopback is allowed.
    http: createHttpClient({ userAgent: DEFAULTS.userAgent, allowPrivateNetworks: true, hostDelayMs: HOST_DELAY_MS }),
    log: createLogger({ level: 'silent', secrets: [] }),
  };
}

async function measure(deps: TickDeps): Promise<TickFigures> {
  // Sampled during the tick: what the peak is made of (JS heap, or buffers outside it).
  const peak = { maxRss: 0, rss: 0, heapUsed: 0, external: 0 };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external);
  }, 100);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await runTick(deps);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak.maxRss = process.resourceUsage().maxRSS * 1024;
  const counts: Record<string, number> = {};
  for (const r of summary.sources) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    sources: deps.sources.length,
    counts,
    articles: summary.articles,
    figures: summary.figures,
    alerts: summary.alertsCreated,
    peak,
  };
}

function print(label: string, f: TickFigures, farm: FarmStats): void {
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
  console.log(`\n${label}`);
  console.log(`  wall time          ${(f.wallMs / 1000).toFixed(2)} s`);
  console.log(
    `  CPU                ${(f.cpuMs / 1000).toFixed(2)} s = ${(f.cpuMs / f.sources).toFixed(3)} ms per source (${f.sources} sources)`,
  );
  console.log(
    `  requests           ${farm.requests} (robots.txt ${farm.robots}, feeds ${farm.feeds} of which 304 ${farm.notModified}, articles ${farm.articles})`,
  );
  console.log(
    `  sources            ${Object.entries(f.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(`  articles processed ${f.articles}, figures ${f.figures}, alerts ${f.alerts}`);
  console.log(
    `  peak RSS           ${mb(f.peak.maxRss)} MB for the process so far (during this tick: RSS ${mb(f.peak.rss)} MB, JS heap used ${mb(f.peak.heapUsed)} MB, external ${mb(f.peak.external)} MB)`,
  );
}

// A fresh process for the restarted-worker tick: it reads the same database and sites, then reports back.
if (process.argv[2] === '--fresh') {
  const { urls, dbPath } = JSON.parse(readFileSync(process.argv[3]!, 'utf8')) as { urls: string[]; dbPath: string };
  const deps = tickDeps(urls, dbPath, readConfigFile(join(root, 'config/default.json')).series);
  const figures = await measure(deps);
  await deps.http.close();
  await deps.store.close();
  process.send!(figures);
  process.disconnect();
} else {
  const farm = fork(join(here, 'farm.js'), [String(HOSTS), String(FEEDS_PER_HOST), String(ITEMS)]);
  const ask = async <T>(child: ChildProcess, message: string): Promise<T> => {
    child.send(message);
    return ((await once(child, 'message')) as [T])[0];
  };
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-bench-'));
  try {
    const [{ urls }] = (await once(farm, 'message')) as [{ urls: string[] }];
    const dbPath = join(dir, 'bench.db');
    const { series } = readConfigFile(join(root, 'config/default.json'));
    const deps = tickDeps(urls, dbPath, series);
    for (const s of series) {
      if (!s.seed) continue;
      const path = resolve(root, s.seed);
      await deps.store.importSeed(s.id, parseSeedCsv(readFileSync(path, 'utf8'), path));
    }
    console.log(
      `exportwatch bench:tick — ${urls.length} feeds of ${ITEMS} items on ${HOSTS} loopback hosts (node ${process.version})`,
    );
    console.log(`  RSS before the first tick: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
    for (const label of ['cold tick (empty database)', 'warm tick, same process (every feed answers 304)']) {
      await ask(farm, 'reset');
      const figures = await measure(deps);
      print(label, figures, await ask<FarmStats>(farm, 'stats'));
    }
    await deps.http.close();
    await deps.store.close();

    await ask(farm, 'reset');
    writeFileSync(join(dir, 'fresh.json'), JSON.stringify({ urls, dbPath }));
    const fresh = fork(fileURLToPath(import.meta.url), ['--fresh', join(dir, 'fresh.json')]);
    const [figures] = (await once(fresh, 'message')) as [TickFigures];
    print(
      'warm tick, fresh process (a restarted worker: robots.txt asked again, feeds answer 304)',
      figures,
      await ask<FarmStats>(farm, 'stats'),
    );
    const farmStats = await ask<FarmStats>(farm, 'stats');
    console.log(
      `\n(the sites' own process used ${(farmStats.cpuMs / 1000).toFixed(2)} s CPU in all; not counted above)`,
    );
  } finally {
    farm.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}
