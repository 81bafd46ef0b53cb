import { existsSync } from 'node:fs';
import { copySqliteToPostgres, describeDatabase } from '../../store/index.js';
import { exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

function usage(message: string): never {
  process.stderr.write(`exportwatch migrate-store: ${message}\n`);
  process.exit(EXIT.usage);
}

/** The SQLite path of `sqlite:PATH`, or a usage error. */
function sqlitePath(from: string): string {
  if (!from.startsWith('sqlite:') || from.length === 'sqlite:'.length)
    usage(`--from must be sqlite:PATH (the DATABASE_PATH file), got "${from}"`);
  const path = from.slice('sqlite:'.length);
  if (!existsSync(path)) usage(`--from: no SQLite database at ${path}`);
  return path;
}

async function postgresUrl(to: string): Promise<string> {
  let protocol = '';
  try {
    protocol = new URL(to).protocol;
  } catch {
    // not a URL at all: reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    usage(
      `--to must be a URL like postgres://user:password@host:5432/exportwatch, got "${await describeDatabase({ kind: 'postgres', url: to })}"`,
    );
  }
  return to;
}

/** `exportwatch migrate-store`: SQLite → an empty PostgreSQL database, all or nothing. */
export async function migrateStore(opts: { from: string; to: string }): Promise<void> {
  const path = sqlitePath(opts.from);
  const url = await postgresUrl(opts.to);
  try {
    const report = await copySqliteToPostgres(path, url);
    for (const t of report.tables) process.stdout.write(`${t.table.padEnd(24)} ${String(t.rows).padStart(8)} rows\n`);
    const total = report.tables.reduce((n, t) => n + t.rows, 0);
    process.stdout.write(
      `Copied ${total} rows from ${path} to ${await describeDatabase({ kind: 'postgres', url })}.\n`,
    );
  } catch (error) {
    exitWith(error);
  }
}
