import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';
import { MIGRATIONS } from './migrations.js';

/** Opens a SQLite file in WAL mode with a busy timeout and brings its schema up to date. */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
    // WAL: readers (`exportwatch history`) never block the worker; the busy timeout covers brief write locks.
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
  } catch (cause) {
    throw new StoreError(`cannot open database ${path}: ${(cause as Error).message}`, { cause });
  }
  migrate(db, path);
  return db;
}

/** The schema version this build writes: the number of migration steps. */
export const SCHEMA_VERSION = MIGRATIONS.length;

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new StoreError(
      `database ${path} has schema version ${version}, newer than this exportwatch understands (${SCHEMA_VERSION}); upgrade exportwatch or point DATABASE_PATH elsewhere`,
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    try {
      // One transaction per step: a crash mid-migration leaves the previous version intact.
      db.transaction(() => {
        db.exec(MIGRATIONS[v]!);
        db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    } catch (cause) {
      db.close();
      throw new StoreError(
        `database ${path}: migrating schema from version ${v} to ${v + 1} failed: ${(cause as Error).message}`,
        { cause },
      );
    }
  }
}
