import type Database from 'better-sqlite3';
import type { Alert, AlertSource, Delivery, DeliveryClaim, Store } from './types.js';

interface AlertRow {
  id: number; series: string; month: string; value: number; currency: string;
  previous_month: string | null; previous_value: number | null; history_incomplete: number;
  created_at: string; status: Alert['status']; message_id: string | null; attempts: number; last_error: string | null;
  sent_at: string | null; next_attempt_at: string | null; consecutive_failures: number; edit_pending: number;
}

type Outbox = Pick<Store, 'dueDeliveries' | 'beginDelivery' | 'recordDelivery' | 'retryAlert' | 'alerts'>;

/**
 * The alert outbox: alerts are written by the ingest transaction and delivered from here. Every outcome is
 * recorded before the next delivery starts, and an in-flight mark tells a restart that a post may have
 * reached Discord although its answer never got written down.
 */
export function createSqliteOutbox(db: Database.Database, stamp: () => string): Outbox {
  const q = {
    due: db.prepare<{ now: string }, AlertRow>(`
      SELECT * FROM alerts
      WHERE (status = 'pending' OR (status = 'sent' AND edit_pending = 1 AND message_id IS NOT NULL))
        AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
      ORDER BY id`),
    all: db.prepare<[], AlertRow>('SELECT * FROM alerts ORDER BY id'),
    sources: db.prepare<[number], AlertSource>('SELECT url, outlet, title, published FROM alert_sources WHERE alert_id = ? ORDER BY added_at, url'),
    sendDue: db.prepare<[number], { one: number }>("SELECT 1 AS one FROM alerts WHERE id = ? AND status = 'pending'"),
    editDue: db.prepare<[number], { one: number }>("SELECT 1 AS one FROM alerts WHERE id = ? AND status = 'sent' AND edit_pending = 1 AND message_id IS NOT NULL"),
    inFlight: db.prepare<[number], { attempt_started_at: string | null }>('SELECT attempt_started_at FROM alerts WHERE id = ?'),
    begin: db.prepare(`
      UPDATE alerts SET maybe_posted = CASE WHEN attempt_started_at IS NULL THEN maybe_posted ELSE 1 END,
        attempt_started_at = @now, attempts = attempts + @post WHERE id = @id`),
    sent: db.prepare(`
      UPDATE alerts SET status = 'sent', message_id = @messageId, sent_at = @now, last_error = NULL, next_attempt_at = NULL,
        consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0,
        edit_pending = CASE WHEN maybe_posted = 1 AND @messageId IS NOT NULL THEN 1 ELSE 0 END WHERE id = @id`),
    // A failed post may still have reached Discord (its answer lost to a reset or a timeout). If a later try is
    // answered with that message, or finds it in the channel, it shows the alert as it stood then: rewrite it.
    sendFailed: db.prepare(`
      UPDATE alerts SET status = CASE WHEN @next IS NULL THEN 'failed' ELSE 'pending' END, last_error = @reason,
        next_attempt_at = @next, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL,
        maybe_posted = 1 WHERE id = @id`),
    edited: db.prepare(`
      UPDATE alerts SET edit_pending = 0, edited_at = @now, last_error = NULL, next_attempt_at = NULL,
        consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0 WHERE id = @id`),
    editFailed: db.prepare(`
      UPDATE alerts SET edit_pending = CASE WHEN @next IS NULL THEN 0 ELSE 1 END, last_error = 'edit: ' || @reason,
        next_attempt_at = @next, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL WHERE id = @id`),
    retry: db.prepare(`
      UPDATE alerts SET status = 'pending', next_attempt_at = NULL, consecutive_failures = 0 WHERE id = ? AND status = 'failed'`),
  };

  const toAlert = (row: AlertRow): Alert => ({
    id: row.id, series: row.series, month: row.month, value: row.value, currency: row.currency,
    previous: row.previous_month !== null && row.previous_value !== null ? { month: row.previous_month, value: row.previous_value } : null,
    historyIncomplete: row.history_incomplete === 1, status: row.status, messageId: row.message_id, attempts: row.attempts,
    failures: row.consecutive_failures, lastError: row.last_error, createdAt: row.created_at, sentAt: row.sent_at,
    nextAttemptAt: row.next_attempt_at, editPending: row.edit_pending === 1, sources: q.sources.all(row.id),
  });

  const begin = db.transaction((alertId: number, kind: Delivery['kind']): DeliveryClaim => {
    // Delivered meanwhile (another process on the same file, e.g. `exportwatch run` beside the worker).
    if (!(kind === 'send' ? q.sendDue : q.editDue).get(alertId)) return { status: 'taken' };
    const interrupted = q.inFlight.get(alertId)?.attempt_started_at != null;
    q.begin.run({ id: alertId, now: stamp(), post: kind === 'send' ? 1 : 0 });
    return { status: 'claimed', interrupted };
  });

  return {
    async dueDeliveries(now) {
      return q.due.all({ now: now.toISOString() }).map((row) => ({ kind: row.status === 'pending' ? 'send' : 'edit', alert: toAlert(row) }));
    },
    async beginDelivery(alertId, kind) {
      return begin.immediate(alertId, kind);
    },
    async recordDelivery(alertId, kind, outcome) {
      const now = stamp();
      if (outcome.status === 'sent') {
        if (kind === 'send') q.sent.run({ id: alertId, now, messageId: outcome.messageId });
        else q.edited.run({ id: alertId, now });
        return;
      }
      (kind === 'send' ? q.sendFailed : q.editFailed).run({ id: alertId, reason: outcome.reason, next: outcome.nextAttemptAt });
    },
    async retryAlert(alertId) {
      return q.retry.run(alertId).changes > 0;
    },
    async alerts() {
      return q.all.all().map(toAlert);
    },
  };
}
