/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp dir, one server on 127.0.0.1 at a free
 * port, trust authentication for the local test role, stopped and deleted afterwards.
 *
 * The binaries come from Debian's `postgresql` package (/usr/lib/postgresql/<major>/bin), from
 * `PG_BIN`, or from `initdb` on PATH. PostgreSQL refuses to run as root, so as root every server
 * command runs as the `postgres` system user (`runuser -u postgres --`) in a temp dir it owns.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** The test role: a superuser, so tests can create databases and inspect locks. */
export const PG_TEST_USER = 'exportwatch';

/** Where the server binaries are, or why none were found. */
export type PostgresBinaries = { status: 'found'; bin: string } | { status: 'absent'; reason: string };

/** A running throwaway cluster. */
export interface PostgresCluster {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(prefix?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Finds initdb, pg_ctl and postgres: `PG_BIN`, the newest Debian major, or PATH. */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): PostgresBinaries {
  const has = (dir: string): boolean => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)));
  if (env.PG_BIN) {
    return has(env.PG_BIN)
      ? { status: 'found', bin: env.PG_BIN }
      : { status: 'absent', reason: `PG_BIN=${env.PG_BIN} holds no initdb, pg_ctl and postgres` };
  }
  const debian = '/usr/lib/postgresql';
  const majors = existsSync(debian)
    ? readdirSync(debian)
        .filter((d) => /^\d+$/.test(d))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const major of majors)
    if (has(join(debian, major, 'bin'))) return { status: 'found', bin: join(debian, major, 'bin') };
  for (const dir of (env.PATH ?? '').split(delimiter)) if (dir && has(dir)) return { status: 'found', bin: dir };
  return {
    status: 'absent',
    reason:
      'no PostgreSQL server binaries in PG_BIN, /usr/lib/postgresql/*/bin or PATH (Debian: apt-get install postgresql)',
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs a server binary, as the postgres user when we are root; throws with its output on failure. */
function runAsOwner(bin: string, tool: string, args: string[], asUser: string | null): void {
  const [cmd, argv] = asUser ? ['runuser', ['-u', asUser, '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${tool} ${args.join(' ')} failed (exit ${result.status}): ${result.error?.message ?? ''}${result.stderr}${result.stdout}`,
    );
  }
}

let created = 0;

/** Creates an empty database in the cluster at `adminUrl` and returns its URL. */
export async function createTestDatabase(adminUrl: string, prefix = 'test'): Promise<string> {
  const name = `${prefix.replace(/\W/g, '_')}_${process.pid}_${Date.now().toString(36)}_${++created}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a fresh cluster; call `stop()` when done. */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const root = process.getuid?.() === 0;
  // The postgres user must reach the directory: TMPDIR may point into root's home, /tmp never does.
  const dir = mkdtempSync(join(root ? '/tmp' : tmpdir(), 'exportwatch-pg-'));
  const owner = root ? 'postgres' : null;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  try {
    runAsOwner(
      bin,
      'initdb',
      ['-D', data, '-U', PG_TEST_USER, '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
      owner,
    );
    let port = 0;
    // A free port can be taken between probing and listening; try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      // Durability is irrelevant for a throwaway cluster; fsync off keeps tests fast.
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
      try {
        runAsOwner(bin, 'pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', options, 'start'], owner);
        break;
      } catch (error) {
        if (attempt >= 3)
          throw new Error(
            `${(error as Error).message}\nserver log:\n${existsSync(log) ? readFileSync(log, 'utf8') : '(none)'}`,
          );
      }
    }
    const adminUrl = `postgres://${PG_TEST_USER}@127.0.0.1:${port}/postgres`;
    return {
      adminUrl,
      port,
      createDatabase: (prefix) => createTestDatabase(adminUrl, prefix),
      async stop() {
        try {
          runAsOwner(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], owner);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
