import { clockLabel } from '../calendar/clock.js';
import { DEFAULTS } from '../config.js';
import { ReadAbortedError } from '../errors.js';
import { deliverDue } from './deliver.js';
import { createDeliverer } from './deliverer.js';
import { deliverSourceNotices } from './notices.js';
import { readSource, type SourceRead, type TickRun } from './read-source.js';
import { createRelevanceFilter } from './relevance.js';
import { describeTick, isBusy } from './tick-summary.js';
import type { SourceReport, TickDeps, TickSummary } from './types.js';

export { articleTries } from './read-source.js';
export type { SourceReport, TickBudgets, TickDeps, TickSummary } from './types.js';

/** How a tick is run: `signal` stops it (the worker shutting down). */
export interface TickOptions {
  signal?: AbortSignal;
}

/**
 * One tick: sources → articles → text → figures → history → records → alerts. Sources are read together;
 * every record is delivered as soon as it is stored, so a slow source costs only its own time. A store error
 * crashes the tick: every read stops at once, and the error is thrown once nothing of the tick runs any more.
 */
export async function runTick(deps: TickDeps, opts: TickOptions = {}): Promise<TickSummary> {
  const startedAt = deps.now?.() ?? new Date();
  const stop = new AbortController();
  const onStop = (): void =>
    stop.abort(new ReadAbortedError('stopped', 'the tick was stopped: the worker is stopping'));
  if (opts.signal?.aborted) onStop();
  opts.signal?.addEventListener('abort', onStop, { once: true });
  let crash: { error: unknown } | null = null;
  const crashed = (error: unknown): void => {
    if (crash) return;
    crash = { error };
    stop.abort(new ReadAbortedError('stopped', `the tick crashed: ${(error as Error).message}`, { cause: error }));
  };
  const deliverer = createDeliverer(
    () => deliverDue(deps.store, deps.notifier, deps.series, deps.log, { now: deps.now, retry: deps.retry }),
    crashed,
  );
  const budgets = deps.budgets ?? DEFAULTS.budgets;
  try {
    const health = new Map((await deps.store.sourceHealth()).map((h) => [h.sourceId, h]));
    const run: TickRun = {
      deps,
      isRelevant: createRelevanceFilter(deps.series),
      claims: { keys: new Set(), texts: new Set() },
      signal: stop.signal,
      budget: { limitMs: budgets.hostBudgetMs, spentMs: new Map() },
      sourceDeadlineMs: budgets.sourceDeadlineMs,
      hungPageTimeoutMs: budgets.hungPageTimeoutMs,
      startedAt,
      delivered: () => deliverer.kick(),
    };
    // Sources are read together; the HTTP client's host gate and global limit keep that polite.
    const results = await Promise.all(
      deps.sources.map((source) =>
        readSource(source, run, health.get(source.id)).catch((error: unknown): SourceRead | null => {
          crashed(error);
          return null;
        }),
      ),
    );
    await deliverer.idle();
    if (crash) throw (crash as { error: unknown }).error;
    const stopped = stop.signal.aborted;
    // Stopping: what is left in the outbox goes out with the next tick, of this worker or another replica.
    if (!stopped) {
      await deliverSourceNotices(
        deps.store,
        deps.notifier,
        deps.sources,
        deps.sourceHealth ?? DEFAULTS.sourceHealth,
        deps.log,
      );
      deliverer.kick();
      await deliverer.idle();
    }
    return summarise(
      results.filter((r): r is SourceRead => r !== null),
      deps,
      deliverer.total,
      stopped,
    );
  } finally {
    opts.signal?.removeEventListener('abort', onStop);
  }
}

function summarise(
  results: SourceRead[],
  deps: TickDeps,
  delivery: TickSummary['delivery'],
  stopped: boolean,
): TickSummary {
  const reports = results.map((r) => r.report);
  const alertsCreated = results.reduce((n, r) => n + r.alertsCreated, 0);
  const ok = reports.filter((r): r is Extract<SourceReport, { status: 'ok' }> => r.status === 'ok');
  const next = results.map((r) => r.nextAttemptAt);
  const nextReadAt =
    next.length === 0 || next.some((n) => n === null) ? null : (next as string[]).reduce((a, b) => (a < b ? a : b));
  const summary: TickSummary = {
    sources: reports,
    articles: ok.reduce((n, r) => n + r.articles, 0),
    figures: ok.reduce((n, r) => n + r.figures, 0),
    alertsCreated,
    delivery,
    // A source backing off after failures is still failing, though this tick did not ask it again.
    failed: reports.some(isFailing) || delivery.failed > 0 || delivery.retrying > 0,
    stopped,
    nextReadAt,
  };
  const read = reports.filter((r) => r.status !== 'skipped').length;
  // The next read: the sentence a person reads says when anything happens next (a source falling due).
  const sentence = describeTick(summary);
  const nextRead = nextReadAt ? new Date(nextReadAt) : null;
  const fields = {
    summary: nextRead
      ? `${sentence}; next read ${clockLabel(nextRead, deps.timezone ?? 'UTC', deps.now?.())}`
      : sentence,
    sources: reports.length,
    read,
    unchanged: reports.filter((r) => r.status === 'not-modified').length,
    notDue: reports.filter((r) => r.status === 'skipped').length,
    stopped: reports.filter((r) => r.status === 'stopped').length,
    failedSources: reports.filter(isFailing).length,
    articles: summary.articles,
    figures: summary.figures,
    alertsCreated,
    alertsSent: delivery.sent,
    alertsEdited: delivery.edited,
    alertsFailed: delivery.failed + delivery.retrying,
    nextReadAt,
  };
  // Frequent ticks that find nothing due say so only at debug.
  if (isBusy(summary)) deps.log.info(fields, 'tick finished');
  else deps.log.debug(fields, 'tick finished');
  return summary;
}

const isFailing = (r: SourceReport): boolean =>
  r.status === 'error' || (r.status === 'skipped' && r.consecutiveFailures > 0);
