import type pg from 'pg';

/**
 * Deliveries in flight on PostgreSQL. Claiming an alert opens a transaction that holds its row with
 * `FOR NO KEY UPDATE SKIP LOCKED` until the outcome is recorded: another replica skips it meanwhile, and
 * if this process dies the server ends the transaction and frees the row at once. The in-flight mark goes
 * to `outbox_claims` on a separate, committed statement, so it survives that death: the next claimer
 * learns that a post may already exist (Discord's nonce then answers with the original message).
 */
export interface HeldDeliveries {
  /** Locks the alert's row if it is still `due` and no other process holds it; false when it is taken or done. */
  claim(alertId: number, due: string, params: unknown[]): Promise<{ claimed: false } | { claimed: true; interrupted: boolean }>;
  /** Runs the outcome's statements on the claiming transaction, clears the mark and commits. */
  settle(alertId: number, statements: ReadonlyArray<{ sql: string; params: unknown[] }>): Promise<void>;
  /** Rolls back every open claim (the rows stay due) and forgets them. */
  abandonAll(): Promise<void>;
}

/** `due` is a WHERE clause over `alerts` using $2…; `$1` is the alert id. */
export function createHeldDeliveries(pool: pg.Pool, holder: string, stamp: () => string, onError: (error: Error) => void = () => {}): HeldDeliveries {
  const held = new Map<number, pg.PoolClient>();
  // A held connection that breaks (server restart) emits 'error' between queries; unheard, that would crash
  // the worker. The settle that follows fails on it and the alert stays due.
  const heard = (error: Error): void => onError(error);

  const release = async (alertId: number, how: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    const client = held.get(alertId);
    if (!client) return;
    held.delete(alertId);
    client.off('error', heard);
    const failure = await client.query(how).then(() => undefined, (e: Error) => e);
    // A connection that cannot end its transaction is broken: destroy it rather than pool it.
    client.release(failure);
    if (failure && how === 'COMMIT') throw failure;
  };

  return {
    async claim(alertId, due, params) {
      if (held.has(alertId)) throw new Error(`alert ${alertId} is already being delivered by this process`);
      const client = await pool.connect();
      client.on('error', heard);
      try {
        await client.query('BEGIN');
        const { rowCount } = await client.query(`SELECT 1 FROM alerts WHERE id = $1 AND (${due}) FOR NO KEY UPDATE SKIP LOCKED`, [alertId, ...params]);
        if (rowCount === 0) {
          await client.query('ROLLBACK');
          client.off('error', heard);
          client.release();
          return { claimed: false };
        }
        const { rowCount: leftover } = await client.query('SELECT 1 FROM outbox_claims WHERE alert_id = $1', [alertId]);
        // Committed on its own (the pool, not this transaction), so the mark outlives a crash mid-send.
        await pool.query(
          `INSERT INTO outbox_claims (alert_id, holder, started_at) VALUES ($1, $2, $3)
           ON CONFLICT (alert_id) DO UPDATE SET holder = excluded.holder, started_at = excluded.started_at`,
          [alertId, holder, stamp()],
        );
        held.set(alertId, client);
        return { claimed: true, interrupted: (leftover ?? 0) > 0 };
      } catch (error) {
        if (held.has(alertId)) await release(alertId, 'ROLLBACK');
        else {
          const failure = await client.query('ROLLBACK').then(() => undefined, (e: Error) => e);
          client.off('error', heard);
          client.release(failure);
        }
        throw error;
      }
    },
    async settle(alertId, statements) {
      const client = held.get(alertId);
      if (!client) throw new Error(`alert ${alertId} was not claimed by this process; call beginDelivery first`);
      try {
        for (const s of statements) await client.query(s.sql, s.params);
        await client.query('DELETE FROM outbox_claims WHERE alert_id = $1', [alertId]);
      } catch (error) {
        await release(alertId, 'ROLLBACK');
        throw error;
      }
      await release(alertId, 'COMMIT');
    },
    async abandonAll() {
      await Promise.all([...held.keys()].map((id) => release(id, 'ROLLBACK')));
    },
  };
}
