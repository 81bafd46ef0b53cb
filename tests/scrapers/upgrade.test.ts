import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../src/scrapers/canonical.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { createSqliteStore } from '../../src/store/sqlite.js';

describe('a database from before source health and dedup keys', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('knows the articles it already holds, so an upgraded worker does not fetch them again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'exportwatch-upgrade-'));
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO articles (url, source_id, outlet, title, published, content_hash, first_seen, last_seen)
      VALUES (?, 'techwire', 'TechWire', 'T', '2024-01-18', 'abc', '2024-01-18T00:00:00Z', '2024-01-18T00:00:00Z')`,
      )
      .run('https://techwire.example.pk/2024/01/18/pakistan-records-highest-ever-monthly-it-exports/');
    old.close();

    const store = createSqliteStore(path);
    try {
      expect(
        await store.articleKeySeen(
          articleKey('http://techwire.example.pk/2024/01/18/pakistan-records-highest-ever-monthly-it-exports'),
        ),
      ).toBe(true);
      expect(
        await store.articleTextSeen(
          [articleKey('https://techwire.example.pk/2024/01/18/pakistan-records-highest-ever-monthly-it-exports/')],
          'abc',
        ),
      ).toBe(true);
      expect(await store.sourceHealth()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
