import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { readSeed } from '../../src/app/seed.js';
import { DEFAULT_CONFIG_FILE, readConfigFile, type SourceConfig, type SourceHealthPolicy } from '../../src/config.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { DEFAULT_RECORD_RULE } from '../../src/history/records.js';
import { createLogger } from '../../src/log.js';
import { createStdoutNotifier } from '../../src/notify/stdout.js';
import { runTick, type SourceReport, type TickDeps, type TickSummary } from '../../src/pipeline/tick.js';
import { createHttpClient, type HttpOptions } from '../../src/scrapers/http.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { SourceHealth, Store } from '../../src/store/types.js';
import { startFaultSite, type FaultSite } from '../support/fault-server.js';
import { SITE } from '../support/paths.js';

/** Short timeouts so every fault resolves in well under a second; retries kept to one. */
export const FAST_HTTP: Omit<HttpOptions, 'userAgent' | 'allowPrivateNetworks'> = {
  hostDelayMs: 0,
  connectTimeoutMs: 300,
  headersTimeoutMs: 400,
  bodyTimeoutMs: 400,
  totalTimeoutMs: 1_000,
  retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 1_500 },
};

export const TEST_USER_AGENT = 'exportwatch-test/0.1 (+https://example.org/exportwatch-bot)';

/**
 * A healthy outlet (the fixture site on 127.0.0.1, two IT-exports articles) next to a misbehaving
 * one (a fault site on 127.0.0.2), a real SQLite file, a stdout notifier writing into `notices`,
 * and a clock the test moves.
 */
export interface ScraperWorld {
  healthy: FixtureServer;
  site: FaultSite;
  store: Store;
  deps: TickDeps;
  /** Everything the notifier printed. */
  output(): string;
  tick(): Promise<TickSummary>;
  /** Moves the tick clock forward. */
  advance(minutes: number): void;
  report(summary: TickSummary, sourceId: string): SourceReport | undefined;
  health(sourceId: string): Promise<SourceHealth | undefined>;
  /** Articles processed over all ticks so far, and rows in the articles table: equal when none was processed twice. */
  processed(): { processed: number; stored: number; observations: number };
  /** Reads the database file directly, as a person inspecting it would. */
  query<T>(sql: string): T[];
  close(): Promise<void>;
}

export const HEALTHY_ID = 'techwire';

export async function createScraperWorld(opts: { http?: Partial<HttpOptions>; health?: SourceHealthPolicy } = {}): Promise<ScraperWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-scrapers-'));
  const dbPath = join(dir, 'test.db');
  const healthy = await startFixtureServer(SITE);
  const site = await startFaultSite('127.0.0.2');
  const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
  const store = createSqliteStore(dbPath);
  for (const s of series) await store.importSeed(s.id, readSeed(s, '2023-11'));
  const http = createHttpClient({ userAgent: TEST_USER_AGENT, allowPrivateNetworks: ['127.0.0.0/8'], ...FAST_HTTP, ...opts.http });
  const out = new PassThrough();
  let printed = '';
  out.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  let clock = Date.parse('2024-02-12T10:00:00Z');
  const healthySource: SourceConfig = { id: HEALTHY_ID, outlet: 'TechWire Pakistan', kind: 'rss', url: `${healthy.baseUrl}/feed/` };
  const deps: TickDeps = {
    sources: [healthySource],
    series,
    rule: DEFAULT_RECORD_RULE,
    store,
    http,
    notifier: createStdoutNotifier(out),
    log: createLogger({ level: 'silent', secrets: [] }),
    now: () => new Date(clock),
    ...(opts.health ? { sourceHealth: opts.health } : {}),
  };
  let processed = 0;
  const query = <T>(sql: string): T[] => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  return {
    healthy,
    site,
    store,
    deps,
    output: () => printed,
    async tick() {
      // These tests are about reading sites; every source alerts from its first read (baselines: tests/history).
      for (const s of deps.sources) await store.markSourceKnown(s.id);
      const summary = await runTick(deps);
      processed += summary.articles;
      return summary;
    },
    advance(minutes) {
      clock += minutes * 60_000;
    },
    report: (summary, id) => summary.sources.find((r) => r.source === id),
    health: async (id) => (await store.sourceHealth()).find((h) => h.sourceId === id),
    processed() {
      const [articles] = query<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
      const [observations] = query<{ n: number }>('SELECT COUNT(*) AS n FROM observations');
      return { processed, stored: articles!.n, observations: observations!.n };
    },
    query,
    async close() {
      await http.close();
      await store.close();
      await site.close();
      await healthy.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
