/** A world's store: a SQLite file in its temp dir or a fresh PostgreSQL database, with seed history. */
import { readSeed } from '../../../src/app/seed.js';
import type { SeriesConfig } from '../../../src/config.js';
import { createPostgresStore } from '../../../src/store/postgres/store.js';
import { createSqliteStore } from '../../../src/store/sqlite.js';
import type { Store } from '../../../src/store/types.js';
import { freshDatabase } from '../pg-db.js';

/** Which store a world keeps its history in; the store suites run their cases on both. */
export type StoreKindName = 'sqlite' | 'postgres';

/** The shipped seed history cut at a month, for some series (every configured one by default). */
export interface SeedHistory {
  upTo: string;
  series?: readonly string[];
}

/** Opens the store again and again on the same place, as a restarted worker would. */
export async function storeOpener(kind: StoreKindName, dbPath: string): Promise<() => Promise<Store>> {
  if (kind === 'sqlite') return async () => createSqliteStore(dbPath);
  const url = await freshDatabase('world');
  return () => createPostgresStore(url);
}

/** Loads the shipped seed of each chosen series up to `seed.upTo`. */
export async function loadSeed(store: Store, series: readonly SeriesConfig[], seed: SeedHistory): Promise<void> {
  for (const s of series) {
    if (!seed.series || seed.series.includes(s.id)) await store.importSeed(s.id, readSeed(s, seed.upTo));
  }
}
