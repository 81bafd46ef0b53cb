import type pg from 'pg';
import type { TickLeases } from '../types.js';
import { migratePostgres } from './migrations.js';
import { createPgPool } from './pool.js';

/**
 * One row per task in `tick_leases`. A replica wins a slot when the slot is newer than the last one
 * claimed AND the last tick has finished or its lease expired: so a slot runs at most once, ticks
 * never overlap across replicas, and a killed replica blocks ticks only until its lease runs out.
 * Times are the database's clock, so replicas' clocks need not agree on expiry.
 */
const CLAIM = `
  INSERT INTO tick_leases AS l (name, slot, holder, acquired_at, expires_at, finished_at)
  VALUES ($1, $2, $3, clock_timestamp(), clock_timestamp() + make_interval(secs => $4::double precision / 1000), NULL)
  ON CONFLICT (name) DO UPDATE
    SET slot = excluded.slot, holder = excluded.holder, acquired_at = excluded.acquired_at,
        expires_at = excluded.expires_at, finished_at = NULL
    WHERE l.slot < excluded.slot AND (l.finished_at IS NOT NULL OR l.expires_at <= clock_timestamp())
  RETURNING holder`;

// While the tick runs the holder pushes expiry forward; a dead holder stops pushing.
const RENEW = `
  UPDATE tick_leases SET expires_at = clock_timestamp() + make_interval(secs => $4::double precision / 1000)
  WHERE name = $1 AND slot = $2 AND holder = $3 AND finished_at IS NULL
  RETURNING 1`;

const FINISH = `
  UPDATE tick_leases SET finished_at = clock_timestamp()
  WHERE name = $1 AND slot = $2 AND holder = $3 AND finished_at IS NULL`;

/** Tick leases on a pool to a database migrated with PG_MIGRATIONS; `close` ends the pool. */
export function createTickLeases(pool: pg.Pool): TickLeases {
  return {
    async claim(name, slot, holder, ttlMs) {
      return ((await pool.query(CLAIM, [name, slot, holder, ttlMs])).rowCount ?? 0) > 0;
    },
    async renew(name, slot, holder, ttlMs) {
      return ((await pool.query(RENEW, [name, slot, holder, ttlMs])).rowCount ?? 0) > 0;
    },
    async finish(name, slot, holder) {
      await pool.query(FINISH, [name, slot, holder]);
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}

/**
 * Tick leases on the database at `url`, over connections of their own (two at most), so a renewal never
 * waits behind the tick's own queries.
 */
export async function openTickLeases(
  url: string,
  opts: { holder: string; onConnectionError?: (error: Error) => void },
): Promise<TickLeases> {
  const pool = createPgPool(url, {
    applicationName: `exportwatch-lease ${opts.holder}`.slice(0, 63),
    max: 2,
    onConnectionError: opts.onConnectionError,
  });
  try {
    await migratePostgres(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createTickLeases(pool);
}
