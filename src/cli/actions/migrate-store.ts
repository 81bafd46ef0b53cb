import { existsSync } from 'node:fs';
import { copySqliteToPostgres } from '../../store/copy-to-postgres.js';
import { migratePostgres } from '../../store/postgres/migrations.js';
import { createPgPool, redactUrl } from '../../store/postgres/pool.js';
import { createSqliteStore } from '../../store/sqlite.js';
import { exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

function usage(message: string): never {
  process.stderr.write(`exportwatch migrate-store: ${message}\n`);
  process.exit(EXIT.usage);
}

/** The SQLite path of `sqlite:PATH`, or a usage error. */
function sqlitePath(from: string): string {
  if (!from.startsWith('sqlite:') || from.length === 'sqlite:'.length) usage(`--from must be sqlite:PATH (the DATABASE_PATH file), got "${from}"`);
  const path = from.slice('sqlite:'.length);
  if (!existsSync(path)) usage(`--from: no SQLite database at ${path}`);
  return path;
}

function postgresUrl(to: string): string {
  let protocol = '';
  try {
    protocol = new URL(to).protocol;
  } catch {
    // not a URL at all: reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') usage(`--to must be a URL like postgres://user:password@host:5432/exportwatch, got "${redactUrl(to)}"`);
  return to;
}

/** `exportwatch migrate-store`: SQLite → an empty PostgreSQL database, all or nothing. */
export async function migrateStore(opts: { from: string; to: string }): Promise<void> {
  const path = sqlitePath(opts.from);
  const url = postgresUrl(opts.to);
  const pool = createPgPool(url, { applicationName: 'exportwatch migrate-store', max: 1 });
  try {
    // Upgrade the SQLite file first, so its columns match the schema PostgreSQL gets.
    await createSqliteStore(path).close();
    await migratePostgres(pool, url);
    const report = await copySqliteToPostgres(path, pool, url);
    for (const t of report.tables) process.stdout.write(`${t.table.padEnd(24)} ${String(t.rows).padStart(8)} rows\n`);
    const total = report.tables.reduce((n, t) => n + t.rows, 0);
    process.stdout.write(`Copied ${total} rows from ${path} to ${redactUrl(url)}.\n`);
  } catch (error) {
    await pool.end().catch(() => undefined);
    exitWith(error);
  }
  await pool.end();
}
