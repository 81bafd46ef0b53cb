import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { findPostgresBinaries } from './postgres.js';
import { POSTGRES_AVAILABLE, POSTGRES_SKIP_REASON, freshDatabase } from './pg-db.js';

describe('the PostgreSQL test harness', () => {
  it('reports the server as absent, saying where it looked, when PG_BIN holds no server', () => {
    const empty = mkdtempSync(join(tmpdir(), 'exportwatch-no-pg-'));
    try {
      const found = findPostgresBinaries({ PG_BIN: empty, PATH: '' });
      expect(found).toEqual({ status: 'absent', reason: `PG_BIN=${empty} holds no initdb, pg_ctl and postgres` });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.skipIf(!POSTGRES_AVAILABLE)(
    `serves each test its own empty database on 127.0.0.1${POSTGRES_SKIP_REASON ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ''}`,
    async () => {
      const [first, second] = [await freshDatabase('a'), await freshDatabase('b')];
      expect(first).not.toBe(second);
      const client = new pg.Client({ connectionString: first });
      await client.connect();
      try {
        const { rows } = await client.query<{ addr: string; tables: string }>(
          "SELECT host(inet_server_addr()) AS addr, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') AS tables",
        );
        expect(rows[0]).toEqual({ addr: '127.0.0.1', tables: '0' });
      } finally {
        await client.end();
      }
    },
  );
});
