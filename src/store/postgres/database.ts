import type pg from 'pg';
import { StoreError } from '../../errors.js';
import type { Database, Params, Queries } from '../database.js';
import { inTransaction, redactUrl } from './pool.js';

// Writers take turns on this lock, as SQLite writers do with BEGIN IMMEDIATE: the record rule decides against
// the history as committed, so two replicas cannot both find the same month new.
const WRITE_LOCK = 7_470_012;

/** Statements on a pool (each on whichever connection is free) or on one held connection. */
export function pgQueries(db: pg.Pool | pg.PoolClient): Queries {
  return {
    async all<R>(sql: string, params: Params = []) {
      return (await db.query(sql, params as unknown[])).rows as R[];
    },
    async get<R>(sql: string, params: Params = []) {
      return (await db.query(sql, params as unknown[])).rows[0] as R | undefined;
    },
    async run(sql, params = []) {
      return (await db.query(sql, params as unknown[])).rowCount ?? 0;
    },
  };
}

/** A failure on the database at `url` as a StoreError naming the work and the (redacted) URL. */
export function storeFailure(url: string): (what: string, cause: unknown) => StoreError {
  return (what, cause) =>
    cause instanceof StoreError
      ? cause
      : new StoreError(`${what} failed on ${redactUrl(url)}: ${(cause as Error).message}`, { cause });
}

/** The store's session over a pool to the shared PostgreSQL database at `url`. */
export function postgresDatabase(pool: pg.Pool, url: string): Database {
  const failed = storeFailure(url);
  return {
    async query(what, work) {
      try {
        return await work(pgQueries(pool));
      } catch (cause) {
        throw failed(what, cause);
      }
    },
    async transaction(what, work) {
      try {
        return await inTransaction(pool, async (client) => {
          await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
          return work(pgQueries(client));
        });
      } catch (cause) {
        throw failed(what, cause);
      }
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
