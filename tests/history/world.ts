import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG_FILE, readConfigFile, type SourceConfig } from '../../src/config.js';
import { readSeed } from '../../src/app.js';
import { DEFAULT_RECORD_RULE } from '../../src/history/records.js';
import { createLogger } from '../../src/log.js';
import { createDiscordBotNotifier } from '../../src/notify/discord.js';
import { runTick, type TickDeps, type TickSummary } from '../../src/pipeline/tick.js';
import { createHttpClient } from '../../src/scrapers/http.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { freshDatabase } from '../support/pg-db.js';
import { startNewsSite, type NewsArticle, type NewsSite } from '../support/news-site.js';

/** Outlet ids used in tests, and the names alerts show. */
export const OUTLETS: Readonly<Record<string, string>> = {
  dawn: 'Dawn',
  brecorder: 'Business Recorder',
  tribune: 'The Express Tribune',
  ary: 'ARY News',
  propakistani: 'ProPakistani',
};

/** The shipped IT-exports seed, cut at a month: the history "before" a case's articles. */
export function seedUpTo(month: string): Array<{ month: string; value: number; note: string | null }> {
  const it = readConfigFile(DEFAULT_CONFIG_FILE).series.find((s) => s.id === 'pk-it-exports')!;
  return readSeed(it, month);
}

/** Which store a world keeps its history in; the store suites run their cases on both. */
export type StoreKindName = 'sqlite' | 'postgres';

/** Several outlets on a local site, a temp SQLite file (or a PostgreSQL database), the real discord.js client against a fake Discord. */
export interface RecordWorld {
  site: NewsSite;
  discord: FakeDiscord;
  store: Store;
  deps: TickDeps;
  dbPath: string;
  /** Closes the database and opens it again, as a restarted worker would. */
  restart(): Promise<void>;
  /** Publishes the articles, adds their outlets as sources (a source appears when it first publishes), runs a tick. */
  tick(articles: ReadonlyArray<NewsArticle & { outlet: string }>): Promise<TickSummary>;
  close(): Promise<void>;
}

export async function createRecordWorld(
  opts: { history?: Array<{ month: string; value: number; note: string | null }>; newSources?: string[]; store?: StoreKindName } = {},
): Promise<RecordWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-records-'));
  const dbPath = join(dir, 'history.db');
  const url = opts.store === 'postgres' ? await freshDatabase('records') : null;
  const open = async (): Promise<Store> => (url ? createPostgresStore(url) : createSqliteStore(dbPath));
  const site = await startNewsSite();
  const discord = await startFakeDiscord({ botToken: 'test-bot-token-0123456789' });
  const store = await open();
  if (opts.history) await store.importSeed('pk-it-exports', opts.history);
  const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
  const http = createHttpClient({ userAgent: 'exportwatch-test', allowPrivateNetworks: true, hostDelayMs: 0 });
  const sources: SourceConfig[] = [];
  const deps: TickDeps = {
    sources,
    series,
    rule: DEFAULT_RECORD_RULE,
    store,
    http,
    notifier: createDiscordBotNotifier({ token: discord.botToken, channelId: FAKE_IDS.channel, apiUrl: discord.url }),
    log: createLogger({ level: 'silent', secrets: [] }),
  };
  return {
    site,
    discord,
    get store() {
      return deps.store;
    },
    deps,
    dbPath,
    async restart() {
      await deps.store.close();
      deps.store = await open();
    },
    async tick(articles) {
      for (const a of articles) {
        site.publish(a.outlet, a);
        if (sources.some((s) => s.id === a.outlet)) continue;
        sources.push({ id: a.outlet, outlet: OUTLETS[a.outlet] ?? a.outlet, kind: 'rss', url: site.feedUrl(a.outlet) });
        // Outlets are watched "all along" unless the case says the source is new.
        if (!opts.newSources?.includes(a.outlet)) await deps.store.markSourceKnown(a.outlet);
      }
      return runTick(deps);
    },
    async close() {
      await http.close();
      await deps.store.close();
      await site.close();
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
