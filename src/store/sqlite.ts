import { sqliteClaims } from './sqlite/claims.js';
import { sqliteDatabase } from './sqlite/database.js';
import { openDatabase } from './sqlite/open.js';
import { createStore, type StoreOptions } from './store.js';
import type { Store } from './types.js';

/** How the SQLite store behaves; tests pass a clock. */
export type SqliteStoreOptions = StoreOptions;

/** Opens (creating and migrating as needed) the SQLite store at `path`; `:memory:` works for tests. */
export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = sqliteDatabase(openDatabase(path));
  return createStore(db, (stamp) => sqliteClaims(db, stamp), options);
}
