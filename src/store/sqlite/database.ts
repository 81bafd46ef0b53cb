import type BetterSqlite3 from 'better-sqlite3';
import type { Database, Params, Queries } from '../database.js';

interface Prepared {
  statement: BetterSqlite3.Statement;
  /** The index in the caller's parameters of each `?`, in order. */
  order: number[];
}

// better-sqlite3 binds numbers, strings, bigints, buffers and null: nothing else reaches it.
const bindable = (value: unknown): unknown =>
  value === undefined ? null : typeof value === 'boolean' ? Number(value) : value;

/**
 * The store's session over an open better-sqlite3 connection. better-sqlite3 is synchronous, so a statement
 * never interleaves with another; but a transaction that awaits between its statements would let another
 * caller's statements run inside it on the one connection. So every piece of work, read or write, waits its
 * turn in one queue and has the connection alone: what a synchronous transaction gave for free, kept.
 */
export function sqliteDatabase(db: BetterSqlite3.Database): Database {
  const prepared = new Map<string, Prepared>();
  const prepare = (sql: string): Prepared => {
    let p = prepared.get(sql);
    if (!p) {
      const order: number[] = [];
      // $1 … $n become positional ?s; a number used twice is bound twice.
      const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
        order.push(Number(n) - 1);
        return '?';
      });
      p = { statement: db.prepare(text), order };
      prepared.set(sql, p);
    }
    return p;
  };
  const args = (p: Prepared, params: Params): unknown[] => p.order.map((i) => bindable(params[i]));
  const q: Queries = {
    async all<R>(sql: string, params: Params = []) {
      const p = prepare(sql);
      return p.statement.all(...args(p, params)) as R[];
    },
    async get<R>(sql: string, params: Params = []) {
      const p = prepare(sql);
      return p.statement.get(...args(p, params)) as R | undefined;
    },
    async run(sql, params = []) {
      const p = prepare(sql);
      return p.statement.run(...args(p, params)).changes;
    },
  };

  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = tail.then(work);
    tail = turn.catch(() => undefined);
    return turn;
  };

  return {
    query: (_what, work) => inTurn(() => work(q)),
    transaction: (_what, work) =>
      inTurn(async () => {
        // IMMEDIATE takes the write lock at once (waiting out another process's, up to busy_timeout).
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(q);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.open && db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    async close() {
      db.close();
    },
  };
}
