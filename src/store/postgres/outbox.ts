import type pg from 'pg';
import type { StoreError } from '../../errors.js';
import type { Alert, AlertSource, Delivery, Store } from '../types.js';

interface AlertRow {
  id: number; series: string; month: string; value: number; currency: string;
  previous_month: string | null; previous_value: number | null; history_incomplete: number;
  created_at: string; status: Alert['status']; message_id: string | null; attempts: number; last_error: string | null;
  sent_at: string | null; next_attempt_at: string | null; consecutive_failures: number; edit_pending: number;
}

type Outbox = Pick<Store, 'dueDeliveries' | 'beginDelivery' | 'recordDelivery' | 'retryAlert' | 'alerts'> & {
  /** Rolls back every claim still open (the alerts stay due) and forgets them. */
  abandonAll(): Promise<void>;
};

// What is due, as in sqlite-outbox.ts: a pending post, or an edit of a posted message, whose wait is over
// (`now` names the parameter holding the current time).
const dueSend = (now: string): string => `status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})`;
const dueEdit = (now: string): string =>
  `status = 'sent' AND edit_pending = 1 AND message_id IS NOT NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})`;

const STILL_SEND = "status = 'pending'";
const STILL_EDIT = "status = 'sent' AND edit_pending = 1 AND message_id IS NOT NULL";

// The outcome statements of sqlite-outbox.ts; $1 is the alert id.
const OUTCOME = {
  sent: `
    UPDATE alerts SET status = 'sent', message_id = $2, sent_at = $3, last_error = NULL, next_attempt_at = NULL,
      consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0,
      edit_pending = CASE WHEN maybe_posted = 1 AND $2::text IS NOT NULL THEN 1 ELSE 0 END WHERE id = $1`,
  // A failed post may have reached Discord all the same: the message a later try records is rewritten (see sqlite-outbox.ts).
  sendFailed: `
    UPDATE alerts SET status = CASE WHEN $3::text IS NULL THEN 'failed' ELSE 'pending' END, last_error = $2,
      next_attempt_at = $3, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL,
      maybe_posted = 1 WHERE id = $1`,
  edited: `
    UPDATE alerts SET edit_pending = 0, edited_at = $2, last_error = NULL, next_attempt_at = NULL,
      consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0 WHERE id = $1`,
  editFailed: `
    UPDATE alerts SET edit_pending = CASE WHEN $3::text IS NULL THEN 0 ELSE 1 END, last_error = 'edit: ' || $2,
      next_attempt_at = $3, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL WHERE id = $1`,
};

/**
 * The alert outbox on PostgreSQL. Claiming an alert (beginDelivery) opens a transaction that holds its row
 * with `FOR NO KEY UPDATE SKIP LOCKED` until recordDelivery commits the outcome: another replica skips it
 * meanwhile, and if this process dies the server ends the transaction and frees the row at once. The
 * in-flight mark goes to `outbox_claims` in a separate, committed statement, so it outlives that death: the
 * next claimer learns that a post may already exist, as the SQLite outbox learns from `attempt_started_at`.
 */
export function createPostgresOutbox(
  pool: pg.Pool,
  ctx: {
    holder: string;
    stamp: () => string;
    read: <R extends pg.QueryResultRow>(what: string, sql: string, params?: unknown[]) => Promise<R[]>;
    failed: (what: string, cause: unknown) => StoreError;
    onConnectionError?: (error: Error) => void;
  },
): Outbox {
  const held = new Map<number, pg.PoolClient>();
  // A held connection that breaks (server restart) emits 'error' between queries; unheard, that would crash
  // the worker. The recordDelivery that follows fails on it and the alert stays due.
  const heard = (error: Error): void => ctx.onConnectionError?.(error);

  const release = async (alertId: number, how: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    const client = held.get(alertId);
    if (!client) return;
    held.delete(alertId);
    const failure = await client.query(how).then(() => undefined, (e: Error) => e);
    client.off('error', heard);
    // A connection that cannot end its transaction is broken: destroy it rather than pool it.
    client.release(failure);
    if (failure && how === 'COMMIT') throw failure;
  };

  const toAlerts = async (rows: AlertRow[]): Promise<Alert[]> => {
    if (rows.length === 0) return [];
    const sources = await ctx.read<AlertSource & { alert_id: number }>('reading alert sources',
      'SELECT alert_id, url, outlet, title, published FROM alert_sources WHERE alert_id = ANY($1) ORDER BY added_at, url', [rows.map((r) => r.id)]);
    return rows.map((row) => ({
      id: row.id, series: row.series, month: row.month, value: row.value, currency: row.currency,
      previous: row.previous_month !== null && row.previous_value !== null ? { month: row.previous_month, value: row.previous_value } : null,
      historyIncomplete: row.history_incomplete === 1, status: row.status, messageId: row.message_id, attempts: row.attempts,
      failures: row.consecutive_failures, lastError: row.last_error, createdAt: row.created_at, sentAt: row.sent_at,
      nextAttemptAt: row.next_attempt_at, editPending: row.edit_pending === 1,
      sources: sources.filter((s) => s.alert_id === row.id).map(({ url, outlet, title, published }) => ({ url, outlet, title, published })),
    }));
  };

  async function claim(alertId: number, kind: Delivery['kind']): Promise<{ status: 'taken' } | { status: 'claimed'; interrupted: boolean }> {
    if (held.has(alertId)) throw new Error(`alert ${alertId} is already being delivered by this process`);
    const client = await pool.connect();
    client.on('error', heard);
    held.set(alertId, client);
    try {
      await client.query('BEGIN');
      // Still to do (not delivered by another replica since the list was read)? The time was judged by
      // dueDeliveries with the caller's clock, so it is not judged again here, as in sqlite-outbox.ts.
      const due = kind === 'send' ? STILL_SEND : STILL_EDIT;
      const { rowCount } = await client.query(`SELECT 1 FROM alerts WHERE id = $1 AND ${due} FOR NO KEY UPDATE SKIP LOCKED`, [alertId]);
      if (rowCount === 0) {
        await release(alertId, 'ROLLBACK');
        return { status: 'taken' };
      }
      const { rowCount: leftover } = await client.query('SELECT 1 FROM outbox_claims WHERE alert_id = $1', [alertId]);
      const interrupted = (leftover ?? 0) > 0;
      // Committed on its own (the pool, not this transaction), so the mark outlives a crash mid-send.
      await pool.query(`
        INSERT INTO outbox_claims (alert_id, holder, started_at) VALUES ($1, $2, $3)
        ON CONFLICT (alert_id) DO UPDATE SET holder = excluded.holder, started_at = excluded.started_at`, [alertId, ctx.holder, ctx.stamp()]);
      await client.query(`
        UPDATE alerts SET maybe_posted = CASE WHEN $2::boolean THEN 1 ELSE maybe_posted END, attempt_started_at = $3,
          attempts = attempts + $4 WHERE id = $1`, [alertId, interrupted, ctx.stamp(), kind === 'send' ? 1 : 0]);
      return { status: 'claimed', interrupted };
    } catch (error) {
      await release(alertId, 'ROLLBACK');
      throw ctx.failed(`claiming alert ${alertId}`, error);
    }
  }

  return {
    async dueDeliveries(now) {
      const rows = await ctx.read<AlertRow>('reading the outbox',
        `SELECT * FROM alerts WHERE (${dueSend('$1')}) OR (${dueEdit('$1')}) ORDER BY id`, [now.toISOString()]);
      const alerts = await toAlerts(rows);
      return alerts.map((alert) => ({ kind: alert.status === 'pending' ? 'send' : 'edit', alert }));
    },
    beginDelivery: claim,
    async recordDelivery(alertId, kind, outcome) {
      const client = held.get(alertId);
      if (!client) throw new Error(`alert ${alertId} was not claimed by this process; call beginDelivery first`);
      const now = ctx.stamp();
      try {
        if (outcome.status === 'sent') {
          if (kind === 'send') await client.query(OUTCOME.sent, [alertId, outcome.messageId, now]);
          else await client.query(OUTCOME.edited, [alertId, now]);
        } else {
          await client.query(kind === 'send' ? OUTCOME.sendFailed : OUTCOME.editFailed, [alertId, outcome.reason, outcome.nextAttemptAt]);
        }
        await client.query('DELETE FROM outbox_claims WHERE alert_id = $1', [alertId]);
      } catch (error) {
        await release(alertId, 'ROLLBACK');
        throw ctx.failed(`recording the delivery of alert ${alertId}`, error);
      }
      try {
        await release(alertId, 'COMMIT');
      } catch (error) {
        throw ctx.failed(`recording the delivery of alert ${alertId}`, error);
      }
    },
    async retryAlert(alertId) {
      const rows = await ctx.read('retrying an alert', `
        UPDATE alerts SET status = 'pending', next_attempt_at = NULL, consecutive_failures = 0 WHERE id = $1 AND status = 'failed' RETURNING id`, [alertId]);
      return rows.length > 0;
    },
    async alerts() {
      return toAlerts(await ctx.read<AlertRow>('reading alerts', 'SELECT * FROM alerts ORDER BY id'));
    },
    async abandonAll() {
      await Promise.all([...held.keys()].map((id) => release(id, 'ROLLBACK')));
    },
  };
}
