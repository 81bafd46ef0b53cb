import type { CorrectionDecision } from '../history/corrections.js';
import type { Alert, AlertCorrection, AlertDraft, AlertSource } from '../history/types.js';
import type { Queries } from './database.js';
import type { ArticleRecord, Delivery, DeliveryRecord } from './types.js';

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
  evidence: string | null;
  hold_reason: string | null;
  released_by: string | null;
  correction_kind: AlertCorrection['kind'] | null;
  corrected_value: number | null;
  correction_outlets: string | null;
  correction_reason: string | null;
  corrected_at: string | null;
  corrections: number;
  followup_pending: number;
  followup_message_id: string | null;
  followup_attempts: number;
  review_pending: number;
  review_message_id: string | null;
  review_attempts: number;
  message_url: string | null;
}

/** What linking an article needs to know of its alert. */
export interface AlertRef {
  id: number;
  status: string;
  message_id: string | null;
  value: number;
}

/**
 * What each outbox job is: when it is due (a condition on the alert row), and how its try is counted.
 * A post of a pending alert; an edit of a posted message (a later outlet, or a correction); the one
 * follow-up a correction posts; a held record's message in the review channel.
 */
export const JOBS: Readonly<Record<Delivery['kind'], { due: string; counter: string | null }>> = {
  send: { due: "status = 'pending'", counter: 'attempts' },
  edit: {
    due: "status IN ('sent', 'corrected') AND edit_pending = 1 AND message_id IS NOT NULL",
    counter: null,
  },
  followup: { due: "status = 'corrected' AND followup_pending = 1", counter: 'followup_attempts' },
  review: { due: "status = 'held' AND review_pending = 1", counter: 'review_attempts' },
};

/** The order jobs of one alert are done in: the post before its edit, the edit before the follow-up. */
export const JOB_ORDER: ReadonlyArray<Delivery['kind']> = ['send', 'edit', 'followup', 'review'];

/** Alerts with a post, edit, follow-up or review due at $1 (the current time). */
export const DUE = `
  ((${JOB_ORDER.map((k) => JOBS[k].due).join(') OR (')}))
  AND (next_attempt_at IS NULL OR next_attempt_at <= $1)`;

/** Still to do (not delivered by another process since the list was read); $1 is the alert id. */
export const STILL_DUE = Object.fromEntries(
  JOB_ORDER.map((k) => [k, `SELECT 1 AS one FROM alerts WHERE id = $1 AND ${JOBS[k].due}`]),
) as Readonly<Record<Delivery['kind'], string>>;

/** Which jobs of `alert` are due (the time is judged by the query that read it). */
export function jobsOf(alert: Alert): Delivery['kind'][] {
  const jobs: Delivery['kind'][] = [];
  if (alert.status === 'pending') jobs.push('send');
  if ((alert.status === 'sent' || alert.status === 'corrected') && alert.editPending && alert.messageId !== null)
    jobs.push('edit');
  if (alert.status === 'corrected' && alert.followUp?.pending) jobs.push('followup');
  if (alert.status === 'held' && alert.review?.pending) jobs.push('review');
  return jobs;
}

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
  return rows.map((row) => toAlert(row, byAlert.get(row.id) ?? []));
}

function toAlert(row: AlertRow, sources: AlertSource[]): Alert {
  return {
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
    sources,
    evidence: row.evidence,
    hold: row.hold_reason !== null ? { reason: row.hold_reason, releasedBy: row.released_by } : null,
    correction:
      row.correction_kind !== null
        ? {
            kind: row.correction_kind,
            value: row.corrected_value,
            outlets: row.correction_outlets ? (JSON.parse(row.correction_outlets) as string[]) : [],
            reason: row.correction_reason ?? '',
            at: row.corrected_at ?? '',
            count: row.corrections,
          }
        : null,
    followUp:
      row.followup_pending === 1 || row.followup_message_id !== null || row.followup_attempts > 0
        ? {
            pending: row.followup_pending === 1,
            messageId: row.followup_message_id,
            attempts: row.followup_attempts,
          }
        : null,
    review:
      row.review_pending === 1 || row.review_message_id !== null || row.review_attempts > 0
        ? { pending: row.review_pending === 1, messageId: row.review_message_id, attempts: row.review_attempts }
        : null,
    messageUrl: row.message_url,
  };
}

/** The alert of a series' month, if it has one. */
export function alertOfMonth(q: Queries, series: string, month: string): Promise<AlertRef | undefined> {
  return q.get<AlertRef>('SELECT id, status, message_id, value FROM alerts WHERE series = $1 AND month = $2', [
    series,
    month,
  ]);
}

/** Creates an alert for a new record, pending or (implausible) held; returns its id. */
export async function insertAlert(q: Queries, draft: AlertDraft, at: string): Promise<number> {
  const held = draft.hold != null;
  const row = await q.get<{ id: number }>(
    `
    INSERT INTO alerts (series, month, value, currency, previous_month, previous_value, history_incomplete, created_at,
      status, evidence, hold_reason, review_pending)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      draft.series,
      draft.month,
      draft.value,
      draft.currency,
      draft.previous?.month ?? null,
      draft.previous?.value ?? null,
      draft.historyIncomplete ? 1 : 0,
      at,
      held ? 'held' : 'pending',
      draft.evidence ?? null,
      draft.hold?.reason ?? null,
      held ? 1 : 0,
    ],
  );
  return row!.id;
}

/**
 * Makes a held or rejected alert that was never posted the month's record after all: a plausible record
 * for the month came in with another value. The articles behind the old value are no longer its sources.
 */
export async function redraftAlert(q: Queries, alertId: number, draft: AlertDraft): Promise<void> {
  await q.run('DELETE FROM alert_sources WHERE alert_id = $1', [alertId]);
  await q.run(
    `
    UPDATE alerts SET value = $2, previous_month = $3, previous_value = $4, history_incomplete = $5, evidence = $6,
      status = 'pending', hold_reason = NULL, released_by = NULL, review_pending = 0, correction_kind = NULL,
      corrected_value = NULL, correction_outlets = NULL, correction_reason = NULL, corrected_at = NULL
    WHERE id = $1 AND status IN ('held', 'rejected') AND message_id IS NULL`,
    [
      alertId,
      draft.value,
      draft.previous?.month ?? null,
      draft.previous?.value ?? null,
      draft.historyIncomplete ? 1 : 0,
      draft.evidence ?? null,
    ],
  );
}

/** Releases a held alert (confirmed by `by`: an outlet, or "a person"); it is posted by the next delivery. */
export async function releaseAlert(q: Queries, alertId: number, by: string): Promise<boolean> {
  const changed = await q.run(
    "UPDATE alerts SET status = 'pending', released_by = $2, review_pending = 0 WHERE id = $1 AND status = 'held'",
    [alertId, by],
  );
  return changed > 0;
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
  if (added && (alert.status === 'sent' || alert.status === 'corrected') && alert.message_id !== null)
    await q.run('UPDATE alerts SET edit_pending = 1 WHERE id = $1', [alert.id]);
  return added;
}

/** What a correction did to its alert. */
export type CorrectionOutcome =
  /** Never tried to post: withdrawn (`rejected`), or, still a record at another value, rewritten before its post. */
  | 'withdrawn'
  | 'rewritten'
  /** Posted (or perhaps posted): marked corrected, its message to be edited and a follow-up posted. */
  | 'corrected'
  /** No longer a live alert (another process got there first). */
  | 'unchanged';

const CORRECTION_SET = `correction_kind = $2, corrected_value = $3, correction_outlets = $4, correction_reason = $5,
  corrected_at = $6, corrections = corrections + 1`;

/**
 * Corrects a live alert. One that no post was ever tried for (`untried`, a condition on the row given by the
 * database's delivery claims) is withdrawn, or, if it is still the record at another value, given that
 * value. Any other is marked corrected: a posted message is edited and a follow-up posted; one whose post
 * may have landed unrecorded keeps its post due, and the correction follows once it is recorded.
 */
export async function correctAlert(
  q: Queries,
  decision: CorrectionDecision,
  at: string,
  untried: string,
): Promise<CorrectionOutcome> {
  const { alertId, correction: c } = decision;
  const live = "status IN ('pending', 'sent', 'failed')";
  if (c.kind === 'revised' && c.value !== null) {
    const rewritten = await q.run(
      `UPDATE alerts SET value = $2 WHERE id = $1 AND status IN ('pending', 'failed') AND ${untried}`,
      [alertId, c.value],
    );
    if (rewritten > 0) return 'rewritten';
  }
  const params = [alertId, c.kind, c.value, JSON.stringify(c.outlets), c.reason, at];
  const withdrawn = await q.run(
    `UPDATE alerts SET status = 'rejected', ${CORRECTION_SET} WHERE id = $1 AND status IN ('pending', 'failed') AND ${untried}`,
    params,
  );
  if (withdrawn > 0) return 'withdrawn';
  const corrected = await q.run(
    `
    UPDATE alerts SET ${CORRECTION_SET},
      status = CASE WHEN status = 'sent' THEN 'corrected' ELSE status END,
      edit_pending = CASE WHEN status = 'sent' AND message_id IS NOT NULL THEN 1 ELSE edit_pending END,
      followup_pending = CASE WHEN status = 'sent' THEN 1 ELSE followup_pending END
    WHERE id = $1 AND ${live}`,
    params,
  );
  return corrected > 0 ? 'corrected' : 'unchanged';
}

/** A person's rejection of a held alert: never posted, and its value no longer counts. */
export async function rejectHeld(
  q: Queries,
  alertId: number,
  correction: Omit<AlertCorrection, 'at' | 'count'>,
  at: string,
): Promise<boolean> {
  const changed = await q.run(
    `UPDATE alerts SET status = 'rejected', review_pending = 0, ${CORRECTION_SET} WHERE id = $1 AND status = 'held'`,
    [alertId, correction.kind, correction.value, JSON.stringify(correction.outlets), correction.reason, at],
  );
  return changed > 0;
}

// How each outcome changes the alert row; $1 is the alert id. They also clear SQLite's in-flight mark.
// An outlet linked while the post or edit was on its way is not in the message (`shown`: the parameter holding how
// many sources it showed; null when unknown): the message is due for an edit. Without this, eager delivery lost
// the second outlet of a record two outlets report in one tick.
const sourcesAddedSince = (shown: string): string =>
  `(CAST(${shown} AS INTEGER) IS NOT NULL AND (SELECT COUNT(*) FROM alert_sources s WHERE s.alert_id = $1) > CAST(${shown} AS INTEGER))`;

const OUTCOME = {
  // A post recorded after a correction came in shows the alert as it was read before the post: the correction
  // is then due as an edit and a follow-up.
  sent: `
    UPDATE alerts SET status = CASE WHEN correction_kind IS NULL THEN 'sent' ELSE 'corrected' END, message_id = $2,
      sent_at = $3, message_url = $4, last_error = NULL, next_attempt_at = NULL,
      consecutive_failures = 0, attempt_started_at = NULL, maybe_posted = 0,
      edit_pending = CASE
        WHEN ((maybe_posted = 1 OR correction_kind IS NOT NULL) AND CAST($2 AS TEXT) IS NOT NULL) OR ${sourcesAddedSince('$5')}
        THEN 1 ELSE 0 END,
      followup_pending = CASE WHEN correction_kind IS NULL THEN 0 ELSE 1 END WHERE id = $1`,
  // A failed post may still have reached Discord (its answer lost to a reset or a timeout). If a later try is
  // answered with that message, or finds it in the channel, it shows the alert as it stood then: rewrite it.
  sendFailed: `
    UPDATE alerts SET status = CASE WHEN CAST($3 AS TEXT) IS NULL THEN 'failed' ELSE 'pending' END, last_error = $2,
      next_attempt_at = $3, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL,
      maybe_posted = 1 WHERE id = $1`,
  edited: `
    UPDATE alerts SET edit_pending = CASE WHEN ${sourcesAddedSince('$4')} THEN 1 ELSE 0 END, edited_at = $2,
      message_url = COALESCE(message_url, $3), last_error = NULL, next_attempt_at = NULL, consecutive_failures = 0,
      attempt_started_at = NULL, maybe_posted = 0 WHERE id = $1`,
  editFailed: `
    UPDATE alerts SET edit_pending = CASE WHEN CAST($3 AS TEXT) IS NULL THEN 0 ELSE 1 END, last_error = 'edit: ' || $2,
      next_attempt_at = $3, consecutive_failures = consecutive_failures + 1, attempt_started_at = NULL WHERE id = $1`,
  followupSent: `
    UPDATE alerts SET followup_pending = 0, followup_message_id = $2, last_error = NULL, next_attempt_at = NULL,
      consecutive_failures = 0, attempt_started_at = NULL WHERE id = $1`,
  followupFailed: `
    UPDATE alerts SET followup_pending = CASE WHEN CAST($3 AS TEXT) IS NULL THEN 0 ELSE 1 END,
      last_error = 'follow-up: ' || $2, next_attempt_at = $3, consecutive_failures = consecutive_failures + 1,
      attempt_started_at = NULL WHERE id = $1`,
  reviewSent: `
    UPDATE alerts SET review_pending = 0, review_message_id = $2, last_error = NULL, next_attempt_at = NULL,
      consecutive_failures = 0, attempt_started_at = NULL WHERE id = $1`,
  reviewFailed: `
    UPDATE alerts SET review_pending = CASE WHEN CAST($3 AS TEXT) IS NULL THEN 0 ELSE 1 END,
      last_error = 'review: ' || $2, next_attempt_at = $3, consecutive_failures = consecutive_failures + 1,
      attempt_started_at = NULL WHERE id = $1`,
};

/** Writes a delivery's outcome into the alert row. */
export async function recordOutcome(
  q: Queries,
  alertId: number,
  kind: Delivery['kind'],
  outcome: DeliveryRecord,
  now: string,
): Promise<void> {
  if (outcome.status === 'sent') {
    const url = outcome.messageUrl ?? null;
    const shown = outcome.shownSources ?? null;
    if (kind === 'send') await q.run(OUTCOME.sent, [alertId, outcome.messageId, now, url, shown]);
    else if (kind === 'edit') await q.run(OUTCOME.edited, [alertId, now, url, shown]);
    else await q.run(kind === 'followup' ? OUTCOME.followupSent : OUTCOME.reviewSent, [alertId, outcome.messageId]);
    return;
  }
  const failed = {
    send: OUTCOME.sendFailed,
    edit: OUTCOME.editFailed,
    followup: OUTCOME.followupFailed,
    review: OUTCOME.reviewFailed,
  }[kind];
  await q.run(failed, [alertId, outcome.reason, outcome.nextAttemptAt]);
}
