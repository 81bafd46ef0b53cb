/**
 * A replica stopped with SIGTERM (every deploy) releases its tick lease before its connections close, so the
 * next replica ticks at once instead of waiting TICK_LEASE_MS. Real `exportwatch start` processes on the test
 * PostgreSQL cluster, reading a feed on loopback that answers slowly, so the SIGTERM lands in a scheduled tick.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { startGatedFeed, type GatedFeed } from '../support/gated-feed.js';
import { POSTGRES_AVAILABLE, POSTGRES_SKIP_REASON, freshDatabase } from '../support/pg-db.js';
import { ReplicaSet } from '../support/replicas.js';

describe.skipIf(!POSTGRES_AVAILABLE)(
  `a replica stopped with SIGTERM${POSTGRES_SKIP_REASON ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ''}`,
  () => {
    let dir: string | undefined;
    let feed: GatedFeed | undefined;
    let replicas: ReplicaSet | undefined;
    afterEach(async () => {
      await replicas?.stopAll();
      await feed?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      [dir, feed, replicas] = [undefined, undefined, undefined];
    });

    it('releases its tick lease in the table, and the next replica ticks at once', async () => {
      const url = await freshDatabase('stop');
      // Each read of the feed takes 400 ms: a scheduled tick is still reading when the SIGTERM arrives.
      feed = await startGatedFeed({ holdMs: 400 });
      dir = mkdtempSync(join(tmpdir(), 'exportwatch-stop-'));
      const configFile = join(dir, 'config.json');
      const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
      writeFileSync(
        configFile,
        JSON.stringify({
          series,
          sources: [{ id: 'gated', outlet: 'Gated', kind: 'rss', url: feed.url }],
          network: { allowPrivateNetworks: true, hostDelayMs: 0 },
        }),
      );
      const set = (replicas = new ReplicaSet(['--config', configFile], {
        DATABASE_URL: url,
        // The source is due every second: every tick reads it.
        SCHEDULE: '* * * * * *',
        TIMEZONE: 'UTC',
        // The production default: a lease left held would stall the next replica for a minute.
        TICK_LEASE_MS: '60000',
        LOG_LEVEL: 'info',
      }));

      const first = set.start();
      // The start-up tick reads the feed once; the second request is a scheduled tick's (node-cron's lease).
      await feed.requested(2);
      first.kill('SIGTERM');
      expect(await first.exited).toBe('exit 0');

      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const { rows } = await db.query<{ holder: string; finished: boolean }>(
          'SELECT holder, finished_at IS NOT NULL AS finished FROM tick_leases',
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]!.finished).toBe(true);
      } finally {
        await db.end();
      }

      // Nothing holds the schedule: the next replica ticks now, not once a lease left held ran out (60 s).
      const second = set.start();
      await set.until(
        "the next replica's start-up tick",
        () => set.events.some((e) => e.replica === second.n && e.msg === 'tick finished'),
        20_000,
      );
    });
  },
);
