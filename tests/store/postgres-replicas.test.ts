/** What only a shared database must guarantee: several replicas on one PostgreSQL store. */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideRecords, type RecordDecider } from '../../src/history/records.js';
import { recordArticle } from '../../src/pipeline/record.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import type { Store } from '../../src/store/types.js';
import { POSTGRES_AVAILABLE, POSTGRES_SKIP_REASON, freshDatabase } from '../support/pg-db.js';
import { article, monthFigure } from './stores.js';

const SEED = [{ month: '2023-11', value: 260_000_000, note: null }];
const decide: RecordDecider = (figures, historyOf) => decideRecords(figures, historyOf);
const SENT = { status: 'sent', messageId: '1234567890123456789' } as const;

describe.skipIf(!POSTGRES_AVAILABLE)(
  `replicas on one PostgreSQL store${POSTGRES_SKIP_REASON ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let url: string;
    let stores: Store[];
    const replica = async (): Promise<Store> => {
      const s = await createPostgresStore(url);
      stores.push(s);
      return s;
    };
    const sql = async <R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<R>(text, params)).rows;
      } finally {
        await client.end();
      }
    };

    beforeEach(async () => {
      url = await freshDatabase('replicas');
      stores = [];
    });
    afterEach(async () => {
      for (const s of stores) await s.close().catch(() => undefined);
    });

    async function pendingAlert(store: Store): Promise<number> {
      await store.importSeed('pk-it-exports', SEED);
      const {
        newAlerts: [id],
      } = await recordArticle(
        store,
        article('https://dawn.example/rec'),
        [monthFigure('2023-12', 303_000_000)],
        decide,
      );
      return id!;
    }

    it('gives a pending alert to one replica at a time; the other skips it, then finds it delivered', async () => {
      const [a, b] = [await replica(), await replica()];
      const id = await pendingAlert(a);
      expect(await a.beginDelivery(id, 'send')).toEqual({ status: 'claimed', interrupted: false });
      expect(await b.beginDelivery(id, 'send')).toEqual({ status: 'taken' });
      await a.recordDelivery(id, 'send', SENT);
      expect(await b.beginDelivery(id, 'send')).toEqual({ status: 'taken' });
      expect((await b.alerts())[0]).toMatchObject({ status: 'sent', messageId: '1234567890123456789' });
    });

    it('hands the alert of a replica whose connection died mid-delivery to another, warning that a post may exist', async () => {
      const [a, b] = [await replica(), await replica()];
      const id = await pendingAlert(a);
      expect(await a.beginDelivery(id, 'send')).toMatchObject({ status: 'claimed' });
      // The server ends the dead replica's transaction, as it does when a killed process's socket closes.
      // With a timeout, pg_terminate_backend returns once the backend has exited and its locks are gone.
      await sql(
        "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = current_database()",
      );
      const claim = await b.beginDelivery(id, 'send');
      expect(claim).toEqual({ status: 'claimed', interrupted: true });
      await b.recordDelivery(id, 'send', SENT);
      expect(await sql('SELECT count(*)::int AS n FROM outbox_claims')).toEqual([{ n: 0 }]);
    });

    it('creates one alert when two replicas store articles about the same record at the same moment', async () => {
      const [a, b] = [await replica(), await replica()];
      await a.importSeed('pk-it-exports', SEED);
      const results = await Promise.all([
        recordArticle(a, article('https://dawn.example/rec', 'Dawn'), [monthFigure('2023-12', 303_000_000)], decide),
        recordArticle(
          b,
          article('https://tribune.example/rec', 'Tribune'),
          [monthFigure('2023-12', 303_000_000)],
          decide,
        ),
      ]);
      expect(results.flatMap((r) => r.newAlerts)).toHaveLength(1);
      expect(results.flatMap((r) => r.extendedAlerts)).toEqual(results.flatMap((r) => r.newAlerts));
      const alerts = await a.alerts();
      expect(alerts).toHaveLength(1);
      expect(alerts[0]?.sources.map((s) => s.outlet).sort()).toEqual(['Dawn', 'Tribune']);
    });

    it('migrates the schema once when three replicas start against an empty database together', async () => {
      await Promise.all([replica(), replica(), replica()]);
      expect(await sql('SELECT version FROM schema_version')).toEqual([{ version: PG_MIGRATIONS.length }]);
    });

    it('names the database, without its password, when it cannot connect', async () => {
      const unreachable = 'postgres://exportwatch:s3cret-password@127.0.0.1:1/exportwatch';
      const error = await createPostgresStore(unreachable).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(
        /^cannot prepare database postgres:\/\/exportwatch:\*\*\*@127\.0\.0\.1:1\/exportwatch: /,
      );
      expect(error?.message).not.toContain('s3cret-password');
    });
  },
);
