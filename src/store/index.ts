// The store layer's front door: everything outside src/store/ opens, describes and migrates databases here.
import type { DatabaseConfig } from '../config.js';
import type { CopyReport } from './postgres/copy.js';

export type { CopyReport };
import type { Store, TickLeases } from './types.js';

/** How the configured store is opened. */
export interface OpenStoreOptions {
  /** Observations read with less confidence are kept but do not count towards month values. */
  minConfidence?: number;
  /** A pooled PostgreSQL connection broke between queries; the next query reconnects. */
  onConnectionError?: (error: Error) => void;
}

// Each driver is loaded only when its database is used: SQLite users never load pg, and the reverse.

/** Opens the configured store: SQLite by default, PostgreSQL when DATABASE_URL is set. */
export async function openStore(database: DatabaseConfig, opts: OpenStoreOptions = {}): Promise<Store> {
  if (database.kind === 'postgres')
    return (await import('./postgres/store.js')).createPostgresStore(database.url, opts);
  return (await import('./sqlite.js')).createSqliteStore(database.path, { minConfidence: opts.minConfidence });
}

/** Tick leases for replicas sharing PostgreSQL, on connections of their own; null on SQLite, where one process ticks. */
export async function openTickLeases(
  database: DatabaseConfig,
  opts: { holder: string; onConnectionError?: (error: Error) => void },
): Promise<TickLeases | null> {
  if (database.kind === 'sqlite') return null;
  return (await import('./postgres/leases.js')).openTickLeases(database.url, opts);
}

/** Where the database is, for messages: the SQLite file, or the PostgreSQL URL without its password. */
export async function describeDatabase(database: DatabaseConfig): Promise<string> {
  return database.kind === 'postgres' ? (await import('./postgres/pool.js')).redactUrl(database.url) : database.path;
}

/**
 * Copies the SQLite database at `sqlitePath` into the empty PostgreSQL database at `url`, all or nothing. The
 * SQLite file is first brought to this version's schema, so its columns match the ones PostgreSQL gets.
 */
export async function copySqliteToPostgres(sqlitePath: string, url: string): Promise<CopyReport> {
  const [{ createSqliteStore }, { createPgPool }, { migratePostgres }, { copyRows }] = await Promise.all([
    import('./sqlite.js'),
    import('./postgres/pool.js'),
    import('./postgres/migrations.js'),
    import('./postgres/copy.js'),
  ]);
  const pool = createPgPool(url, { applicationName: 'exportwatch migrate-store', max: 1 });
  try {
    await createSqliteStore(sqlitePath).close();
    await migratePostgres(pool, url);
    return await copyRows(sqlitePath, pool, url);
  } finally {
    await pool.end().catch(() => undefined);
  }
}
