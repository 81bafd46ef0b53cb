import type { RunCoordinator } from 'node-cron';
import type pg from 'pg';
import type { Logger } from '../log.js';

/** A node-cron RunCoordinator that also releases what it holds when the worker stops. */
export interface ClosableRunCoordinator extends RunCoordinator {
  shouldRun(key: string, ttlMs: number): Promise<boolean>;
  onComplete(key: string): Promise<void>;
  /** Stops renewing and marks every tick this process holds as finished. */
  close(): Promise<void>;
}

/** The lease a node-cron key names: the task and the schedule slot it fired for. */
interface Slot {
  name: string;
  slot: Date;
}

// node-cron's key is `${task name}:${slot.toISOString()}` (dist/_shared.js, Runner.runCoordinated).
const KEY = /^(.+):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;

/** Splits a node-cron coordination key; throws on any other shape so a node-cron change fails loudly. */
export function parseSlotKey(key: string): Slot {
  const match = KEY.exec(key);
  if (!match) throw new Error(`run coordinator: key "${key}" is not "<task name>:<ISO time>"; has node-cron changed its key format?`);
  return { name: match[1]!, slot: new Date(match[2]!) };
}

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

/** Options of the PostgreSQL run coordinator. */
export interface PostgresRunCoordinatorOptions {
  /** A pool on a database migrated with PG_MIGRATIONS. */
  pool: pg.Pool;
  /** This process's name in the lease row (host, pid and a random part). */
  holder: string;
  log: Logger;
}

/** node-cron's `runCoordinator` for replicas sharing one PostgreSQL database: one tick at a time. */
export function createPostgresRunCoordinator(opts: PostgresRunCoordinatorOptions): ClosableRunCoordinator {
  const { pool, holder, log } = opts;
  const held = new Map<string, { slot: Slot; timer: NodeJS.Timeout }>();

  const renew = async (key: string, slot: Slot, ttlMs: number): Promise<void> => {
    try {
      const { rowCount } = await pool.query(RENEW, [slot.name, slot.slot, holder, ttlMs]);
      if (rowCount === 0 && held.has(key)) {
        // Paused past the lease (a long GC, a suspended VM): another replica may tick now. The outbox lock still
        // keeps each alert to one sender, so this costs a duplicate read of the sources, not a duplicate post.
        log.error({ key, holder }, 'tick lease lost before the tick finished; another replica may be ticking');
        stop(key);
      }
    } catch (error) {
      log.warn({ err: error, key }, 'tick lease renewal failed; retrying');
    }
  };

  const stop = (key: string): void => {
    const entry = held.get(key);
    if (entry) clearInterval(entry.timer);
    held.delete(key);
  };

  const finish = async (key: string, slot: Slot): Promise<void> => {
    stop(key);
    await pool.query(FINISH, [slot.name, slot.slot, holder]);
  };

  return {
    async shouldRun(key, ttlMs) {
      const slot = parseSlotKey(key);
      const { rowCount } = await pool.query(CLAIM, [slot.name, slot.slot, holder, ttlMs]);
      if (rowCount === 0) {
        log.debug({ slot: slot.slot.toISOString() }, 'tick not ours: another replica has it or is still ticking');
        return false;
      }
      const timer = setInterval(() => void renew(key, slot, ttlMs), Math.max(200, Math.floor(ttlMs / 3)));
      timer.unref();
      held.set(key, { slot, timer });
      log.info({ slot: slot.slot.toISOString(), holder }, 'tick lease acquired');
      return true;
    },
    async onComplete(key) {
      const entry = held.get(key);
      if (entry) await finish(key, entry.slot);
    },
    async close() {
      await Promise.all([...held].map(([key, entry]) => finish(key, entry.slot).catch((error: Error) => log.warn({ err: error, key }, 'could not release the tick lease; it expires on its own'))));
    },
  };
}
