import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { decideRecords } from '../../src/history/records.js';
import { recordArticle } from '../../src/pipeline/record.js';
import { runTick } from '../../src/pipeline/tick.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { exportwatch } from '../support/cli.js';
import { POSTGRES_AVAILABLE, POSTGRES_SKIP_REASON, freshDatabase } from '../support/pg-db.js';
import { createWorld, type World } from '../support/world/index.js';
import { article, monthFigure } from '../store/stores.js';

describe('exportwatch migrate-store', () => {
  it('exits 2 and says what it expects when --from is not sqlite:PATH', () => {
    const { status, stderr } = exportwatch([
      'migrate-store',
      '--from',
      './data/exportwatch.db',
      '--to',
      'postgres://u@127.0.0.1:1/db',
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain('--from must be sqlite:PATH');
  });

  it('exits 2 without echoing the password when --to is not a PostgreSQL URL', () => {
    const { status, stderr } = exportwatch([
      'migrate-store',
      '--from',
      'sqlite:package.json',
      '--to',
      'mysql://u:hunter2-secret@127.0.0.1/db',
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain('--to must be a URL like postgres://');
    expect(stderr).not.toContain('hunter2-secret');
  });
});

describe.skipIf(!POSTGRES_AVAILABLE)(
  `exportwatch migrate-store into PostgreSQL${POSTGRES_SKIP_REASON ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let world: World | undefined;
    let target: Store | undefined;
    afterEach(async () => {
      await target?.close();
      await world?.close();
      [target, world] = [undefined, undefined];
    });

    /** A SQLite database as a worker leaves it: seed history, two articles, one record alert posted to Discord. */
    async function workedSqlite(): Promise<string> {
      world = await createWorld({
        fixtureSite: true,
        seed: { upTo: '2023-11' },
        discord: { botToken: 'test-bot-token-0123456789' },
      });
      const summary = await runTick(world.deps);
      expect(summary.delivery.sent).toBe(1);
      return world.dbPath;
    }

    it('copies history, articles and the outbox, and the worker carries on from there', async () => {
      const path = await workedSqlite();
      const url = await freshDatabase('migrate');
      const { status, stdout, stderr } = exportwatch(['migrate-store', '--from', `sqlite:${path}`, '--to', url]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(/^alerts\s+1 rows$/m);
      expect(stdout).toMatch(/^Copied \d+ rows from /m);

      const source = createSqliteStore(path);
      const [before, values] = [await source.alerts(), await source.monthValues('pk-it-exports')];
      await source.close();
      target = await createPostgresStore(url);
      expect(await target.alerts()).toEqual(before);
      expect(await target.monthValues('pk-it-exports')).toEqual(values);
      expect(before[0]).toMatchObject({ month: '2023-12', status: 'sent' });
      // The CLI reads the copied history from PostgreSQL once DATABASE_URL is set.
      const listed = exportwatch(['alerts', '--json'], { env: { DATABASE_URL: url, SEED_HISTORY: 'false' } });
      expect(listed.status).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([
        expect.objectContaining({
          id: before[0]!.id,
          month: '2023-12',
          status: 'sent',
          messageId: before[0]!.messageId,
        }),
      ]);
      const { newAlerts } = await recordArticle(
        target,
        article('https://dawn.example/jan'),
        [monthFigure('2024-01', 320_000_000)],
        (f, h) => decideRecords(f, h),
      );
      expect(newAlerts).toEqual([before[0]!.id + 1]);
    });

    it('refuses a PostgreSQL database that already holds data, and leaves it as it was', async () => {
      const path = await workedSqlite();
      const url = await freshDatabase('migrate');
      target = await createPostgresStore(url);
      await target.importSeed('pk-it-exports', [{ month: '2020-01', value: 1, note: null }]);
      const { status, stderr } = exportwatch(['migrate-store', '--from', `sqlite:${path}`, '--to', url]);
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /already holds data \(table "seed_months" has 1 rows\); migrate-store only fills an empty database/,
      );
      expect([...(await target.monthValues('pk-it-exports'))]).toEqual([['2020-01', 1]]);
      expect(await target.alerts()).toEqual([]);
    });

    it('has a PostgreSQL table and column for every SQLite table and column, so nothing is left behind', async () => {
      const url = await freshDatabase('parity');
      await (await createPostgresStore(url)).close();
      const path = await workedSqlite();
      const sqlite = (await import('better-sqlite3')).default(path, { readonly: true });
      const sqliteColumns = sqlite
        .prepare<[], { t: string; c: string }>(
          "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
        )
        .all()
        .map((r) => `${r.t}.${r.c}`);
      sqlite.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ t: string; c: string }>(
        "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'",
      );
      await client.end();
      const pgColumns = new Set(rows.map((r) => `${r.t}.${r.c}`));
      expect(sqliteColumns.length).toBeGreaterThan(20);
      expect(sqliteColumns.filter((c) => !pgColumns.has(c))).toEqual([]);
    });
  },
);
