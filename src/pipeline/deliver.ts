import type { Logger } from '../log.js';
import type { Notifier } from '../notify/types.js';
import type { Store } from '../store/types.js';

/** What delivering the outbox did. */
export interface DeliverySummary {
  sent: number;
  /** Failed for good (a formatting or configuration error); kept as failed in the store. */
  failed: number;
  /** Failed for now (Discord down, timeout); stays pending for the next tick. */
  retrying: number;
}

/** Delivers every pending alert; the store records each outcome before the next alert is tried. */
export async function deliverPending(
  store: Store,
  notifier: Notifier,
  series: ReadonlyArray<{ id: string; name: string }>,
  log: Logger,
): Promise<DeliverySummary> {
  const summary: DeliverySummary = { sent: 0, failed: 0, retrying: 0 };
  const names = new Map(series.map((s) => [s.id, s.name]));
  for (const alert of await store.pendingAlerts()) {
    // Another replica may be delivering it right now, or have done so since the list was read.
    const claim = await store.beginDelivery(alert.id);
    if (claim.status === 'taken') continue;
    if (claim.interrupted) log.warn({ alert: alert.id }, 'an earlier delivery of this alert was interrupted; trying again (the nonce prevents a second post)');
    // An interrupted attempt never got counted; counting it makes the notifier look for that post first.
    const attempts = claim.interrupted ? alert.attempts + 1 : alert.attempts;
    const outcome = await notifier.send({ ...alert, attempts, seriesName: names.get(alert.series) ?? alert.series });
    if (outcome.status === 'sent') {
      await store.markSent(alert.id, outcome.messageId);
      summary.sent++;
      log.info({ alert: alert.id, series: alert.series, month: alert.month, messageId: outcome.messageId }, 'alert sent');
      continue;
    }
    await store.markFailed(alert.id, outcome.reason, outcome.retryable);
    if (outcome.retryable) summary.retrying++;
    else summary.failed++;
    log.error({ alert: alert.id, reason: outcome.reason, retryable: outcome.retryable }, 'alert not delivered');
  }
  return summary;
}
