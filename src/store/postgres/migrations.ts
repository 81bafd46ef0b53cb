import type pg from 'pg';
import { StoreError } from '../../errors.js';
import { inTransaction, redactUrl } from './pool.js';

/**
 * PostgreSQL schema steps in order; `schema_version.version` is the number of steps applied, as
 * SQLite's `user_version` is for migrations.ts. Never edit a shipped step: add one.
 */
export const PG_MIGRATIONS: readonly string[] = [
  // Which replica runs the tick of a schedule slot (src/coordination/postgres-run-coordinator.ts).
  `
  CREATE TABLE tick_leases (
    name TEXT PRIMARY KEY,
    slot TIMESTAMPTZ NOT NULL,
    holder TEXT NOT NULL,
    acquired_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ
  );
  `,
];

// Any constant works as long as every exportwatch process uses the same one.
const MIGRATION_LOCK = 7_470_011;

/**
 * Brings the database at `url` to the newest schema. Replicas starting together take turns on an
 * advisory lock; the whole migration is one transaction, so a crash leaves the previous version.
 */
export async function migratePostgres(pool: pg.Pool, url: string): Promise<void> {
  try {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
      const version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
      if (version > PG_MIGRATIONS.length) {
        throw new StoreError(
          `database ${redactUrl(url)} has schema version ${version}, newer than this exportwatch understands (${PG_MIGRATIONS.length}); upgrade exportwatch or point DATABASE_URL elsewhere`,
        );
      }
      for (let v = version; v < PG_MIGRATIONS.length; v++) {
        await client.query(PG_MIGRATIONS[v]!);
        await client.query('UPDATE schema_version SET version = $1', [v + 1]);
      }
    });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot prepare database ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
}
