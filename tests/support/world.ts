import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeed } from '../../src/app/seed.js';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { DEFAULT_RECORD_RULE } from '../../src/history/records.js';
import { createLogger } from '../../src/log.js';
import type { Notifier } from '../../src/notify/types.js';
import type { TickDeps } from '../../src/pipeline/tick.js';
import { createHttpClient } from '../../src/scrapers/http.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { SITE } from './paths.js';

/** A fixture news site on 127.0.0.1, a real SQLite file in a temp dir, and tick deps wired to them. */
export interface World {
  site: FixtureServer;
  dbPath: string;
  deps: TickDeps;
  close(): Promise<void>;
}

/** `newSource`: the fixture source has never been read, so its first tick is a silent baseline. */
export async function createWorld(notifier: Notifier, opts: { historyUpTo?: string; newSource?: boolean } = {}): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-test-'));
  const dbPath = join(dir, 'test.db');
  const site = await startFixtureServer(SITE);
  const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
  const store = createSqliteStore(dbPath);
  for (const s of series) await store.importSeed(s.id, readSeed(s, opts.historyUpTo ?? '2023-11'));
  if (!opts.newSource) await store.markSourceKnown('techwire');
  const http = createHttpClient({ userAgent: 'exportwatch-test', allowPrivateNetworks: true, hostDelayMs: 0 });
  const deps: TickDeps = {
    sources: [{ id: 'techwire', outlet: 'TechWire Pakistan', kind: 'rss', url: `${site.baseUrl}/feed/` }],
    series,
    rule: DEFAULT_RECORD_RULE,
    store,
    http,
    notifier,
    log: createLogger({ level: 'silent', secrets: [] }),
  };
  return {
    site,
    dbPath,
    deps,
    async close() {
      await http.close();
      await store.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
