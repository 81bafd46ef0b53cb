/**
 * `npm run bench:latency`: how long a record takes from publication to Discord, with the worker running as
 * deployed (`exportwatch start` on plain node with the systemd unit's heap flag) against about 200 loopback
 * news sources that publish at random moments (seeded), among them hosts whose pages hang or drip and
 * sources whose listings, feeds and sitemaps carry hostile markup. Alerts go to the local fake Discord.
 *
 * Prints publish-to-post latency (p50, p95, max), the worker's CPU per source per hour and its peak RSS,
 * and first the parse cost of hostile pages next to ordinary ones of the same size. Not a test: nothing
 * passes or fails. Settings (environment):
 *
 *   BENCH_MINUTES=30         length of the measured run (records are published in it)
 *   BENCH_SOURCES=200        sources (on about 5/6 as many hosts)
 *   BENCH_RECORDS=40         records published at random moments
 *   BENCH_SEED=14            the world: sources, misbehaviour and publication moments
 *   BENCH_TROUBLE=1          scales the share of hosts that misbehave (0: none)
 *   BENCH_SCHEDULE='*\/2 * * * *'  the worker's SCHEDULE
 *   BENCH_CONFIG='{…}'       JSON merged into the config file's top level (e.g. a "polling" block)
 *   BENCH_GRACE_MINUTES=8    how long after the run a record may still arrive before it counts as lost
 *   BENCH_PARSE_SIZES=560000 page sizes for the parse-cost part ("none" skips it)
 *   BENCH_ROOT=.             the checkout whose bin/ and dist/ run (to measure another build)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alertNonce } from '../src/notify/discord/notifier.js';
import { FAKE_IDS, startFakeDiscord } from '../tests/support/fake-discord/index.js';
import { seedRows, startFarm } from './latency/farm.js';
import { reportParseCost } from './latency/parse-cost.js';
import { drawPlan } from './latency/plan.js';
import { startWorker } from './latency/worker.js';

const env = process.env;
const MINUTES = Number(env.BENCH_MINUTES ?? 30);
const SOURCES = Number(env.BENCH_SOURCES ?? 200);
const RECORDS = Number(env.BENCH_RECORDS ?? 40);
const SEED = Number(env.BENCH_SEED ?? 14);
const SCHEDULE = env.BENCH_SCHEDULE ?? '*/2 * * * *';
const GRACE_MINUTES = Number(env.BENCH_GRACE_MINUTES ?? 8);
const ROOT = resolve(env.BENCH_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const PARSE_SIZES = env.BENCH_PARSE_SIZES ?? '560000';
const TROUBLE = Number(env.BENCH_TROUBLE ?? 1);

const quantile = (sorted: number[], q: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const secs = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '—');

console.log(`exportwatch bench:latency (node ${process.version}, seed ${SEED}, worker from ${ROOT})`);
if (PARSE_SIZES !== 'none') reportParseCost(PARSE_SIZES.split(',').map(Number));

const plan = drawPlan({
  seed: SEED,
  sources: SOURCES,
  records: RECORDS,
  durationMs: MINUTES * 60_000,
  trouble: TROUBLE,
});
const dir = mkdtempSync(join(tmpdir(), 'exportwatch-latency-'));
// A token of a real token's length: the config refuses short ones.
const discord = await startFakeDiscord({ botToken: 'exportwatch-bench.fake-bot-token.0123456789' });
const farm = await startFarm(plan);
const series = plan.series.map((s) => {
  const seed = join(dir, `${s.id}.csv`);
  writeFileSync(
    seed,
    `month,usd,note\n${seedRows(s)
      .map((r) => `${r.month},${r.usdMillions * 1e6},`)
      .join('\n')}\n`,
  );
  return {
    id: s.id,
    name: s.name,
    country: 'PK',
    currency: 'USD',
    fiscalYearStartMonth: 7,
    keywords: [s.keyword],
    seed,
  };
});
const extra = env.BENCH_CONFIG ? (JSON.parse(env.BENCH_CONFIG) as Record<string, unknown>) : {};
writeFileSync(
  join(dir, 'config.json'),
  JSON.stringify({
    series,
    sources: farm.sourceConfigs,
    // Production network settings, but the sites are on loopback.
    network: { allowPrivateNetworks: ['127.0.0.0/8'] },
    ...extra,
  }),
);
const behaviours = new Map<string, number>();
for (const s of plan.sources) behaviours.set(s.behaviour, (behaviours.get(s.behaviour) ?? 0) + 1);
console.log(
  `\n${plan.sources.length} sources on ${plan.hosts} hosts (${[...behaviours].map(([b, n]) => `${b} ${n}`).join(', ')}), ` +
    `${RECORDS} records in ${MINUTES} min, SCHEDULE ${SCHEDULE}${env.BENCH_CONFIG ? `, config ${env.BENCH_CONFIG}` : ''}`,
);

const worker = startWorker(ROOT, dir, {
  DATABASE_PATH: join(dir, 'bench.db'),
  CONFIG_FILE: join(dir, 'config.json'),
  SCHEDULE,
  TIMEZONE: 'UTC',
  LOG_LEVEL: 'info',
  DISCORD_TOKEN: discord.botToken,
  DISCORD_CHANNEL_ID: FAKE_IDS.channel,
  DISCORD_API_URL: discord.url,
  NODE_ENV: 'production',
});
const tickEnded = (l: Record<string, unknown>): boolean => l.msg === 'tick finished' || l.msg === 'tick crashed';
const startedAt = Date.now();
await worker.waitForLog(tickEnded);
console.log(`first tick (every source read once, as a baseline) took ${secs(Date.now() - startedAt)}`);

const cpuBefore = worker.cpuSeconds();
const runStart = Date.now();
farm.start();
const nonces = new Map(
  plan.publications
    .filter((p) => p.kind === 'record')
    .map((p) => [alertNonce({ series: p.series, month: p.month, test: false }), `${p.series} ${p.month}`]),
);
const postedAt = (): Map<string, number> => {
  const posted = new Map<string, number>();
  for (const r of discord.requests) {
    const nonce = (r.body as { nonce?: string } | undefined)?.nonce;
    const key = nonce ? nonces.get(nonce) : undefined;
    if (r.route === 'create' && key && r.status !== null && r.status < 300 && !posted.has(key)) posted.set(key, r.at);
  }
  return posted;
};
await new Promise((ok) => setTimeout(ok, MINUTES * 60_000));
const cpuRun = worker.cpuSeconds() - cpuBefore;
const runMs = Date.now() - runStart;
const graceEnd = Date.now() + GRACE_MINUTES * 60_000;
while (postedAt().size < nonces.size && Date.now() < graceEnd) await new Promise((ok) => setTimeout(ok, 1_000));
const peak = worker.peakRss();
const exit = await worker.stop();

const posted = postedAt();
const latencies: number[] = [];
const lost: string[] = [];
for (const key of nonces.values()) {
  const at = posted.get(key);
  const published = farm.published.get(key);
  if (at === undefined || published === undefined) lost.push(key);
  else latencies.push(at - published);
}
latencies.sort((a, b) => a - b);
const creates = discord.requests.filter((r) => r.route === 'create' && r.status !== null && r.status < 300).length;
console.log(`\npublish-to-post latency over ${latencies.length} of ${nonces.size} records (${creates} posts in all)`);
console.log(
  `  p50 ${secs(quantile(latencies, 0.5))}   p95 ${secs(quantile(latencies, 0.95))}   max ${secs(latencies.at(-1) ?? NaN)}`,
);
if (lost.length > 0)
  console.log(`  not posted within the run and ${GRACE_MINUTES} min after it: ${lost.length} (${lost.join(', ')})`);
console.log(
  `worker CPU: ${cpuRun.toFixed(1)} s over ${(runMs / 60_000).toFixed(1)} min = ${((cpuRun * 1000 * 3_600_000) / runMs / plan.sources.length).toFixed(0)} ms per source per hour`,
);
console.log(`worker peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB (heap limit from deploy/exportwatch.service)`);
const interesting = [
  'tick finished',
  'tick crashed',
  'tick skipped: the previous tick is still running',
  'source failed',
  'alert sent',
];
console.log(`worker log: ${interesting.map((m) => `"${m}" ×${worker.counts.get(m) ?? 0}`).join(', ')}; exit ${exit}`);
console.log(`sites answered ${farm.requests} requests`);

await farm.close();
await discord.close();
if (env.BENCH_KEEP) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
