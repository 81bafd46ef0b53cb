import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Figure } from '../../src/extract/types.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { ArticleRecord, Store } from '../../src/store/types.js';
import { POSTGRES_AVAILABLE, POSTGRES_SKIP_REASON, freshDatabase } from '../support/pg-db.js';

/** A place a store lives: a SQLite file or a PostgreSQL database, opened as often as a test likes. */
export interface StoreKind {
  name: 'sqlite' | 'postgres';
  available: boolean;
  skipReason: string;
  /** A new, empty location. */
  create(): Promise<StoreLocation>;
}

export interface StoreLocation {
  /** Opens (another) store on this location, with an optional clock. */
  open(now?: () => Date): Promise<Store>;
  /** Sets the schema version as a newer exportwatch would have left it. */
  setSchemaVersion(version: number): Promise<void>;
  dispose(): Promise<void>;
}

/** Both stores; the shared suite runs every case against each. */
export const STORE_KINDS: StoreKind[] = [
  {
    name: 'sqlite',
    available: true,
    skipReason: '',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'exportwatch-store-'));
      const path = join(dir, 'store.db');
      return {
        open: async (now) => createSqliteStore(path, now ? { now } : {}),
        async setSchemaVersion(version) {
          const db = new Database(path);
          db.pragma(`user_version = ${version}`);
          db.close();
        },
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    available: POSTGRES_AVAILABLE,
    skipReason: POSTGRES_SKIP_REASON,
    async create() {
      const url = await freshDatabase('store');
      return {
        open: (now) => createPostgresStore(url, now ? { now } : {}),
        async setSchemaVersion(version) {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query('UPDATE schema_version SET version = $1', [version]);
          await client.end();
        },
        dispose: async () => {},
      };
    },
  },
];

/** An article record for tests. */
export function article(url: string, outlet = 'Dawn', contentHash = 'h1'): ArticleRecord {
  return {
    url,
    sourceId: outlet.toLowerCase(),
    outlet,
    title: `Story at ${url}`,
    published: '2024-01-18',
    contentHash,
  };
}

/** A single-month figure as the extractor would report it. */
export function monthFigure(month: string, value: number, extra: Partial<Figure> = {}): Figure {
  return {
    series: 'pk-it-exports',
    period: { start: month, end: month },
    value,
    currency: 'USD',
    changes: [],
    recordClaim: true,
    evidence: `IT exports were $${value / 1e6} million in ${month}`,
    confidence: 0.9,
    role: 'reported-month',
    notes: [],
    ...extra,
  };
}
