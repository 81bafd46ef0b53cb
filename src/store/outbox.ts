import { DUE, readAlerts, recordOutcome } from './alerts.js';
import type { Database, Queries } from './database.js';
import type { Delivery, DeliveryClaim, Store } from './types.js';

/**
 * How a database keeps each delivery to one process, from just before the send to its recorded outcome,
 * and tells the next claimer that a send may have happened unrecorded (the process died mid-send).
 */
export interface DeliveryClaims {
  begin(alertId: number, kind: Delivery['kind']): Promise<DeliveryClaim>;
  /** Runs `record` (the outcome's statements) and ends the claim. */
  finish(alertId: number, record: (q: Queries) => Promise<void>): Promise<void>;
  /** Lets go of every claim still open; their alerts stay due. */
  abandonAll(): Promise<void>;
}

/**
 * The alert outbox: alerts are written by the article transaction and delivered from here. Every outcome
 * is recorded before the next delivery starts; the claims say what a restart must know about a send that
 * may have reached Discord although its answer never got written down.
 */
export function createOutbox(
  db: Database,
  claims: DeliveryClaims,
  stamp: () => string,
): Pick<Store, 'dueDeliveries' | 'beginDelivery' | 'recordDelivery' | 'retryAlert' | 'alerts'> {
  return {
    async dueDeliveries(now) {
      const alerts = await db.query('reading the outbox', (q) => readAlerts(q, DUE, [now.toISOString()]));
      return alerts.map((alert) => ({ kind: alert.status === 'pending' ? 'send' : 'edit', alert }));
    },
    beginDelivery: (alertId, kind) => claims.begin(alertId, kind),
    async recordDelivery(alertId, kind, outcome) {
      const now = stamp();
      await claims.finish(alertId, (q) => recordOutcome(q, alertId, kind, outcome, now));
    },
    async retryAlert(alertId) {
      const changed = await db.query('retrying an alert', (q) =>
        q.run(
          "UPDATE alerts SET status = 'pending', next_attempt_at = NULL, consecutive_failures = 0 WHERE id = $1 AND status = 'failed'",
          [alertId],
        ),
      );
      return changed > 0;
    },
    alerts() {
      return db.query('reading alerts', (q) => readAlerts(q, '1 = 1'));
    },
  };
}
