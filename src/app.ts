import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, type Config, type SeriesConfig } from './config.js';
import { parseSeedCsv } from './history/seed.js';
import { DEFAULT_RECORD_RULE } from './history/records.js';
import type { Logger } from './log.js';
import { createNotifier } from './notify/index.js';
import type { Notifier } from './notify/types.js';
import type { TickDeps } from './pipeline/tick.js';
import { createHttpClient, type HttpOptions } from './scrapers/http.js';
import { openStore as openDatabase } from './store/index.js';
import type { Store } from './store/types.js';

/** Reads a series' shipped seed CSV; `upTo` (YYYY-MM) drops later months, as the demo does. */
export function readSeed(series: SeriesConfig, upTo?: string): ReturnType<typeof parseSeedCsv> {
  if (!series.seed) return [];
  const path = resolve(PROJECT_ROOT, series.seed);
  const rows = parseSeedCsv(readFileSync(path, 'utf8'), path);
  return upTo ? rows.filter((r) => r.month <= upTo) : rows;
}

/** Loads each series' seed into a store that has no history for it yet. */
export async function seedNewSeries(store: Store, series: readonly SeriesConfig[], log: Logger, upTo?: string): Promise<void> {
  for (const s of series) {
    if (!s.seed || (await store.hasHistory(s.id))) continue;
    const count = await store.importSeed(s.id, readSeed(s, upTo), 'seed');
    log.info({ series: s.id, months: count }, 'seed history loaded');
  }
}

/** Opens the configured database; a series with no history gets its shipped seed unless SEED_HISTORY=false. */
export async function openStore(config: Config, log: Logger): Promise<Store> {
  const store = await openDatabase(config.database, {
    minConfidence: config.minConfidence,
    onConnectionError: (error) => log.warn({ err: error }, 'database connection dropped; reconnecting'),
  });
  return seedConfigured(store, config, log);
}

async function seedConfigured(store: Store, config: Config, log: Logger): Promise<Store> {
  if (config.seedHistory) await seedNewSeries(store, config.series, log);
  return store;
}

/** Builds the parts of a tick from the validated config. */
export async function createTickDeps(config: Config, log: Logger, overrides: { notifier?: Notifier; store?: Store } = {}): Promise<TickDeps> {
  const store = overrides.store ? await seedConfigured(overrides.store, config, log) : await openStore(config, log);
  return {
    sources: config.sources,
    series: config.series,
    rule: { ...DEFAULT_RECORD_RULE, minConfidence: config.minConfidence },
    store,
    http: createHttpClient(httpOptions(config)),
    notifier: overrides.notifier ?? createNotifier(config.notifier, { log }),
    log,
    sourceHealth: config.sourceHealth,
  };
}

/** The HTTP client's settings from the config; unset keys keep the client's defaults. */
export function httpOptions(config: Config): HttpOptions {
  const { retries, ...network } = config.network;
  return { ...network, userAgent: config.userAgent, allowPrivateNetworks: config.allowPrivateNetworks, retry: { retries } };
}

/** Releases what createTickDeps opened. */
export async function closeTickDeps(deps: TickDeps): Promise<void> {
  await deps.http.close();
  await deps.store.close();
}
