/**
 * The one place tests wire a world: a store (a SQLite file in a temp dir, or a fresh PostgreSQL
 * database) with seed history, the shipped series, the sites sources read, a fake Discord, a
 * notifier, an HTTP client and the tick deps that join them, all on 127.0.0.1. A test asks for the
 * parts it needs; `close()` stops what was started.
 *
 *   const world = await createWorld({ seed: { upTo: '2023-11' }, fixtureSite: true, discord: {} });
 *   const summary = await world.tick();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { DEFAULT_CONFIG_FILE, readConfigFile, type SourceConfig } from '../../../src/config.js';
import { startFixtureServer } from '../../../src/demo/fixture-server.js';
import { DEFAULT_RECORD_RULE } from '../../../src/history/records.js';
import { createDiscordBotNotifier, createDiscordWebhookNotifier } from '../../../src/notify/discord/index.js';
import { createStdoutNotifier } from '../../../src/notify/stdout.js';
import { alertView } from '../../../src/pipeline/alert-view.js';
import { deliverDue } from '../../../src/pipeline/deliver.js';
import { runTick, type SourceReport, type TickDeps, type TickSummary } from '../../../src/pipeline/tick.js';
import { createHttpClient } from '../../../src/scrapers/http.js';
import { FAKE_IDS, startFakeDiscord } from '../fake-discord/index.js';
import { startFaultSite } from '../fault-server.js';
import { OUTLETS, startNewsSite } from '../news-site.js';
import { SITE } from '../paths.js';
import { reportRecord } from './alerts.js';
import { WORLD_HTTP } from './http.js';
import { worldLog } from './log.js';
import { loadSeed, storeOpener } from './store.js';
import type { World, WorldOptions } from './types.js';

export { FAST_HTTP, TEST_USER_AGENT } from './http.js';
export type { SeedHistory, StoreKindName } from './store.js';
export type { RecordReport, World, WorldOptions } from './types.js';

/** The fixture site's feed, as a source: fixtures/site holds the December 2023 record article. */
export const FIXTURE_SOURCE_ID = 'techwire';

/** A source's line in a tick's summary. */
export function sourceReport(summary: TickSummary, sourceId: string): SourceReport | undefined {
  return summary.sources.find((r) => r.source === sourceId);
}

/** Starts the parts `opts` asks for and wires them; see WorldOptions. */
export async function createWorld(opts: WorldOptions = {}): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-world-'));
  const dbPath = join(dir, 'world.db');
  const closers: Array<() => Promise<void> | void> = [() => rmSync(dir, { recursive: true, force: true })];
  const started = <T extends { close(): Promise<void> }>(part: T): T => {
    closers.push(() => part.close());
    return part;
  };
  try {
    const fixtureSite = opts.fixtureSite ? started(await startFixtureServer(SITE)) : undefined;
    const newsSite = opts.newsSite ? started(await startNewsSite()) : undefined;
    const faultSite = opts.faultSite ? started(await startFaultSite(opts.faultSite)) : undefined;
    const discord = opts.discord ? started(await startFakeDiscord(opts.discord)) : undefined;
    const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
    const http = createHttpClient({ ...WORLD_HTTP, ...opts.http });
    closers.push(() => http.close());
    const { log, lines } = worldLog(opts.log === 'kept', discord ? [discord.botToken] : []);
    let printed = '';
    const printer = new PassThrough().on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const notifierOption = opts.notifier ?? (discord ? 'discord' : 'stdout');
    const need = <T>(part: T | undefined, option: string): T => {
      if (part === undefined) throw new Error(`this world was built without ${option}`);
      return part;
    };
    const notifier =
      notifierOption === 'stdout'
        ? createStdoutNotifier(printer)
        : notifierOption === 'discord'
          ? createDiscordBotNotifier({
              token: need(discord, '{ discord }').botToken,
              channelId: FAKE_IDS.channel,
              apiUrl: discord!.url,
            })
          : notifierOption;
    const open = await storeOpener(opts.store ?? 'sqlite', dbPath);
    const store = await open();
    let clock = opts.clock ? Date.parse(opts.clock) : Date.now();
    const sources: SourceConfig[] = fixtureSite
      ? [{ id: FIXTURE_SOURCE_ID, outlet: 'TechWire Pakistan', kind: 'rss', url: `${fixtureSite.baseUrl}/feed/` }]
      : [];
    const deps: TickDeps = {
      sources,
      series,
      rule: DEFAULT_RECORD_RULE,
      store,
      http,
      notifier,
      log,
      ...(opts.clock ? { now: () => new Date(clock) } : {}),
      ...(opts.sourceHealth ? { sourceHealth: opts.sourceHealth } : {}),
    };
    closers.push(() => deps.store.close());
    if (opts.seed) await loadSeed(store, series, opts.seed);
    // Sources count as read all along unless the test names them new: their records alert from the first tick.
    const markKnown = async (): Promise<void> => {
      for (const s of deps.sources) if (!opts.newSources?.includes(s.id)) await deps.store.markSourceKnown(s.id);
    };
    await markKnown();
    const byId = new Map(series.map((s) => [s.id, s]));
    // The pipeline hands each alert its series' history; the tests that view alerts add no figures, so it is the seed.
    const histories = new Map(
      await Promise.all(series.map(async (s) => [s.id, await store.monthValues(s.id)] as const)),
    );
    const query = <T>(sql: string): T[] => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    };
    let processed = 0;

    return {
      dir,
      dbPath,
      get store() {
        return deps.store;
      },
      series,
      deps,
      log,
      get fixtureSite() {
        return need(fixtureSite, '{ fixtureSite: true }');
      },
      get newsSite() {
        return need(newsSite, '{ newsSite: true }');
      },
      get faultSite() {
        return need(faultSite, '{ faultSite }');
      },
      get discord() {
        return need(discord, '{ discord }');
      },
      async tick(articles = []) {
        for (const a of articles) {
          need(newsSite, '{ newsSite: true }').publish(a.outlet, a);
          if (deps.sources.some((s) => s.id === a.outlet)) continue;
          deps.sources = [
            ...deps.sources,
            { id: a.outlet, outlet: OUTLETS[a.outlet] ?? a.outlet, kind: 'rss', url: newsSite!.feedUrl(a.outlet) },
          ];
        }
        await markKnown();
        const summary = await runTick(deps);
        processed += summary.articles;
        return summary;
      },
      async restart() {
        await deps.store.close();
        deps.store = await open();
      },
      advance(minutes) {
        clock += minutes * 60_000;
      },
      output: () => printed,
      logLines: lines,
      bot: (extra = {}) => {
        const fake = need(discord, '{ discord }');
        return createDiscordBotNotifier({
          token: fake.botToken,
          channelId: FAKE_IDS.channel,
          apiUrl: fake.url,
          log,
          ...extra,
          rest: fake.restOptions(extra.rest),
        });
      },
      webhook: (extra = {}) => {
        const fake = need(discord, '{ discord }');
        return createDiscordWebhookNotifier({
          webhookUrl: fake.discordWebhookUrl(),
          apiUrl: fake.url,
          log,
          ...extra,
          rest: fake.restOptions(extra.rest),
        });
      },
      deliver(notifier) {
        clock += 24 * 3600_000;
        return deliverDue(deps.store, notifier, series, log, { now: () => new Date(clock) });
      },
      report: (r) => reportRecord(deps.store, r),
      view: (alert) => alertView(alert, byId.get(alert.series), histories.get(alert.series) ?? new Map()),
      health: async (id) => (await deps.store.sourceHealth()).find((h) => h.sourceId === id),
      processed() {
        const [articles] = query<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
        const [observations] = query<{ n: number }>('SELECT COUNT(*) AS n FROM observations');
        return { processed, stored: articles!.n, observations: observations!.n };
      },
      query,
      close: () => closeAll(closers),
    };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

/** Stops parts in the reverse order they started; the temp dir goes last. */
async function closeAll(closers: Array<() => Promise<void> | void>): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close();
}
