import Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';
import { ensureFolder } from './open.js';

/** This process's claim to be the one worker of an SQLite database. */
export interface WorkerLock {
  /** Lets go of the lock; the process ending lets go of it too, however it ends. */
  release(): void;
}

/**
 * Makes this process the one worker of the SQLite database at `path`: an exclusive SQLite lock on `<path>.lock`,
 * held in a transaction that stays open for the process's life. The kernel drops the lock when the process dies,
 * SIGKILL included, so there is no stale lock to judge by age or pid; and SQLite's own locking is already loaded,
 * where flock would need a native module. The file is never removed: a worker that removed it while another opened
 * it could leave the two holding locks on two different files.
 */
export function lockSqliteWorker(path: string): WorkerLock {
  const lockPath = `${path}.lock`;
  ensureFolder(path);
  let db: Database.Database | undefined;
  try {
    // No busy timeout: a held lock is a worker that is running, not a write about to finish.
    db = new Database(lockPath, { timeout: 0 });
    db.exec('BEGIN EXCLUSIVE');
  } catch (cause) {
    db?.close();
    if ((cause as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreError(
        `database ${path} is in use by another exportwatch worker (\`exportwatch start\` or \`run\`): an SQLite database takes one at a time; stop the other one first, or give replicas a shared PostgreSQL database (DATABASE_URL)`,
        { cause },
      );
    }
    throw new StoreError(`cannot lock database ${path} (${lockPath}): ${(cause as Error).message}`, { cause });
  }
  const held = db;
  return {
    release() {
      if (held.open) held.close();
    },
  };
}
