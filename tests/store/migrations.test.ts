import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { exportwatch } from '../support/cli.js';

describe('the database schema', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'exportwatch-schema-'));
    path = join(dir, 'old.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A database as the first release wrote it: schema step 1, one source's article, a sent alert, a seed month. */
  function writeVersion1(): void {
    const db = new Database(path);
    db.exec(MIGRATIONS[0]!);
    db.pragma('user_version = 1');
    db.prepare(
      `INSERT INTO articles VALUES ('https://dawn.example/a', 'dawn-business', 'Dawn', 't', '2024-01-18', 'h', '2024-01-18T10:00:00Z', '2024-01-18T10:00:00Z')`,
    ).run();
    db.prepare(
      `INSERT INTO alerts (series, month, value, currency, previous_month, previous_value, history_incomplete, created_at, status, message_id, attempts)
      VALUES ('pk-it-exports', '2023-12', 303000000, 'USD', '2022-03', 260000000, 0, '2024-01-18T10:00:00Z', 'sent', '1200000000000000001', 1)`,
    ).run();
    db.prepare(`INSERT INTO seed_months VALUES ('pk-it-exports', '2023-11', 259000000, NULL)`).run();
    db.close();
  }

  it('migrates an older database on open, keeping its alerts and history, and its sources count as known', async () => {
    writeVersion1();
    const store = createSqliteStore(path);
    const [alert] = await store.alerts();
    expect(alert).toMatchObject({
      month: '2023-12',
      status: 'sent',
      messageId: '1200000000000000001',
      editPending: false,
      nextAttemptAt: null,
    });
    expect(await store.isSourceKnown('dawn-business')).toBe(true);
    expect(await store.isSourceKnown('tribune-business')).toBe(false);
    expect((await store.monthValues('pk-it-exports')).get('2023-11')).toBe(259_000_000);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('leaves the older schema untouched when a migration step fails', () => {
    writeVersion1();
    const db = new Database(path);
    db.exec('CREATE TABLE source_baselines (x)');
    db.close();
    expect(() => createSqliteStore(path)).toThrow(/migrating schema from version 1 to 2 failed/);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare("SELECT name FROM pragma_table_info('observations')").all()).not.toContainEqual({
      name: 'verdict',
    });
    after.close();
  });

  it('refuses a database from a newer exportwatch and says what to do', () => {
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => createSqliteStore(path)).toThrow(StoreError);
    expect(() => createSqliteStore(path)).toThrow(
      new RegExp(
        `schema version ${MIGRATIONS.length + 1}, newer than this exportwatch understands \\(${MIGRATIONS.length}\\); upgrade exportwatch`,
      ),
    );
  });

  it('stops the CLI with that message and exit code 1, without a stack trace', () => {
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const { status, stderr } = exportwatch(['alerts'], { env: { DATABASE_PATH: path } });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^exportwatch: database error: database .*old\.db has schema version \d+, newer than this exportwatch understands/m,
    );
    expect(stderr).not.toMatch(/^ {4}at /m);
  });
});
