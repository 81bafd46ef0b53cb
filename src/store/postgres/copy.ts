import Database from 'better-sqlite3';
import type pg from 'pg';
import { StoreError } from '../../errors.js';
import { inTransaction, redactUrl } from './pool.js';

/** How many rows of each table were copied. */
export interface CopyReport {
  tables: Array<{ table: string; rows: number }>;
}

type Row = Record<string, unknown>;

// Each INSERT binds at most this many values; PostgreSQL's limit is 65535.
const MAX_PARAMS = 30_000;

/** SQLite's tables, parents before children so foreign keys hold at every insert. */
function tablesInDependencyOrder(db: Database.Database): string[] {
  const names = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((r) => r.name);
  const parents = new Map(
    names.map((n) => [
      n,
      db
        .prepare<[], { table: string }>(`SELECT "table" FROM pragma_foreign_key_list('${n}')`)
        .all()
        .map((r) => r.table)
        .filter((p) => p !== n),
    ]),
  );
  const ordered: string[] = [];
  const visit = (name: string, path: string[]): void => {
    if (ordered.includes(name)) return;
    if (path.includes(name))
      throw new StoreError(
        `SQLite tables ${[...path, name].join(' → ')} refer to each other in a cycle; cannot order the copy`,
      );
    for (const p of parents.get(name) ?? []) visit(p, [...path, name]);
    ordered.push(name);
  };
  for (const n of names) visit(n, []);
  return ordered;
}

async function postgresColumns(client: pg.PoolClient): Promise<Map<string, Set<string>>> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()',
  );
  const byTable = new Map<string, Set<string>>();
  for (const r of rows) byTable.set(r.table_name, (byTable.get(r.table_name) ?? new Set()).add(r.column_name));
  return byTable;
}

async function insertRows(client: pg.PoolClient, table: string, columns: string[], rows: Row[]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((c) => `$${values.push(row[c] ?? null)}`).join(', ')})`);
    await client.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, values);
  }
}

/**
 * Copies every row of the SQLite database at `sqlitePath` into the (migrated, empty) PostgreSQL database
 * behind `pool`, in one transaction: the target ends up with all of it or none. Ids are kept, and identity
 * sequences are moved past them so new rows do not collide.
 */
export async function copyRows(sqlitePath: string, pool: pg.Pool, url: string): Promise<CopyReport> {
  let db: Database.Database;
  try {
    db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw new StoreError(`cannot open SQLite database ${sqlitePath}: ${(cause as Error).message}`, { cause });
  }
  try {
    const tables = tablesInDependencyOrder(db);
    return await inTransaction(pool, async (client) => {
      const target = await postgresColumns(client);
      const report: CopyReport = { tables: [] };
      for (const table of tables) {
        const pgColumns = target.get(table);
        if (!pgColumns)
          throw new StoreError(
            `PostgreSQL database ${redactUrl(url)} has no table "${table}" that SQLite ${sqlitePath} has; is this exportwatch older than the SQLite file's?`,
          );
        const columns = db
          .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
          .all()
          .map((c) => c.name);
        const missing = columns.filter((c) => !pgColumns.has(c));
        if (missing.length > 0)
          throw new StoreError(
            `PostgreSQL table "${table}" lacks column(s) ${missing.join(', ')} of SQLite ${sqlitePath}`,
          );
        const {
          rows: [present],
        } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
        if (present!.n > 0) {
          throw new StoreError(
            `PostgreSQL database ${redactUrl(url)} already holds data (table "${table}" has ${present!.n} rows); migrate-store only fills an empty database`,
          );
        }
        const rows = db.prepare<[], Row>(`SELECT * FROM "${table}"`).all();
        await insertRows(client, table, columns, rows);
        report.tables.push({ table, rows: rows.length });
      }
      // Rows kept their ids; identity columns must continue after the largest.
      const { rows: identities } = await client.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'",
      );
      for (const { table_name: t, column_name: c } of identities) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence('"${t}"', '${c}'), GREATEST(max("${c}"), 1), max("${c}") IS NOT NULL) FROM "${t}"`,
        );
      }
      return report;
    });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`copying ${sqlitePath} to ${redactUrl(url)} failed: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    db.close();
  }
}
