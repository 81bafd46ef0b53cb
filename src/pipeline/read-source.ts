import { clockLabel } from '../calendar/clock.js';
import { DEFAULTS, type SourceConfig, type SourceHealthPolicy } from '../config.js';
import { FetchError, ReadAbortedError } from '../errors.js';
import type { IngestMode } from '../history/types.js';
import type { Logger } from '../log.js';
import { SOURCE_KINDS } from '../scrapers/kinds/index.js';
import type { ArticleFailure, ArticlePage, HostBudget, SourceOutcome } from '../scrapers/types.js';
import type { SourceHealth } from '../store/types.js';
import { ingestPage } from './ingest.js';
import type { createRelevanceFilter } from './relevance.js';
import { createSourceReader, type TickClaims } from './source-context.js';
import { afterRead, isDue, newHealth, type ReadResult } from './source-health.js';
import type { SourceReport, TickDeps } from './types.js';

/** What every source read of one tick shares. */
export interface TickRun {
  deps: TickDeps;
  isRelevant: ReturnType<typeof createRelevanceFilter>;
  claims: TickClaims;
  /** Aborts when the tick stops (the worker shuts down, or the tick crashed): every read gives up at once. */
  signal: AbortSignal;
  budget: HostBudget;
  sourceDeadlineMs: number;
  hungPageTimeoutMs: number;
  /** When the tick started: due checks and next reads are reckoned from it. */
  startedAt: Date;
  /** An article made or extended an alert: deliver now. */
  delivered(): void;
}

/** How one source's read went: its line of the summary, how many alerts it made, and when it is read next. */
export interface SourceRead {
  report: SourceReport;
  alertsCreated: number;
  nextAttemptAt: string | null;
}

const policyOf = (deps: TickDeps): SourceHealthPolicy => deps.sourceHealth ?? DEFAULTS.sourceHealth;

/**
 * Reads one source, if it is due: its document, then its relevant new articles, each stored (and its alerts
 * handed to the deliverer) as soon as it arrives. The read has a deadline of its own; when the tick stops, the
 * read gives up and nothing about it is recorded, so the next tick reads the source again.
 */
export async function readSource(
  source: SourceConfig,
  run: TickRun,
  health: SourceHealth | undefined,
): Promise<SourceRead> {
  const { deps } = run;
  const now = run.startedAt;
  if (!deps.force && health?.nextAttemptAt && !isDue(health, now)) {
    const report = {
      source: source.id,
      status: 'skipped',
      nextAttemptAt: health.nextAttemptAt,
      consecutiveFailures: health.consecutiveFailures,
    } as const;
    return { report, alertsCreated: 0, nextAttemptAt: health.nextAttemptAt };
  }
  const log = deps.log.child({ source: source.id });
  // A source's first tick stores what it finds and alerts on nothing: its feed is full of old news.
  const baseline = !(await deps.store.isSourceKnown(source.id));
  const mode: IngestMode = baseline ? 'baseline' : 'live';
  const stored: StoredArticles = { read: 0, unchanged: 0, figures: 0, alerts: 0, error: null };
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new ReadAbortedError('deadline', `source ${source.id} ran past its deadline of ${run.sourceDeadlineMs} ms`),
      ),
    run.sourceDeadlineMs,
  );
  const reader = createSourceReader(
    source,
    deps,
    run.isRelevant,
    run.claims,
    (page) => storeArticle(page, source, run, mode, stored, log),
    {
      signal: AbortSignal.any([run.signal, deadline.signal]),
      budget: run.budget,
      hungPageTimeoutMs: run.hungPageTimeoutMs,
    },
  );
  let outcome: SourceOutcome;
  try {
    outcome = await SOURCE_KINDS[source.kind]
      .read(source, reader.context)
      .catch((error: Error) => ({ status: 'error' as const, error, transient: false, retryAfterMs: null }));
  } finally {
    clearTimeout(timer);
  }
  // Stopped part-way: what was stored stays stored; the source's health and validators stay as they were.
  if (run.signal.aborted)
    return {
      report: { source: source.id, status: 'stopped' },
      alertsCreated: stored.alerts,
      nextAttemptAt: health?.nextAttemptAt ?? null,
    };
  const retrying = outcome.status === 'ok' ? await countFailures(outcome.failures, deps, log) : 0;

  const result = readResult(outcome, stored);
  // Validators are kept only when every article was dealt with: else the next tick must see the listing again.
  const complete = result.status === 'ok' && retrying === 0;
  const floorMs = Math.max((source.intervalMinutes ?? 0) * 60_000, deps.http.crawlDelayMs(source.url) ?? 0);
  const next = afterRead(
    health ?? newHealth(source.id),
    result,
    policyOf(deps),
    { floorMs, cadence: deps.cadence },
    now,
  );
  await deps.store.saveSourceRead(next, complete ? reader.validators : []);

  if (result.status === 'error') {
    const err = outcome.status === 'error' ? outcome.error : new Error(result.error);
    const unreachable = err instanceof FetchError && err.unreachable;
    const retry = next.nextAttemptAt
      ? `; next try ${clockLabel(new Date(next.nextAttemptAt), deps.timezone ?? 'UTC', now)}`
      : '';
    // One line a person reads; the stack, for a bug report, only at debug.
    log.warn(
      {
        summary: `${source.id} failed: ${result.error}${retry}`,
        reason: result.error,
        url: source.url,
        unreachable,
        failures: next.consecutiveFailures,
        nextAttemptAt: next.nextAttemptAt,
      },
      'source failed',
    );
    log.debug({ err }, 'source failure in detail');
    const report = {
      source: source.id,
      status: 'error',
      error: result.error,
      consecutiveFailures: next.consecutiveFailures,
      disabled: next.disabledAt !== null,
      unreachable,
    } as const;
    return { report, alertsCreated: 0, nextAttemptAt: next.nextAttemptAt };
  }
  // The baseline is over once the source has been read in full; a failed first read is a first read again next time.
  if (baseline) {
    await deps.store.markSourceKnown(source.id);
    log.info(
      {
        summary: `${source.id}: first read stored ${stored.read} article(s) as a baseline; a first read alerts on nothing`,
        articles: stored.read,
        figures: stored.figures,
      },
      'first read of a new source: stored as baseline, no alerts',
    );
  }
  if (outcome.status !== 'ok')
    return {
      report: { source: source.id, status: 'not-modified' },
      alertsCreated: 0,
      nextAttemptAt: next.nextAttemptAt,
    };
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
    nextAttemptAt: next.nextAttemptAt,
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
    newest: outcome.newest,
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

// Stores one article as soon as it is fetched, and has its alerts delivered at once; after a store failure the
// source's read counts as failed.
async function storeArticle(
  page: ArticlePage,
  source: SourceConfig,
  run: TickRun,
  mode: IngestMode,
  totals: StoredArticles,
  log: Logger,
): Promise<void> {
  if (totals.error) return;
  let stored: Awaited<ReturnType<typeof ingestPage>>;
  try {
    stored = await ingestPage(page, source, run.deps, mode, run.claims);
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
  if (stored.held.length > 0)
    log.warn({ url: page.url, alerts: stored.held }, 'implausible record held until an independent outlet confirms it');
  if (stored.released.length > 0)
    log.info({ url: page.url, alerts: stored.released }, 'held record confirmed by an independent outlet');
  if (stored.corrected.length > 0)
    log.warn({ url: page.url, alerts: stored.corrected }, 'a record alert turned out wrong: correcting it');
  // Anything the outbox now holds (a post, an edit, a correction, a review) goes out at once.
  const outbox = stored.alerts + stored.extended + stored.held.length + stored.released.length;
  if (outbox + stored.corrected.length > 0) run.delivered();
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

// Counts each failed article page; returns how many will be tried again, which keeps the listing's validators
// unsaved. A page never asked (the source's deadline or its host's budget ran out first) counts as no try.
async function countFailures(failures: readonly ArticleFailure[], deps: TickDeps, log: Logger): Promise<number> {
  let retrying = 0;
  for (const failure of failures) {
    if (failure.untried) {
      retrying++;
      log.info({ url: failure.url, reason: failure.error.message }, 'article not fetched this read; tried next read');
      continue;
    }
    const count = await deps.store.recordArticleFailure(failure.keys, {
      url: failure.url,
      reason: failure.error.message,
      giveUpAfter: articleTries(failure),
      hung: failure.hung,
    });
    if (!count.givenUp) retrying++;
    log.warn(
      {
        reason: failure.error.message,
        url: failure.url,
        failures: count.failures,
        givenUp: count.givenUp,
        hung: failure.hung,
      },
      count.givenUp ? 'article failed; given up' : 'article failed; tried again next read',
    );
    log.debug({ err: failure.error, url: failure.url }, 'article failure in detail');
  }
  return retrying;
}
