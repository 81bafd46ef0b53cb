import type { Alert, AlertDraft, AlertSource } from '../history/types.js';
import type { Queries } from './database.js';
import type { ArticleRecord, DeliveryRecord } from './types.js';

/** An alerts row, on both databases (SQLite and PostgreSQL keep the same columns). */
interface AlertRow {
  id: number;
  series: string;
  month: string;
  value: number;
  currency: string;
  previous_month: string | null;
  previous_value: number | null;
  history_incomplete: number;
  created_at: string;
  status: Alert['status'];
  message_id: string | null;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  next_attempt_at: string | null;
  consecutive_failures: number;
  edit_pending: number;
}

/** What linking an article needs to know of its alert. */
export interface AlertRef {
  id: number;
  status: string;
  message_id: string | null;
}

/** Alerts whose post, or edit of the posted message, is due at $1 (the current time). */
export const DUE = `
  (status = 'pending' OR (status = 'sent' AND edit_pending = 1 AND message_id IS NOT NULL))
  AND (next_attempt_at IS NULL OR next_attempt_at <= $1)`;

/** Still to do (not delivered by another process since the list was read); $1 is the alert id. */
export const STILL_DUE = {
  send: "SELECT 1 AS one FROM alerts WHERE id = $1 AND status = 'pending'",
  edit: "SELECT 1 AS one FROM alerts WHERE id = $1 AND status = 'sent' AND edit_pending = 1 AND message_id IS NOT NULL",
} as const;

/** Reads the alerts matching `where` (a condition on `alerts`, with its parameters), sources included. */
export async function readAlerts(q: Queries, where: string, params: readonly unknown[] = []): Promise<Alert[]> {
  const rows = await q.all<AlertRow>(`SELECT * FROM alerts WHERE ${where} ORDER BY id`, params);
  if (rows.length === 0) return [];
  // One query for all their sources (`where` names only alerts' columns, which alert_sources does not share).
  const sources = await q.all<AlertSource & { alert_id: number }>(
    `
    SELECT s.alert_id, s.url, s.outlet, s.title, s.published FROM alert_sources s JOIN alerts ON alerts.id = s.alert_id
    WHERE ${where} ORDER BY s.added_at, s.url`,
    params,
  );
  const byAlert = new Map<number, AlertSource[]>();
  for (const { alert_id: id, url, outlet, title, published } of sources) {
    const list = byAlert.get(id) ?? [];
    list.push({ url, outlet, title, published });
    byAlert.set(id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    series: row.series,
    month: row.month,
    value: row.value,
    currency: row.currency,
    previous:
      row.previous_month !== null && row.previous_value !== null
        ? { month: row.previous_month, value: row.previous_value }
        : null,
    historyIncomplete: row.history_incomplete === 1,
    status: row.status,
    messageId: row.message_id,
    attempts: row.attempts,
    failures: row.consecutive_failures,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    nextAttemptAt: row.next_attempt_at,
    editPending: row.edit_pending === 1,
    sources: byAlert.get(row.id) ?? [],
  }));
}

/** The alert of a series' month, if it has one. */
export function alertOfMonth(q: Queries, series: string, month: string): Promise<AlertRef | undefined> {
  return q.get<AlertRef>('SELECT id, status, message_id FROM alerts WHERE series = $1 AND month = $2', [series, month]);
}

/** Creates a pending alert for a new record; returns its id. */
export async function insertAlert(q: Queries, draft: AlertDraft, at: string): Promise<number> {
  const row = await q.get<{ id: number }>(
    `
    INSERT INTO alerts (series, month, value, currency, previous_month, previous_value, history_incomplete, created_at, status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') RETURNING id`,
    [
      draft.series,
      draft.month,
      draft.value,
      draft.currency,
      draft.previous?.month ?? null,
      draft.previous?.value ?? null,
      draft.historyIncomplete ? 1 : 0,
      at,
    ],
  );
  return row!.id;
}

/** Adds an article to an alert's sources; false when it was one already. */
export async function linkArticle(q: Queries, alert: AlertRef, article: ArticleRecord, at: string): Promise<boolean> {
  const added =
    (await q.run(
      `
    INSERT INTO alert_sources (alert_id, url, outlet, title, published, added_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT DO NOTHING`,
      [alert.id, article.url, article.outlet, article.title, article.published, at],
    )) > 0;
  // A posted message is rewritten to show the new outlet; a pending one will be posted with it.
  if (added && alert.status === 'sent' && alert.message_id !== null)
    await q.run('UPDATE alerts SET edit_pending = 1 WHERE id = $1', [alert.id]);
  return added;
}

// How each outcome changes the alert row; $1 is the alert id. They also clear SQLite's in-flight mark.
// An outlet linked while the post or edit was on its way is not in the message (`shown`: the parameter holding how
// many sources it showed; null when unknown): the message is due for an edit. Without this, eager delivery lost
// the second outlet of a record two outlets report in one tick.
const sourcesAddedSince = (shown: string): string =>
  `(CAST(${shown} AS INTEGER) IS NOT NULL AND (SELECT COUNT(*) FROM alert_sources s WHERE s.alert_id = $1) > CAST(${shown} AS INTEGER))`;

const OUTCOME = {
  sent: `
    UPDATE alerts SET status = 'sent', message_id = $2, sent_at = $3, last_error = NULL, next_attempt_at = NULL,
      consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0,
      edit_pending = CASE WHEN (maybe_posted = 1 AND CAST($2 AS TEXT) IS NOT NULL) OR ${sourcesAddedSince('$4')}
        THEN 1 ELSE 0 END WHERE id = $1`,
  // A failed post may still have reached Discord (its answer lost to a reset or a timeout). If a later try is
  // answered with that message, or finds it in the channel, it shows the alert as it stood then: rewrite it.
  sendFailed: `
    UPDATE alerts SET status = CASE WHEN CAST($3 AS TEXT) IS NULL THEN 'failed' ELSE 'pending' END, last_error = $2,
      next_attempt_at = $3, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL,
      maybe_posted = 1 WHERE id = $1`,
  edited: `
    UPDATE alerts SET edit_pending = CASE WHEN ${sourcesAddedSince('$3')} THEN 1 ELSE 0 END, edited_at = $2,
      last_error = NULL, next_attempt_at = NULL, consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0
      WHERE id = $1`,
  editFailed: `
    UPDATE alerts SET edit_pending = CASE WHEN CAST($3 AS TEXT) IS NULL THEN 0 ELSE 1 END, last_error = 'edit: ' || $2,
      next_attempt_at = $3, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL WHERE id = $1`,
};

/** Writes a delivery's outcome into the alert row. */
export async function recordOutcome(
  q: Queries,
  alertId: number,
  kind: 'send' | 'edit',
  outcome: DeliveryRecord,
  now: string,
): Promise<void> {
  if (outcome.status === 'sent') {
    const shown = outcome.shownSources ?? null;
    if (kind === 'send') await q.run(OUTCOME.sent, [alertId, outcome.messageId, now, shown]);
    else await q.run(OUTCOME.edited, [alertId, now, shown]);
    return;
  }
  await q.run(kind === 'send' ? OUTCOME.sendFailed : OUTCOME.editFailed, [
    alertId,
    outcome.reason,
    outcome.nextAttemptAt,
  ]);
}
