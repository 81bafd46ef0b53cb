import type { Config } from '../config.js';
import { DEFAULT_PLAUSIBILITY } from '../history/plausibility.js';
import { DEFAULT_RECORD_RULE, type RecordRule } from '../history/records.js';
import type { Logger } from '../log.js';
import { secretScrubber } from '../printable/secrets.js';
import type { Notifier } from '../notify/types.js';
import type { TickDeps } from '../pipeline/tick.js';
import type { HttpOptions } from '../scrapers/http.js';
import type { HttpClient } from '../scrapers/types.js';
import type { Store } from '../store/types.js';
import { seedNewSeries } from './seed.js';

/**
 * The application: the validated config and the logger, and the parts every command and the worker use —
 * store, notifier, HTTP client — each opened on first use (so `exportwatch history` never loads discord.js)
 * and closed once by `close`.
 */
export interface App {
  readonly config: Config;
  readonly log: Logger;
  /** The configured database; a series with no history gets its shipped seed unless SEED_HISTORY=false. */
  store(): Promise<Store>;
  /** Where alerts go: stdout, a Discord bot or a Discord webhook, as configured. */
  notifier(): Promise<Notifier>;
  /** The polite HTTP client sources are read with. */
  http(): Promise<HttpClient>;
  /** Everything one tick needs. */
  tick(): Promise<TickDeps>;
  /**
   * Makes this process the one worker of its SQLite database until the app closes (`start` and `run` take it): a
   * second would deliver from the same outbox. Throws a StoreError when another holds it; PostgreSQL takes none.
   */
  lockAsWorker(): Promise<void>;
  /**
   * Closes what was opened, HTTP client then store; later calls do nothing. `abandonRequests` leaves requests
   * in flight to die with the process instead of waiting for them (a worker stopping without its tick).
   */
  close(opts?: { abandonRequests?: boolean }): Promise<void>;
}

/** Parts made elsewhere (the demo's own HTTP client and stdout, a test's fake Discord). */
export interface AppParts {
  store?: Store;
  notifier?: Notifier;
  http?: HttpClient;
}

/** The HTTP client's settings from the config; unset keys keep the client's defaults. */
export function httpOptions(config: Config): HttpOptions {
  // The budgets are the tick's (config.budgets), not the client's.
  const {
    retries,
    sourceDeadlineMs: _deadline,
    hostBudgetMs: _budget,
    hungPageTimeoutMs: _hung,
    ...network
  } = config.network;
  return {
    ...network,
    userAgent: config.userAgent,
    allowPrivateNetworks: config.allowPrivateNetworks,
    retry: { retries },
  };
}

/** The record rule the config sets: its confidence floor, and each series' plausibility over the defaults. */
export function recordRule(config: Config): RecordRule {
  return {
    ...DEFAULT_RECORD_RULE,
    minConfidence: config.minConfidence,
    plausibility: Object.fromEntries(config.series.map((s) => [s.id, { ...DEFAULT_PLAUSIBILITY, ...s.plausibility }])),
  };
}

/** The application for `config`; nothing is opened until it is asked for. */
export function createApp(config: Config, log: Logger, parts: AppParts = {}): App {
  const once = <T>(open: () => Promise<T>): (() => Promise<T>) => {
    let opened: Promise<T> | undefined;
    return () => (opened ??= open());
  };
  let storeOpened = false;
  let lock: { release(): void } | null = null;
  let httpOpened = false;
  let closed = false;

  const store = once(async () => {
    storeOpened = true;
    const opened =
      parts.store ??
      (await (
        await import('../store/index.js')
      ).openStore(config.database, {
        minConfidence: config.minConfidence,
        onConnectionError: (error) => log.warn({ err: error }, 'database connection dropped; reconnecting'),
        scrub: secretScrubber(config.secrets),
      }));
    if (config.seedHistory) await seedNewSeries(opened, config.series, log);
    return opened;
  });
  const notifier = once(
    async () => parts.notifier ?? (await import('../notify/index.js')).createNotifier(config.notifier, { log }),
  );
  const http = once(async () => {
    httpOpened = true;
    return parts.http ?? (await import('../scrapers/http.js')).createHttpClient(httpOptions(config));
  });

  return {
    config,
    log,
    store,
    notifier,
    http,
    async tick() {
      return {
        sources: config.sources,
        series: config.series,
        rule: recordRule(config),
        store: await store(),
        http: await http(),
        notifier: await notifier(),
        log,
        sourceHealth: config.sourceHealth,
        timezone: config.timezone,
        budgets: config.budgets,
      };
    },
    async lockAsWorker() {
      lock ??= await (await import('../store/index.js')).lockWorker(config.database);
    },
    async close(opts = {}) {
      if (closed) return;
      closed = true;
      // Closing the HTTP client waits for the requests in flight.
      if (httpOpened && !opts.abandonRequests) await (await http()).close();
      if (storeOpened) await (await store().catch(() => null))?.close();
      lock?.release();
    },
  };
}
