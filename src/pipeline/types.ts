import type { SourceConfig, SourceHealthPolicy } from '../config.js';
import type { SeriesSpec } from '../extract/types.js';
import type { RecordRule } from '../history/records.js';
import type { Logger } from '../log.js';
import type { Notifier } from '../notify/types.js';
import type { HttpClient } from '../scrapers/types.js';
import type { Store } from '../store/types.js';
import type { CadencePolicy } from './cadence.js';
import type { DeliverySummary, RetryPolicy } from './deliver.js';

/** How long one tick may spend on a source, and on a host. */
export interface TickBudgets {
  /** A source's read gives up after this long; what it stored is kept, the rest is read next tick. */
  sourceDeadlineMs: number;
  /** The time a host's requests may take together in one tick; then its requests fail at once until the next. */
  hostBudgetMs: number;
  /** The deadline of a page whose last fetch hung, instead of the full timeouts. */
  hungPageTimeoutMs: number;
}

/** What a tick needs; built once by the CLI, or by a test with real parts on loopback. */
export interface TickDeps {
  sources: readonly SourceConfig[];
  series: readonly (SeriesSpec & { name: string })[];
  rule: RecordRule;
  store: Store;
  http: HttpClient;
  notifier: Notifier;
  log: Logger;
  /** Backoff and disabling of failing sources; the config's defaults when left out. */
  sourceHealth?: SourceHealthPolicy;
  /** The clock due checks, source health and the outbox's retry times are read against; tests move it forward. */
  now?: () => Date;
  retry?: RetryPolicy;
  /** The config's defaults when left out. */
  budgets?: TickBudgets;
  /** How often each source is read; without it a source is read at every tick once its `intervalMinutes` passed. */
  cadence?: CadencePolicy;
  /** Read every source now, also those whose interval or backoff has not passed (`run --force`). */
  force?: boolean;
  /** The time zone times in log lines are written in (TIMEZONE); UTC when left out. */
  timezone?: string;
}

/** How one source fared in a tick. */
export type SourceReport =
  /** `baseline`: the source's first tick, stored without alerts. */
  | {
      source: string;
      status: 'ok';
      articles: number;
      skipped: number;
      figures: number;
      articleErrors: number;
      baseline: boolean;
    }
  | { source: string; status: 'not-modified' }
  /** `unreachable`: no connection to the host could be made at all (DNS, refused, no route, connect timeout). */
  | {
      source: string;
      status: 'error';
      error: string;
      consecutiveFailures: number;
      disabled: boolean;
      unreachable: boolean;
    }
  /** Not due: its interval has not passed, or (consecutiveFailures > 0) it is backing off after failures. */
  | { source: string; status: 'skipped'; nextAttemptAt: string; consecutiveFailures: number }
  /** The tick stopped (the worker shut down) before the read finished; nothing about it was recorded, so it is read next tick. */
  | { source: string; status: 'stopped' };

/** The outcome of one tick, summarised for logs and exit codes. */
export interface TickSummary {
  sources: SourceReport[];
  articles: number;
  figures: number;
  alertsCreated: number;
  delivery: DeliverySummary;
  /** Some source or delivery failed; the rest of the tick still ran. */
  failed: boolean;
  /** The tick was stopped (the worker shuts down): sources not read in full are read by the next tick. */
  stopped: boolean;
  /** When the next source is due (ISO): the earliest next attempt of any source; null when one is due at once. */
  nextReadAt: string | null;
}
