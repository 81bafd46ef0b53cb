/** What a world is made of, and what a running one offers a test. */
import type { SeriesConfig, SourceHealthPolicy } from '../../../src/config.js';
import type { FixtureServer } from '../../../src/demo/fixture-server.js';
import type { Logger } from '../../../src/log.js';
import type { DiscordOptions } from '../../../src/notify/discord/index.js';
import type { AlertView, Notifier } from '../../../src/notify/types.js';
import type { DeliverySummary } from '../../../src/pipeline/deliver.js';
import type { TickDeps, TickSummary } from '../../../src/pipeline/tick.js';
import type { HttpOptions } from '../../../src/scrapers/http.js';
import type { Alert, AlertSource } from '../../../src/history/types.js';
import type { SourceHealth, Store } from '../../../src/store/types.js';
import type { FakeDiscord, FakeDiscordOptions } from '../fake-discord/index.js';
import type { FaultSite } from '../fault-server.js';
import type { NewsSite, Published } from '../news-site.js';
import type { SeedHistory, StoreKindName } from './store.js';

/** What a world is made of; every part is off unless asked for. */
export interface WorldOptions {
  /** Where history lives: a SQLite file in the world's temp dir (the default) or a fresh PostgreSQL database. */
  store?: StoreKindName;
  /** History before the test: the shipped seed cut at a month; omit for an empty history. */
  seed?: SeedHistory;
  /** The static site in fixtures/site on 127.0.0.1, its feed a source (`techwire`) from the start. */
  fixtureSite?: boolean;
  /** A news site the test publishes to; an outlet's feed becomes a source when it first publishes (`tick(articles)`). */
  newsSite?: boolean;
  /** A fault-injecting site on this loopback address (e.g. '127.0.0.2'); its routes are the test's to set. */
  faultSite?: string;
  /** A fake Discord with these options. */
  discord?: FakeDiscordOptions;
  /**
   * Where the tick's alerts go: 'discord', a bot on the fake Discord (the default when there is one);
   * 'stdout', the console notifier into `output()` (the default otherwise); or a notifier of the test's.
   */
  notifier?: 'discord' | 'stdout' | Notifier;
  /** Sources whose first tick is a silent baseline; every other source counts as read all along. */
  newSources?: readonly string[];
  /** The HTTP client's options over WORLD_HTTP (every site is on loopback, no delay between requests). */
  http?: Partial<HttpOptions>;
  /** The tick clock starts here and moves only with `advance()`; without it ticks read the real time. */
  clock?: string;
  sourceHealth?: SourceHealthPolicy;
  /** 'kept': log at info into memory, read with `logLines()`; 'silent' (the default) logs nothing. */
  log?: 'silent' | 'kept';
}

/** An article reporting a monthly record, stored straight into the outbox by `report()`. */
export interface RecordReport {
  series?: string;
  month: string;
  value: number;
  previous?: { month: string; value: number } | null;
  historyIncomplete?: boolean;
  source: Partial<AlertSource> & { url: string };
}

/** A running world. Asking for a part it was not built with throws, naming the option. */
export interface World {
  /** The world's temp dir, removed by close(). */
  dir: string;
  /** The SQLite file (a `store: 'sqlite'` world's database). */
  dbPath: string;
  /** The open store (a new one after `restart()`). */
  readonly store: Store;
  series: SeriesConfig[];
  /** What `tick()` runs with; tests may change sources, notifier or clock. */
  deps: TickDeps;
  log: Logger;
  readonly fixtureSite: FixtureServer;
  readonly newsSite: NewsSite;
  readonly faultSite: FaultSite;
  readonly discord: FakeDiscord;
  /** Publishes the articles (adding their outlets as sources), marks sources read before as known, and runs a tick. */
  tick(articles?: readonly Published[]): Promise<TickSummary>;
  /** Closes the store and opens it again, as a restarted worker would. */
  restart(): Promise<void>;
  /** Moves the clock forward. */
  advance(minutes: number): void;
  /** Everything the stdout notifier printed. */
  output(): string;
  /** Every log line so far, parsed (`log: 'kept'`). */
  logLines(): Array<Record<string, unknown>>;
  /** A bot notifier on the fake Discord that draws charts from the store and logs to the world's log. */
  bot(
    extra?: Partial<DiscordOptions> & { channels?: Record<string, string>; token?: string; channelId?: string },
  ): Notifier;
  /** A webhook notifier on the fake Discord, like `bot()`. */
  webhook(extra?: Partial<DiscordOptions> & { webhookUrl?: string }): Notifier;
  /**
   * One pass of the real outbox with a clock one day later than the last pass, so every retry the
   * outbox scheduled (backoff is at most an hour) is due: the tests count faults, not waiting.
   */
  deliver(notifier: Notifier): Promise<DeliverySummary>;
  /** Stores an article reporting a record, which creates (or extends) its alert; returns the alert. */
  report(record: RecordReport): Promise<Alert>;
  /** The alert as a notifier is given it. */
  view(alert: Alert): AlertView;
  /** A source's health as the store keeps it. */
  health(sourceId: string): Promise<SourceHealth | undefined>;
  /** Articles the ticks processed, and rows in the articles and observations tables: equal when none was processed twice. */
  processed(): { processed: number; stored: number; observations: number };
  /** Reads the SQLite file directly, as a person inspecting it would. */
  query<T>(sql: string): T[];
  close(): Promise<void>;
}
