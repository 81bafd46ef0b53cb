import type { RunCoordinator } from 'node-cron';
import type { Logger } from '../log.js';
import type { TickLeases } from '../store/types.js';

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
  if (!match)
    throw new Error(
      `run coordinator: key "${key}" is not "<task name>:<ISO time>"; has node-cron changed its key format?`,
    );
  return { name: match[1]!, slot: new Date(match[2]!) };
}

/** Options of the PostgreSQL run coordinator. */
export interface PostgresRunCoordinatorOptions {
  /** The lease rows, from the store layer (one row per task in `tick_leases`). */
  leases: TickLeases;
  /** This process's name in the lease row (host, pid and a random part). */
  holder: string;
  log: Logger;
}

/**
 * node-cron's `runCoordinator` for replicas sharing one PostgreSQL database: one tick at a time. A slot runs
 * at most once, ticks never overlap across replicas, and a killed replica blocks ticks only until its lease
 * runs out (the lease rows' rules are in the store's postgres/leases.ts).
 */
export function createPostgresRunCoordinator(opts: PostgresRunCoordinatorOptions): ClosableRunCoordinator {
  const { leases, holder, log } = opts;
  const held = new Map<string, { slot: Slot; timer: NodeJS.Timeout }>();

  const renew = async (key: string, slot: Slot, ttlMs: number): Promise<void> => {
    try {
      const renewed = await leases.renew(slot.name, slot.slot, holder, ttlMs);
      if (!renewed && held.has(key)) {
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

  // Releases still on their way to the database: close() waits for them, or closing the pool would drop them and
  // leave the lease to expire (a SIGTERM after a tick used to stall every replica for TICK_LEASE_MS).
  const finishing = new Set<Promise<void>>();
  const finish = (key: string, slot: Slot): Promise<void> => {
    stop(key);
    const done = leases.finish(slot.name, slot.slot, holder);
    finishing.add(done);
    void done.then(
      () => finishing.delete(done),
      () => finishing.delete(done),
    );
    return done;
  };

  return {
    async shouldRun(key, ttlMs) {
      const slot = parseSlotKey(key);
      if (!(await leases.claim(slot.name, slot.slot, holder, ttlMs))) {
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
      for (const [key, entry] of held) void finish(key, entry.slot);
      const releases = [...finishing].map((done) =>
        done.catch((error: Error) =>
          log.warn({ err: error }, 'could not release the tick lease; it expires on its own'),
        ),
      );
      await Promise.all(releases);
    },
  };
}
