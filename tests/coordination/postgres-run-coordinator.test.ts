import cron from 'node-cron';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTickCoordination } from '../../src/coordination/index.js';
import {
  createPostgresRunCoordinator,
  parseSlotKey,
  type ClosableRunCoordinator,
} from '../../src/coordination/postgres-run-coordinator.js';
import { createLogger } from '../../src/log.js';
import { migratePostgres } from '../../src/store/postgres/migrations.js';
import { createTickLeases } from '../../src/store/postgres/leases.js';
import { createPgPool } from '../../src/store/postgres/pool.js';
import { POSTGRES_AVAILABLE, POSTGRES_SKIP_REASON, freshDatabase } from '../support/pg-db.js';

const log = createLogger({ level: 'silent', secrets: [] });
const slot = (second: number): string =>
  `exportwatch-tick:${new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString()}`;

/** Resolves once `pool` has answered `count` more queries, failing after `withinMs`: a holder's lease renewals, here. */
function queriesAnswered(pool: pg.Pool, count: number, withinMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let answered = 0;
    const onRelease = (): void => {
      if (++answered < count) return;
      done();
      resolve();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`only ${answered} of ${count} queries answered within ${withinMs} ms`));
    }, withinMs);
    const done = (): void => {
      clearTimeout(timer);
      pool.off('release', onRelease);
    };
    // pg's pool hands a connection back ('release') after each query it ran.
    pool.on('release', onRelease);
  });
}

/** A replica as far as coordination goes: its own pool (its own connections) and holder name. */
interface Replica {
  pool: pg.Pool;
  coordinator: ClosableRunCoordinator;
}

describe.skipIf(!POSTGRES_AVAILABLE)(
  `tick leases on PostgreSQL${POSTGRES_SKIP_REASON ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let url: string;
    let replicas: Replica[];

    function replica(name: string): Replica {
      const pool = createPgPool(url, { applicationName: name, max: 2 });
      const r = {
        pool,
        coordinator: createPostgresRunCoordinator({ leases: createTickLeases(pool), holder: name, log }),
      };
      replicas.push(r);
      return r;
    }

    beforeEach(async () => {
      url = await freshDatabase('lease');
      replicas = [];
      const pool = createPgPool(url, { applicationName: 'migrate' });
      await migratePostgres(pool, url);
      await pool.end();
    });

    afterEach(async () => {
      for (const r of replicas) {
        await r.coordinator.close().catch(() => undefined);
        await r.pool.end().catch(() => undefined);
      }
    });

    it('lets exactly one of three replicas asking at once run a slot', async () => {
      const [a, b, c] = [replica('a'), replica('b'), replica('c')];
      for (let s = 0; s < 10; s++) {
        const key = slot(s);
        const answers = await Promise.all([a, b, c].map((r) => r.coordinator.shouldRun(key, 5000)));
        expect(answers.filter(Boolean)).toHaveLength(1);
        const winner = [a, b, c][answers.indexOf(true)]!;
        await winner.coordinator.onComplete(key);
      }
    });

    it('never runs a slot twice, even after its tick finished', async () => {
      const [a, b] = [replica('a'), replica('b')];
      expect(await a.coordinator.shouldRun(slot(1), 5000)).toBe(true);
      await a.coordinator.onComplete(slot(1));
      expect(await b.coordinator.shouldRun(slot(1), 5000)).toBe(false);
      expect(await a.coordinator.shouldRun(slot(1), 5000)).toBe(false);
    });

    it('refuses an older slot to a replica whose clock or schedule lags', async () => {
      const [a, b] = [replica('a'), replica('b')];
      expect(await a.coordinator.shouldRun(slot(5), 5000)).toBe(true);
      await a.coordinator.onComplete(slot(5));
      expect(await b.coordinator.shouldRun(slot(4), 5000)).toBe(false);
    });

    it('refuses the next slot while the previous tick still runs, then hands it to another replica', async () => {
      const [a, b] = [replica('a'), replica('b')];
      expect(await a.coordinator.shouldRun(slot(1), 5000)).toBe(true);
      expect(await b.coordinator.shouldRun(slot(2), 5000)).toBe(false);
      await a.coordinator.onComplete(slot(1));
      expect(await b.coordinator.shouldRun(slot(3), 5000)).toBe(true);
    });

    it('keeps a tick longer than the lease to one replica by renewing the lease while it runs', async () => {
      const [a, b] = [replica('a'), replica('b')];
      expect(await a.coordinator.shouldRun(slot(1), 300)).toBe(true);
      // The holder renews every 200 ms (never more often): eight renewals on, the 300 ms lease it took has
      // run out five times over, and only the renewals keep it.
      await queriesAnswered(a.pool, 8);
      expect(await b.coordinator.shouldRun(slot(2), 300)).toBe(false);
      await a.coordinator.onComplete(slot(1));
      expect(await b.coordinator.shouldRun(slot(3), 300)).toBe(true);
    });

    it("gives the schedule to another replica once a dead holder's lease runs out", async () => {
      const [a, b] = [replica('a'), replica('b')];
      expect(await a.coordinator.shouldRun(slot(1), 400)).toBe(true);
      await a.pool.end(); // a's connections are gone: it can neither renew nor finish, like a killed process
      expect(await b.coordinator.shouldRun(slot(2), 400)).toBe(false);
      let next = 3;
      while (!(await b.coordinator.shouldRun(slot(next), 400))) {
        expect(next).toBeLessThan(60); // bounded: the lease is 0.4 s and each try waits 0.1 s
        next++;
        await new Promise((r) => setTimeout(r, 100));
      }
      const { rows } = await b.pool.query('SELECT holder, slot FROM tick_leases');
      expect(rows).toEqual([{ holder: 'b', slot: new Date(Date.UTC(2026, 0, 1, 0, 0, next)) }]);
    });

    it('releases held leases on close, so a replica stopping with SIGTERM does not delay the next tick', async () => {
      const [a, b] = [replica('a'), replica('b')];
      expect(await a.coordinator.shouldRun(slot(1), 60_000)).toBe(true);
      await a.coordinator.close();
      expect(await b.coordinator.shouldRun(slot(2), 60_000)).toBe(true);
    });

    it('runs each slot of a real node-cron schedule on exactly one of three replicas', async () => {
      const runs: { replica: string; slot: string }[] = [];
      let fourSlotsRun!: () => void;
      const fourSlots = new Promise<void>((resolve) => (fourSlotsRun = resolve));
      const tasks = ['a', 'b', 'c'].map((name) => {
        const r = replica(name);
        return cron.schedule(
          '* * * * * *',
          (ctx) => {
            runs.push({ replica: name, slot: ctx.date.toISOString() });
            if (new Set(runs.map((run) => run.slot)).size >= 4) fourSlotsRun();
          },
          {
            name: 'exportwatch-tick',
            distributed: true,
            runCoordinator: r.coordinator,
            distributedLease: 5000,
          },
        );
      });
      await fourSlots;
      for (const t of tasks) await t.destroy();
      const slots = runs.map((r) => r.slot);
      expect(slots.length).toBeGreaterThanOrEqual(4);
      expect(new Set(slots).size).toBe(slots.length);
    });

    it('runs the start-up tick of replicas started together once', async () => {
      const config = { database: { kind: 'postgres' as const, url }, tickLeaseMs: 5000 };
      const started = await Promise.all([1, 2, 3].map(() => createTickCoordination(config, log)));
      let ticks = 0;
      let gaveUp = 0;
      let everyoneAsked!: () => void;
      const allAsked = new Promise<void>((resolve) => (everyoneAsked = resolve));
      // A replica has asked when it ticks or when its startUp returns without ticking.
      const asked = (): void => void (ticks + gaveUp === started.length && everyoneAsked());
      await Promise.all(
        started.map((c) => {
          let ticked = false;
          return c
            .startUp(async () => {
              ticked = true;
              ticks++;
              asked();
              // The tick holds its lease until every replica has asked for the start-up tick.
              await allAsked;
            })
            .then(() => {
              if (ticked) return;
              gaveUp++;
              asked();
            });
        }),
      );
      for (const c of started) await c.close();
      expect(started.map((c) => c.mode)).toEqual(['replicas', 'replicas', 'replicas']);
      expect(ticks).toBe(1);
    });
  },
);

describe('tick coordination without PostgreSQL', () => {
  it('runs every tick itself with SQLite: no distributed scheduling', async () => {
    const c = await createTickCoordination(
      { database: { kind: 'sqlite', path: ':memory:' }, tickLeaseMs: 60_000 },
      log,
    );
    let ticks = 0;
    await c.startUp(async () => void ticks++);
    await c.close();
    expect(c.mode).toBe('single');
    expect(c.cronOptions).toEqual({});
    expect(ticks).toBe(1);
  });

  it("reads the task and slot from node-cron's key and refuses any other shape", () => {
    expect(parseSlotKey('exportwatch-tick:2026-01-01T00:00:05.000Z')).toEqual({
      name: 'exportwatch-tick',
      slot: new Date('2026-01-01T00:00:05.000Z'),
    });
    expect(() => parseSlotKey('exportwatch-tick')).toThrow(/has node-cron changed its key format/);
  });
});
