import type { DatabaseConfig } from '../config.js';
import { createPostgresStore } from './postgres/store.js';
import { createSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** Opens the configured store: SQLite by default, PostgreSQL when DATABASE_URL is set. */
export async function openDatabaseStore(
  database: DatabaseConfig,
  opts: { minConfidence?: number; onConnectionError?: (error: Error) => void } = {},
): Promise<Store> {
  if (database.kind === 'postgres') return createPostgresStore(database.url, opts);
  return createSqliteStore(database.path, { minConfidence: opts.minConfidence });
}
