import type { TickOutcome } from '../ops/tick-outcome.js';
import { isBusy, tickRecord } from '../pipeline/tick-summary.js';
import type { Store } from '../store/types.js';

/**
 * Keeps a finished tick, crashed ones included, in the store's journal for the status page. A tick that found no
 * source due and had nothing to deliver is left out: the worker looks every few seconds, and the journal keeps
 * the last few hundred ticks that did something.
 */
export async function keepInJournal(store: Store, outcome: Exclude<TickOutcome, { status: 'skipped' }>): Promise<void> {
  if (outcome.status === 'done' && !isBusy(outcome.summary)) return;
  const finishedAt = new Date(outcome.startedAt.getTime() + outcome.durationMs);
  const at = { startedAt: outcome.startedAt, finishedAt, reason: outcome.reason };
  if (outcome.status === 'done') return store.recordTick(tickRecord(outcome.summary, at));
  await store.recordTick({
    ...at,
    startedAt: at.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    outcome: 'crashed',
    summary: `tick crashed: ${outcome.error.message}`,
    sources: 0,
    read: 0,
    unchanged: 0,
    failed: 0,
    notDue: 0,
    articles: 0,
    figures: 0,
    alertsCreated: 0,
    alertsSent: 0,
    alertsFailed: 0,
    error: `${outcome.error.name}: ${outcome.error.message}`,
  });
}
