import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, type SeriesConfig } from '../config.js';
import { parseSeedCsv, type SeedRow } from '../history/seed.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/types.js';

/** Reads a series' shipped seed CSV; `upTo` (YYYY-MM) drops later months, as the demo does. */
export function readSeed(series: SeriesConfig, upTo?: string): SeedRow[] {
  if (!series.seed) return [];
  const path = resolve(PROJECT_ROOT, series.seed);
  const rows = parseSeedCsv(readFileSync(path, 'utf8'), path);
  return upTo ? rows.filter((r) => r.month <= upTo) : rows;
}

/** Loads each series' seed into a store that has no history for it yet. */
export async function seedNewSeries(store: Store, series: readonly SeriesConfig[], log: Logger): Promise<void> {
  for (const s of series) {
    if (!s.seed || (await store.hasHistory(s.id))) continue;
    const count = await store.importSeed(s.id, readSeed(s), 'seed');
    log.info({ series: s.id, months: count }, 'seed history loaded');
  }
}
