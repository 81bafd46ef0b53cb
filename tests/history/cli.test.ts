import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { runCli } from './cli-run.js';
import { startNewsSite } from '../support/news-site.js';
import { createWorld } from '../support/world/index.js';

// Links are printed whole on their own lines; everything else fits 80 columns.
const widest = (text: string): number =>
  Math.max(
    ...text
      .split('\n')
      .filter((l) => !/^\s*https?:\/\//.test(l))
      .map((l) => l.length),
  );

describe('exportwatch history, alerts, export', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'exportwatch-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the shipped IT-exports history of a new database as a table within 80 columns', async () => {
    const { status, stdout } = await runCli(['history', 'pk-it-exports'], { DATABASE_PATH: join(dir, 'new.db') });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Pakistan IT exports \(pk-it-exports\), USD: 46 months, 2019-11 to 2025-12$/m);
    expect(stdout).toMatch(/^2025-12\s+\$437m\s+seed\s+seed\s+new high$/m);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
  });

  it('starts from an empty history when SEED_HISTORY=false', async () => {
    const { status, stdout } = await runCli(['history', 'pk-it-exports'], {
      DATABASE_PATH: join(dir, 'new.db'),
      SEED_HISTORY: 'false',
    });
    expect(status).toBe(0);
    expect(stdout).toContain('pk-it-exports), USD: no history yet');
  });

  it('shows records, conflicts and disputed claims, and lists alerts with their delivery state', async () => {
    const world = await createWorld({
      newsSite: true,
      discord: { botToken: 'test-bot-token-0123456789' },
      seed: { upTo: '2023-12', series: ['pk-it-exports'] },
    });
    try {
      await world.tick([
        {
          outlet: 'dawn',
          published: '2024-02-16',
          title: 'IT exports hit all-time high in January',
          paragraphs: [
            "Pakistan's IT exports rose to an all-time high of $320 million in January 2024, the State Bank of Pakistan said.",
          ],
        },
        {
          outlet: 'ary',
          published: '2024-02-16',
          title: 'IT exports at all-time high, says ministry',
          paragraphs: [
            "Pakistan's IT exports reached an all-time high of $290 million in November 2023, the ministry claimed.",
          ],
        },
      ]);
      const env = { DATABASE_PATH: world.dbPath };
      const [history, alerts, alertsJson] = await Promise.all([
        runCli(['history', 'pk-it-exports'], env),
        runCli(['alerts'], env),
        runCli(['alerts', '--json'], env),
      ]);
      expect(history.stdout).toMatch(/^2024-01\s+\$320m\s+reported\s+Dawn\s+alert #1 sent$/m);
      expect(history.stdout).toMatch(/^2023-11\s+\$259m\s+seed\s+seed\s+≠ \$290m \(ARY News\); 1 disputed$/m);
      expect(history.stdout).toMatch(/^2023-12\s+\$303m\s+seed\s+seed\s+new high$/m);
      expect(history.stdout).toMatch(
        /^ {2}2023-11 {2}\$290m {2}ARY News\n {4}http:\/\/127\.0\.0\.1:\d+\/ary\/2024\/02\/16\//m,
      );
      expect(widest(history.stdout)).toBeLessThanOrEqual(80);
      const messageId = [...world.discord.messages.keys()][0]!;
      expect(alerts.stdout).toMatch(
        new RegExp(`^ 1\\s+pk-it-exports\\s+2024-01\\s+\\$320m\\s+sent\\s+1\\s+1\\s+${messageId}$`, 'm'),
      );
      expect(widest(alerts.stdout)).toBeLessThanOrEqual(80);
      expect(JSON.parse(alertsJson.stdout)).toEqual([
        expect.objectContaining({
          id: 1,
          status: 'sent',
          messageId,
          sources: [expect.objectContaining({ outlet: 'Dawn' })],
        }),
      ]);
    } finally {
      await world.close();
    }
  });

  it('exports history as CSV that imports back into another database', async () => {
    const from = join(dir, 'from.db');
    const csv = join(dir, 'export.csv');
    const exported = await runCli(['export', '--series', 'pk-it-exports', '--output', csv], { DATABASE_PATH: from });
    expect(exported.status).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(
      'series,month,value,currency,basis,outlets,conflicts,new_high,alert_id,alert_status,disputed_claims',
    );
    const to = join(dir, 'to.db');
    const imported = await runCli(['history', 'import', csv, '--series', 'pk-it-exports'], {
      DATABASE_PATH: to,
      SEED_HISTORY: 'false',
    });
    expect(imported.stdout).toBe(`Imported 46 month(s) into pk-it-exports from ${csv}.\n`);
    const a = createSqliteStore(from);
    const b = createSqliteStore(to);
    expect(await b.monthValues('pk-it-exports')).toEqual(await a.monthValues('pk-it-exports'));
    await a.close();
    await b.close();
  });

  it('refuses a history file with a bad row, naming the line, and exits 3', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'month,usd\n2024-01,320000000\n2024-02,n/a\n');
    const { status, stderr } = await runCli(['history', 'import', csv, '--series', 'pk-it-exports'], {
      DATABASE_PATH: join(dir, 'x.db'),
    });
    expect(status).toBe(3);
    expect(stderr).toContain(`${csv}: line 3: value "n/a" is not a non-negative number`);
  });

  it('says which series exist when asked for an unknown one, and exits 2', async () => {
    const { status, stderr } = await runCli(['export', '--series', 'pk-it'], { DATABASE_PATH: join(dir, 'x.db') });
    expect(status).toBe(2);
    expect(stderr).toContain('unknown series "pk-it"; configured: pk-it-exports, pk-textile-exports, pk-remittances');
  });

  it('shows help with an example for every history command', async () => {
    const runs = await Promise.all(['history', 'alerts', 'export', 'backfill'].map((c) => runCli([c, '--help'])));
    for (const { status, stdout } of runs) {
      expect(status).toBe(0);
      expect(stdout).toMatch(/Usage: exportwatch/);
      expect(stdout).toMatch(/Example/);
    }
  });
});

describe('exportwatch backfill', () => {
  it("walks a source's archive pages into the history without posting, and stops at the archive's end", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exportwatch-backfill-'));
    const site = await startNewsSite();
    try {
      const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
      months.forEach((m, i) =>
        site.publish('dawn', {
          published: `${m}-28`,
          title: `IT exports in ${m}`,
          paragraphs: [
            `Pakistan's IT exports rose to an all-time high of $${450 + i * 10} million in ${new Date(`${m}-15`).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${m.slice(0, 4)}, the State Bank said.`,
          ],
        }),
      );
      const config = join(dir, 'config.json');
      writeFileSync(
        config,
        JSON.stringify({
          series: readConfigFile(DEFAULT_CONFIG_FILE).series,
          sources: [
            {
              id: 'dawn',
              outlet: 'Dawn',
              kind: 'rss',
              url: site.feedUrl('dawn'),
              archive: { url: `${site.feedUrl('dawn')}?paged={page}`, pages: 10 },
            },
          ],
          network: { allowPrivateNetworks: true, hostDelayMs: 0 },
        }),
      );
      const db = join(dir, 'history.db');
      const { status, stdout, stderr } = await runCli(['backfill'], { DATABASE_PATH: db, CONFIG_FILE: config });
      expect(status, stderr).toBe(0);
      expect(stdout).toMatch(/^dawn\s+3\s+5\s+5$/m);
      expect(stderr).not.toContain('\r');
      expect(site.hits.filter((h) => h.includes('paged='))).toEqual([
        '/dawn/feed/?paged=1',
        '/dawn/feed/?paged=2',
        '/dawn/feed/?paged=3',
        '/dawn/feed/?paged=4',
      ]);
      const store = createSqliteStore(db);
      const values = await store.monthValues('pk-it-exports');
      expect(months.map((m) => values.get(m))).toEqual([450e6, 460e6, 470e6, 480e6, 490e6]);
      expect(await store.alerts()).toEqual([]);
      // Backfill fills history; it does not stand in for the source's own first, silent tick.
      expect(await store.isSourceKnown('dawn')).toBe(false);
      await store.close();
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a source archive URL without {page}, naming the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exportwatch-backfill-'));
    try {
      const config = join(dir, 'config.json');
      writeFileSync(
        config,
        JSON.stringify({
          series: readConfigFile(DEFAULT_CONFIG_FILE).series,
          sources: [
            {
              id: 'dawn',
              outlet: 'Dawn',
              kind: 'rss',
              url: 'https://www.dawn.com/feeds/business',
              archive: { url: 'https://www.dawn.com/feeds/business?page=2', pages: 3 },
            },
          ],
        }),
      );
      const { status, stderr } = await runCli(['backfill'], { CONFIG_FILE: config, DATABASE_PATH: join(dir, 'x.db') });
      expect(status).toBe(2);
      expect(stderr).toMatch(/sources\.0\.archive\.url: a URL template containing \{page\}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
