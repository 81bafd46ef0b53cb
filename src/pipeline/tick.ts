import { DEFAULTS, type SourceConfig, type SourceHealthPolicy } from '../config.js';
import type { SeriesSpec } from '../extract/types.js';
import type { RecordRule } from '../history/records.js';
import type { Logger } from '../log.js';
import type { Notifier } from '../notify/types.js';
import { SOURCE_KINDS } from '../scrapers/kinds/index.js';
import type { ArticleFailure, ArticlePage, HttpClient, SourceOutcome } from '../scrapers/types.js';
import type { IngestMode } from '../history/types.js';
import type { SourceHealth, Store } from '../store/types.js';
import { deliverDue, type DeliverySummary, type RetryPolicy } from './deliver.js';
import { ingestPage } from './ingest.js';
import { deliverSourceNotices } from './notices.js';
import { createRelevanceFilter } from './relevance.js';
import { createSourceReader, type TickClaims } from './source-context.js';
import { afterRead, isDue, newHealth, type ReadResult } from './source-health.js';

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
  | { source: string; status: 'error'; error: string; consecutiveFailures: number; disabled: boolean }
  /** Not due: its interval has not passed, or (consecutiveFailures > 0) it is backing off after failures. */
  | { source: string; status: 'skipped'; nextAttemptAt: string; consecutiveFailures: number };

/** The outcome of one tick, summarised for logs and exit codes. */
export interface TickSummary {
  sources: SourceReport[];
  articles: number;
  figures: number;
  alertsCreated: number;
  delivery: DeliverySummary;
  /** Some source or delivery failed; the rest of the tick still ran. */
  failed: boolean;
}

/** One tick: sources → articles → text → figures → history → records → alerts. */
export async function runTick(deps: TickDeps): Promise<TickSummary> {
  const isRelevant = createRelevanceFilter(deps.series);
  const claims: TickClaims = { keys: new Set(), texts: new Set() };
  const health = new Map((await deps.store.sourceHealth()).map((h) => [h.sourceId, h]));
  // Sources are read together; the HTTP client's host gate and global limit keep that polite.
  const results = await Promise.all(
    deps.sources.map((source) => readSource(source, deps, isRelevant, claims, health.get(source.id))),
  );
  const reports = results.map((r) => r.report);
  const alertsCreated = results.reduce((n, r) => n + r.alertsCreated, 0);
  await deliverSourceNotices(deps.store, deps.notifier, deps.sources, policyOf(deps), deps.log);
  const delivery = await deliverDue(deps.store, deps.notifier, deps.series, deps.log, {
    now: deps.now,
    retry: deps.retry,
  });
  const ok = reports.filter((r): r is Extract<SourceReport, { status: 'ok' }> => r.status === 'ok');
  const summary: TickSummary = {
    sources: reports,
    articles: ok.reduce((n, r) => n + r.articles, 0),
    figures: ok.reduce((n, r) => n + r.figures, 0),
    alertsCreated,
    delivery,
    // A source backing off after failures is still failing, though this tick did not ask it again.
    failed: reports.some(isFailing) || delivery.failed > 0 || delivery.retrying > 0,
  };
  deps.log.info(
    {
      sources: reports.length,
      unchanged: reports.filter((r) => r.status === 'not-modified').length,
      notDue: reports.filter((r) => r.status === 'skipped').length,
      failedSources: reports.filter(isFailing).length,
      articles: summary.articles,
      figures: summary.figures,
      alertsCreated,
      alertsSent: delivery.sent,
      alertsEdited: delivery.edited,
      alertsFailed: delivery.failed + delivery.retrying,
    },
    'tick finished',
  );
  return summary;
}

const isFailing = (r: SourceReport): boolean =>
  r.status === 'error' || (r.status === 'skipped' && r.consecutiveFailures > 0);

const policyOf = (deps: TickDeps): SourceHealthPolicy => deps.sourceHealth ?? DEFAULTS.sourceHealth;

async function readSource(
  source: SourceConfig,
  deps: TickDeps,
  isRelevant: ReturnType<typeof createRelevanceFilter>,
  claims: TickClaims,
  health: SourceHealth | undefined,
): Promise<{ report: SourceReport; alertsCreated: number }> {
  const now = deps.now?.() ?? new Date();
  if (health?.nextAttemptAt && !isDue(health, now)) {
    const report = {
      source: source.id,
      status: 'skipped',
      nextAttemptAt: health.nextAttemptAt,
      consecutiveFailures: health.consecutiveFailures,
    } as const;
    return { report, alertsCreated: 0 };
  }
  const log = deps.log.child({ source: source.id });
  // A source's first tick stores what it finds and alerts on nothing: its feed is full of old news.
  const baseline = !(await deps.store.isSourceKnown(source.id));
  const mode: IngestMode = baseline ? 'baseline' : 'live';
  const stored: StoredArticles = { read: 0, unchanged: 0, figures: 0, alerts: 0, error: null };
  const reader = createSourceReader(source, deps, isRelevant, claims, (page) =>
    storeArticle(page, source, deps, mode, claims, stored, log),
  );
  const outcome: SourceOutcome = await SOURCE_KINDS[source.kind]
    .read(source, reader.context)
    .catch((error: Error) => ({ status: 'error' as const, error, transient: false, retryAfterMs: null }));
  const retrying = outcome.status === 'ok' ? await countFailures(outcome.failures, deps, log) : 0;

  const result = readResult(outcome, stored);
  // Validators are kept only when every article was dealt with: else the next tick must see the listing again.
  const complete = result.status === 'ok' && retrying === 0;
  const next = afterRead(health ?? newHealth(source.id), result, policyOf(deps), source.intervalMinutes, now);
  await deps.store.saveSourceRead(next, complete ? reader.validators : []);

  if (result.status === 'error') {
    const err = outcome.status === 'error' ? outcome.error : new Error(result.error);
    log.warn(
      { err, url: source.url, failures: next.consecutiveFailures, nextAttemptAt: next.nextAttemptAt },
      'source failed',
    );
    const report = {
      source: source.id,
      status: 'error',
      error: result.error,
      consecutiveFailures: next.consecutiveFailures,
      disabled: next.disabledAt !== null,
    } as const;
    return { report, alertsCreated: 0 };
  }
  // The baseline is over once the source has been read in full; a failed first read is a first read again next time.
  if (baseline) {
    await deps.store.markSourceKnown(source.id);
    log.info(
      { articles: stored.read, figures: stored.figures },
      'first read of a new source: stored as baseline, no alerts',
    );
  }
  if (outcome.status !== 'ok') return { report: { source: source.id, status: 'not-modified' }, alertsCreated: 0 };
  return {
    report: {
      source: source.id,
      status: 'ok',
      articles: stored.read,
      skipped: outcome.skipped + stored.unchanged,
      figures: stored.figures,
      articleErrors: outcome.failures.length,
      baseline,
    },
    alertsCreated: stored.alerts,
  };
}

function readResult(outcome: SourceOutcome, stored: StoredArticles): ReadResult {
  if (outcome.status === 'not-modified') return { status: 'not-modified' };
  if (outcome.status === 'error')
    return { status: 'error', error: outcome.error.message, retryAfterMs: outcome.retryAfterMs };
  if (stored.error) return { status: 'error', error: stored.error, retryAfterMs: null };
  const last = outcome.failures.at(-1);
  return {
    status: 'ok',
    articles: stored.read,
    articleErrors: outcome.failures.length,
    lastArticleError: last ? last.error.message : null,
  };
}

/** What storing one source's articles did so far; `error` stops further storing. */
interface StoredArticles {
  read: number;
  unchanged: number;
  figures: number;
  alerts: number;
  error: string | null;
}

// Stores one article as soon as it is fetched; after a store failure the source's read counts as failed.
async function storeArticle(
  page: ArticlePage,
  source: SourceConfig,
  deps: TickDeps,
  mode: IngestMode,
  claims: TickClaims,
  totals: StoredArticles,
  log: Logger,
): Promise<void> {
  if (totals.error) return;
  let stored: Awaited<ReturnType<typeof ingestPage>>;
  try {
    stored = await ingestPage(page, source, deps, mode, claims);
  } catch (cause) {
    log.error({ err: cause, url: page.url }, 'article could not be stored');
    totals.error = `could not store article ${page.url}: ${(cause as Error).message}`;
    return;
  }
  if (stored === null) {
    totals.unchanged++;
    return;
  }
  totals.read++;
  totals.figures += stored.figures;
  totals.alerts += stored.alerts;
  if (stored.alerts > 0) log.info({ url: page.url, alerts: stored.alerts }, 'record found');
}

/**
 * How many reads of its listing may fail to fetch an article page before it is given up. A passing
 * fault (timeout, reset, 5xx) is tried for about a day of 30-minute ticks; a 404 or 410 a few times, as
 * feeds often list a story minutes before its page is served; anything else (not HTML, too large,
 * disallowed by robots.txt) will not change, so it is given up at once.
 */
export function articleTries(failure: ArticleFailure): number {
  if (failure.transient) return 48;
  return failure.httpStatus === 404 || failure.httpStatus === 410 ? 3 : 1;
}

// Counts each failed article page; returns how many will be tried again, which keeps the listing's validators unsaved.
async function countFailures(failures: readonly ArticleFailure[], deps: TickDeps, log: Logger): Promise<number> {
  let retrying = 0;
  for (const failure of failures) {
    const giveUpAfter = articleTries(failure);
    const count = await deps.store.recordArticleFailure(failure.keys, {
      url: failure.url,
      reason: failure.error.message,
      giveUpAfter,
    });
    if (!count.givenUp) retrying++;
    log.warn(
      { err: failure.error, url: failure.url, failures: count.failures, givenUp: count.givenUp },
      count.givenUp ? 'article failed; given up' : 'article failed; tried again next read',
    );
  }
  return retrying;
}
