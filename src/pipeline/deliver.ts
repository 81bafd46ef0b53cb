import type { Alert, MonthValues } from '../history/types.js';
import type { Logger } from '../log.js';
import type { AlertView, DeliveryOutcome, Notifier, SeriesInfo } from '../notify/types.js';
import type { Delivery, DeliveryRecord, Store } from '../store/types.js';
import { alertView } from './alert-view.js';

/** What delivering the outbox did. */
export interface DeliverySummary {
  sent: number;
  /** Posted messages rewritten to add a later outlet's report, or to show a correction. */
  edited: number;
  /** Follow-up messages posted under corrected alerts. */
  followUps: number;
  /** Held records posted in the review channel. */
  reviews: number;
  /** Failed for good (a formatting or configuration error); kept as failed in the store. */
  failed: number;
  /** Failed for now (Discord down, timeout); stays in the outbox with a next-attempt time. */
  retrying: number;
}

/** When a failed post or edit is tried again: doubling from a minute, at most an hour apart. */
export interface RetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstDelayMs: 60_000, maxDelayMs: 60 * 60_000 };

/** The wait before the next try after `failures` consecutive failures; a server's Retry-After wins when longer. */
export function retryDelayMs(failures: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const backoff = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/**
 * Delivers every due post and edit; the store records each outcome before the next is tried, so a crash
 * repeats at most the one delivery in flight — and Discord's nonce turns a repeated post into the original.
 */
export async function deliverDue(
  store: Store,
  notifier: Notifier,
  series: readonly SeriesInfo[],
  log: Logger,
  opts: { now?: () => Date; retry?: RetryPolicy } = {},
): Promise<DeliverySummary> {
  const now = opts.now ?? (() => new Date());
  const policy = opts.retry ?? DEFAULT_RETRY_POLICY;
  const summary: DeliverySummary = { sent: 0, edited: 0, followUps: 0, reviews: 0, failed: 0, retrying: 0 };
  const run: Run = { store, notifier, series: new Map(series.map((s) => [s.id, s])), log, now, policy, summary };
  const posted = new Set<number>();
  const due = await store.dueDeliveries(now());
  if (due.length > 0)
    log.info(
      {
        posts: due.filter((j) => j.kind === 'send').length,
        edits: due.filter((j) => j.kind === 'edit').length,
        followUps: due.filter((j) => j.kind === 'followup').length,
        reviews: due.filter((j) => j.kind === 'review').length,
      },
      'delivering alerts',
    );
  for (const job of due) {
    await deliverOne(job, run);
    if (job.kind === 'send') posted.add(job.alert.id);
  }
  // A post that followed an interrupted or failed one may have been answered with the older message, and one
  // whose alert was corrected meanwhile shows what it no longer says: rewrite it (and follow it up) now.
  for (const job of await store.dueDeliveries(now())) {
    if ((job.kind === 'edit' || job.kind === 'followup') && posted.has(job.alert.id)) await deliverOne(job, run);
  }
  return summary;
}

interface Run {
  store: Store;
  notifier: Notifier;
  series: ReadonlyMap<string, SeriesInfo>;
  log: Logger;
  now: () => Date;
  policy: RetryPolicy;
  summary: DeliverySummary;
}

async function deliverOne(job: Delivery, run: Run): Promise<void> {
  const { alert } = job;
  // Another replica may be delivering it right now, or have done so since the list was read.
  const claim = await run.store.beginDelivery(alert.id, job.kind);
  if (claim.status === 'taken') {
    run.log.debug({ alert: alert.id, kind: job.kind }, 'delivery taken by another replica or already done');
    return;
  }
  if (claim.interrupted)
    run.log.warn(
      { alert: alert.id, kind: job.kind },
      'an earlier delivery of this alert was interrupted; trying again (the nonce prevents a second post)',
    );
  // An interrupted try may not be counted yet (PostgreSQL rolls it back with the dead connection); the notifier
  // looks for an earlier post only when it knows of one.
  const tried = (n: number): number => (claim.interrupted ? Math.max(n, 1) : n);
  const counted: Alert = {
    ...alert,
    attempts: job.kind === 'send' ? tried(alert.attempts) : alert.attempts,
    followUp:
      alert.followUp && job.kind === 'followup'
        ? { ...alert.followUp, attempts: tried(alert.followUp.attempts) }
        : alert.followUp,
    review:
      alert.review && job.kind === 'review'
        ? { ...alert.review, attempts: tried(alert.review.attempts) }
        : alert.review,
  };
  const view = alertView(counted, run.series.get(alert.series), await historyOf(alert, run));
  const outcome = await perform(job.kind, view, alert, run.notifier);
  const record = toRecord(outcome, alert.failures + 1, run.now(), run.policy, alert.sources.length);
  await run.store.recordDelivery(alert.id, job.kind, record);
  // Without a review channel a held record's review is done by doing nothing: not counted, not logged.
  if (job.kind === 'review' && !run.notifier.review) return;
  count(run.summary, job.kind, record);
  const where = { alert: alert.id, series: alert.series, month: alert.month, kind: job.kind };
  if (record.status === 'sent') run.log.info({ ...where, messageId: record.messageId }, DONE[job.kind]);
  else run.log.error({ ...where, reason: record.reason, nextAttemptAt: record.nextAttemptAt }, 'alert not delivered');
}

const DONE: Readonly<Record<Delivery['kind'], string>> = {
  send: 'alert sent',
  edit: 'alert edited',
  followup: 'correction follow-up sent',
  review: 'held record sent for review',
};

// What each job asks of the notifier. A notifier without a review channel has nothing to do for a review.
function perform(kind: Delivery['kind'], view: AlertView, alert: Alert, notifier: Notifier): Promise<DeliveryOutcome> {
  if (kind === 'send') return notifier.send(view);
  if (kind === 'edit') return notifier.edit(view, alert.messageId!);
  if (kind === 'followup') return notifier.followUp(view);
  return notifier.review ? notifier.review(view) : Promise.resolve({ status: 'sent', messageId: null });
}

// The notifier never reads the store: the history for its facts and chart is read here, once per delivery.
async function historyOf(alert: Alert, run: Run): Promise<MonthValues | null> {
  try {
    return await run.store.monthValues(alert.series);
  } catch (error) {
    run.log.warn(
      { err: error, alert: alert.id, series: alert.series },
      'history unavailable: alert sent without chart and year-on-year figures',
    );
    return null;
  }
}

function toRecord(
  outcome: DeliveryOutcome,
  failures: number,
  now: Date,
  policy: RetryPolicy,
  shownSources: number,
): DeliveryRecord {
  if (outcome.status === 'sent')
    return { status: 'sent', messageId: outcome.messageId, messageUrl: outcome.messageUrl ?? null, shownSources };
  if (!outcome.retryable) return { status: 'failed', reason: outcome.reason, nextAttemptAt: null };
  // The notifier may pass on Discord's Retry-After; the outbox decides when the next try happens.
  const hinted = (outcome as { retryAfterMs?: unknown }).retryAfterMs;
  const delay = retryDelayMs(failures, policy, typeof hinted === 'number' ? hinted : undefined);
  return { status: 'failed', reason: outcome.reason, nextAttemptAt: new Date(now.getTime() + delay).toISOString() };
}

function count(summary: DeliverySummary, kind: Delivery['kind'], record: DeliveryRecord): void {
  if (record.status === 'sent') {
    if (kind === 'send') summary.sent++;
    else if (kind === 'edit') summary.edited++;
    else if (kind === 'followup') summary.followUps++;
    else summary.reviews++;
  } else if (record.nextAttemptAt !== null) summary.retrying++;
  else summary.failed++;
}
