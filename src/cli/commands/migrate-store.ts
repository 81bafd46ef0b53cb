import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { StoreError } from '../../errors.js';
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
    // reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') usage(`--to must be a URL like postgres://user:password@host:5432/exportwatch, got "${redactUrl(to)}"`);
  return to;
}

export function registerMigrateStore(program: Command): void {
  program
    .command('migrate-store')
    .description('copy an SQLite database (history, alerts, outbox) into an empty PostgreSQL database')
    .requiredOption('--from <sqlite:PATH>', 'the SQLite database, e.g. sqlite:./data/exportwatch.db')
    .requiredOption('--to <postgres-url>', 'the PostgreSQL database, e.g. postgres://exportwatch@db:5432/exportwatch')
    .addHelpText('after', `
Stop the worker first. The SQLite file is brought to this version's schema (as \`start\` would do), the
PostgreSQL database is created or upgraded to the same schema, then every row is copied in one
transaction: an error leaves the PostgreSQL database as it was. The target must hold no data yet.
Then set DATABASE_URL to the new database and start the worker (or its replicas).

Exit codes: 0 copied; 1 the copy failed (the message says why); 2 bad options.

Example:
  $ exportwatch migrate-store --from sqlite:./data/exportwatch.db --to postgres://exportwatch@db.internal:5432/exportwatch`)
    .action(async (opts: { from: string; to: string }) => {
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
        if (error instanceof StoreError) {
          await pool.end().catch(() => undefined);
          exitWith(error);
        }
        throw error;
      }
      await pool.end();
    });
}
