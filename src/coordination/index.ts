import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { TaskOptions } from 'node-cron';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { openTickLeases } from '../store/index.js';
import { createPostgresRunCoordinator } from './postgres-run-coordinator.js';

/** The node-cron task name; it is also the lease row's name, shared by every replica. */
export const TICK_TASK_NAME = 'exportwatch-tick';

/** How `start` takes its turns: alone on SQLite, one replica at a time on PostgreSQL. */
export interface TickCoordination {
  /** 'single' for one process (SQLite), 'replicas' for coordinated replicas on PostgreSQL. */
  mode: 'single' | 'replicas';
  /** Options to spread into node-cron's schedule() call. */
  cronOptions: Pick<TaskOptions, 'distributed' | 'runCoordinator' | 'distributedLease'>;
  /** Runs the start-up tick, unless another replica is ticking right now. */
  startUp(tick: () => Promise<unknown>): Promise<void>;
  /** Releases held leases and connections; call after the last tick finished. */
  close(): Promise<void>;
}

/** Picks the coordination for the configured database. */
export async function createTickCoordination(
  config: Pick<Config, 'database' | 'tickLeaseMs'>,
  log: Logger,
): Promise<TickCoordination> {
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leases = await openTickLeases(config.database, {
    holder,
    onConnectionError: (error) => log.warn({ err: error }, 'database connection for tick leases dropped; reconnecting'),
  });
  if (!leases)
    return { mode: 'single', cronOptions: {}, startUp: async (tick) => void (await tick()), close: async () => {} };
  const coordinator = createPostgresRunCoordinator({ leases, holder, log });
  const ttl = config.tickLeaseMs;
  return {
    mode: 'replicas',
    cronOptions: { distributed: true, runCoordinator: coordinator, distributedLease: ttl },
    async startUp(tick) {
      // The start-up tick takes a lease like a scheduled one, so replicas started together do not all tick at once.
      const key = `${TICK_TASK_NAME}:${new Date().toISOString()}`;
      let ours: boolean;
      try {
        ours = await coordinator.shouldRun(key, ttl);
      } catch (error) {
        log.error({ err: error }, 'cannot reach the database to claim the start-up tick; waiting for the schedule');
        return;
      }
      if (!ours) return;
      try {
        await tick();
      } finally {
        await coordinator
          .onComplete(key)
          .catch((error: Error) => log.warn({ err: error }, 'could not release the tick lease; it expires on its own'));
      }
    },
    async close() {
      await coordinator.close();
      await leases.close();
    },
  };
}
