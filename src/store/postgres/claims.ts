import type pg from 'pg';
import { STILL_DUE } from '../alerts.js';
import type { DeliveryClaims } from '../outbox.js';
import { pgQueries, storeFailure } from './database.js';

/**
 * Delivery claims on PostgreSQL. Claiming an alert opens a transaction that holds its row with
 * `FOR NO KEY UPDATE SKIP LOCKED` until the outcome commits: another replica skips it meanwhile, and if
 * this process dies the server ends the transaction and frees the row at once. The in-flight mark goes to
 * `outbox_claims` in a separate, committed statement, so it outlives that death: the next claimer learns
 * that a post may already exist, as SQLite's claims learn from `attempt_started_at`.
 */
export function postgresClaims(
  pool: pg.Pool,
  ctx: { url: string; holder: string; stamp: () => string; onConnectionError?: (error: Error) => void },
): DeliveryClaims {
  const failed = storeFailure(ctx.url);
  const held = new Map<number, pg.PoolClient>();
  // A held connection that breaks (server restart) emits 'error' between queries; unheard, that would crash
  // the worker. The outcome that follows fails on it and the alert stays due.
  const heard = (error: Error): void => ctx.onConnectionError?.(error);

  const release = async (alertId: number, how: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    const client = held.get(alertId);
    if (!client) return;
    held.delete(alertId);
    const failure = await client.query(how).then(
      () => undefined,
      (e: Error) => e,
    );
    client.off('error', heard);
    // A connection that cannot end its transaction is broken: destroy it rather than pool it.
    client.release(failure);
    if (failure && how === 'COMMIT') throw failure;
  };

  return {
    async begin(alertId, kind) {
      if (held.has(alertId)) throw new Error(`alert ${alertId} is already being delivered by this process`);
      const client = await pool.connect();
      client.on('error', heard);
      held.set(alertId, client);
      try {
        await client.query('BEGIN');
        // Still to do (not delivered by another replica since the list was read)? The time was judged by
        // dueDeliveries with the caller's clock, so it is not judged again here.
        const { rowCount } = await client.query(`${STILL_DUE[kind]} FOR NO KEY UPDATE SKIP LOCKED`, [alertId]);
        if (rowCount === 0) {
          await release(alertId, 'ROLLBACK');
          return { status: 'taken' };
        }
        const { rowCount: leftover } = await client.query('SELECT 1 FROM outbox_claims WHERE alert_id = $1', [alertId]);
        const interrupted = (leftover ?? 0) > 0;
        // Committed on its own (the pool, not this transaction), so the mark outlives a crash mid-send.
        await pool.query(
          `
          INSERT INTO outbox_claims (alert_id, holder, started_at) VALUES ($1, $2, $3)
          ON CONFLICT (alert_id) DO UPDATE SET holder = excluded.holder, started_at = excluded.started_at`,
          [alertId, ctx.holder, ctx.stamp()],
        );
        await client.query(
          `
          UPDATE alerts SET maybe_posted = CASE WHEN $2::boolean THEN 1 ELSE maybe_posted END, attempt_started_at = $3,
            attempts = attempts + $4 WHERE id = $1`,
          [alertId, interrupted, ctx.stamp(), kind === 'send' ? 1 : 0],
        );
        return { status: 'claimed', interrupted };
      } catch (error) {
        await release(alertId, 'ROLLBACK');
        throw failed(`claiming alert ${alertId}`, error);
      }
    },
    async finish(alertId, record) {
      const client = held.get(alertId);
      if (!client) throw new Error(`alert ${alertId} was not claimed by this process; call beginDelivery first`);
      try {
        await record(pgQueries(client));
        await client.query('DELETE FROM outbox_claims WHERE alert_id = $1', [alertId]);
      } catch (error) {
        await release(alertId, 'ROLLBACK');
        throw failed(`recording the delivery of alert ${alertId}`, error);
      }
      try {
        await release(alertId, 'COMMIT');
      } catch (error) {
        throw failed(`recording the delivery of alert ${alertId}`, error);
      }
    },
    async abandonAll() {
      await Promise.all([...held.keys()].map((id) => release(id, 'ROLLBACK')));
    },
  };
}
