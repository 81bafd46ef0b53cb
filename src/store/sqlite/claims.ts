import { STILL_DUE } from '../alerts.js';
import type { Database } from '../database.js';
import type { DeliveryClaims } from '../outbox.js';

// Marks the try as started; a mark left by an earlier try that never recorded its outcome means the
// message may already be posted (maybe_posted), which the outcome of this try turns into an edit.
const BEGIN = `
  UPDATE alerts SET maybe_posted = CASE WHEN attempt_started_at IS NULL THEN maybe_posted ELSE 1 END,
    attempt_started_at = $2, attempts = attempts + $3 WHERE id = $1`;

/**
 * Delivery claims on SQLite: one process writes at a time, so a claim is a short transaction that checks the
 * alert is still due and leaves an in-flight mark (`attempt_started_at`); the outcome clears it.
 */
export function sqliteClaims(db: Database, stamp: () => string): DeliveryClaims {
  return {
    begin(alertId, kind) {
      return db.transaction(`claiming alert ${alertId}`, async (q) => {
        // Delivered meanwhile (another process on the same file, e.g. `exportwatch run` beside the worker).
        if ((await q.get(STILL_DUE[kind], [alertId])) === undefined) return { status: 'taken' } as const;
        const mark = await q.get<{ attempt_started_at: string | null }>(
          'SELECT attempt_started_at FROM alerts WHERE id = $1',
          [alertId],
        );
        await q.run(BEGIN, [alertId, stamp(), kind === 'send' ? 1 : 0]);
        return { status: 'claimed', interrupted: mark?.attempt_started_at != null } as const;
      });
    },
    finish(alertId, record) {
      return db.query(`recording the delivery of alert ${alertId}`, record);
    },
    async abandonAll() {},
  };
}
