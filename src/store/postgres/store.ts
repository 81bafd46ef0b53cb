import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createStore, type StoreOptions } from '../store.js';
import type { Store } from '../types.js';
import { postgresClaims } from './claims.js';
import { postgresDatabase } from './database.js';
import { migratePostgres } from './migrations.js';
import { createPgPool } from './pool.js';

/** How the PostgreSQL store behaves; tests pass a clock. */
export interface PostgresStoreOptions extends StoreOptions {
  /** Called when a database connection breaks between queries; the next query reconnects. */
  onConnectionError?: (error: Error) => void;
}

/** Opens the shared PostgreSQL store at `url`, creating or upgrading its schema. Same contract as the SQLite store. */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pool = createPgPool(url, {
    applicationName: `exportwatch ${holder}`.slice(0, 63),
    max: 5,
    onConnectionError: options.onConnectionError,
  });
  try {
    await migratePostgres(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const claims = (stamp: () => string) =>
    postgresClaims(pool, { url, holder, stamp, onConnectionError: options.onConnectionError });
  return createStore(postgresDatabase(pool, url), claims, options);
}
