import pg from 'pg';

// BIGINT ids and counts come back as strings by default; ours stay far below 2^53, so read them as numbers.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Options for a connection pool to the shared database. */
export interface PgPoolOptions {
  /** Shown in pg_stat_activity, so an operator can tell replicas and tools apart. */
  applicationName: string;
  max?: number;
  /** A pooled, idle connection broke (server restart, network): the next query reconnects. */
  onConnectionError?: (error: Error) => void;
}

/** A pool to `url`; BIGINT columns read as numbers. */
export function createPgPool(url: string, opts: PgPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    application_name: opts.applicationName,
    max: opts.max ?? 5,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    types,
  });
  // Without a listener an idle connection's error would crash the process; the pool already dropped it.
  pool.on('error', (error) => opts.onConnectionError?.(error));
  return pool;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

/** Runs `work` in one transaction on one pooled connection; rolls back and rethrows on error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection that breaks between two statements emits 'error'; the next statement fails with it anyway.
  const ignore = (): void => {};
  client.on('error', ignore);
  let result: T;
  try {
    await client.query('BEGIN');
    result = await work(client);
    await client.query('COMMIT');
  } catch (error) {
    // A ROLLBACK that fails means the connection is broken: destroy it instead of pooling it.
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (e: Error) => e,
    );
    client.off('error', ignore);
    client.release(broken);
    throw error;
  }
  client.off('error', ignore);
  client.release();
  return result;
}
