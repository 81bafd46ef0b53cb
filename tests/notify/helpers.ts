import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { alertContext, readSeed } from '../../src/app.js';
import { DEFAULT_CONFIG_FILE, readConfigFile, type SeriesConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import { createDiscordBotNotifier, createDiscordWebhookNotifier, type DiscordOptions } from '../../src/notify/discord.js';
import type { AlertView, Notifier } from '../../src/notify/types.js';
import { deliverDue, type DeliverySummary } from '../../src/pipeline/deliver.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { Alert, AlertSource, Store } from '../../src/store/types.js';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../support/fake-discord/index.js';

/** A fake Discord, a real SQLite store seeded with the shipped history, and a log that is kept for inspection. */
export interface NotifyWorld {
  fake: FakeDiscord;
  store: Store;
  series: SeriesConfig[];
  log: Logger;
  /** Every log line written so far, parsed. */
  logLines(): Array<Record<string, unknown>>;
  bot(extra?: Partial<DiscordOptions> & { channels?: Record<string, string>; token?: string; channelId?: string }): Notifier;
  webhook(extra?: Partial<DiscordOptions> & { webhookUrl?: string }): Notifier;
  /** Stores an article reporting a record, which creates (or extends) its alert; returns the alert. */
  report(record: RecordReport): Promise<Alert>;
  view(alert: Alert): AlertView;
  /**
   * One pass of the real outbox with a clock one day later than the last pass, so every retry the
   * outbox scheduled (backoff is at most an hour) is due: the tests count faults, not waiting.
   */
  deliver(notifier: Notifier): Promise<DeliverySummary>;
  close(): Promise<void>;
}

/** An article reporting a monthly record. */
export interface RecordReport {
  series?: string;
  month: string;
  value: number;
  previous?: { month: string; value: number } | null;
  historyIncomplete?: boolean;
  source: Partial<AlertSource> & { url: string };
}

export async function notifyWorld(opts: { fake?: FakeDiscordOptions; historyUpTo?: string } = {}): Promise<NotifyWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-notify-'));
  const fake = await startFakeDiscord(opts.fake);
  const store = createSqliteStore(join(dir, 'test.db'));
  const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
  for (const s of series) await store.importSeed(s.id, readSeed(s, opts.historyUpTo ?? '2024-03'));
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, next) { lines.push(String(chunk)); next(); } });
  const log = createLogger({ level: 'info', secrets: [fake.botToken], destination: sink, pretty: false });
  const context = alertContext(store, series);
  const names = new Map(series.map((s) => [s.id, s.name]));
  let clock = Date.now();
  return {
    fake, store, series, log,
    logLines: () => lines.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
    bot: (extra = {}) => createDiscordBotNotifier({
      token: fake.botToken, channelId: FAKE_IDS.channel, apiUrl: fake.url, context, log, ...extra, rest: fake.restOptions(extra.rest),
    }),
    webhook: (extra = {}) => createDiscordWebhookNotifier({
      webhookUrl: fake.discordWebhookUrl(), apiUrl: fake.url, context, log, ...extra, rest: fake.restOptions(extra.rest),
    }),
    async report(r) {
      const seriesId = r.series ?? 'pk-it-exports';
      const source = { outlet: 'ProPakistani', title: `IT exports hit a record in ${r.month}`, published: null, ...r.source };
      const draft = { series: seriesId, month: r.month, value: r.value, currency: 'USD', previous: r.previous ?? null, historyIncomplete: r.historyIncomplete ?? false };
      await store.ingestArticle(
        { url: source.url, sourceId: 'test', outlet: source.outlet, title: source.title, published: source.published, contentHash: source.url },
        [],
        () => ({ verdicts: [], records: [draft], known: [] }),
      );
      const alert = (await store.alerts()).find((a) => a.series === seriesId && a.month === r.month);
      if (!alert) throw new Error(`no alert stored for ${seriesId} ${r.month}`);
      return alert;
    },
    view: (alert) => ({ ...alert, seriesName: names.get(alert.series) ?? alert.series }),
    deliver(notifier) {
      clock += 24 * 3600_000;
      return deliverDue(store, notifier, series, log, { now: () => new Date(clock) });
    },
    async close() {
      await store.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The April 2024 record as the press reported it: $310 million, above March 2024's $306 million. */
export const APRIL_2024 = {
  month: '2024-04',
  value: 310_000_000,
  previous: { month: '2024-03', value: 306_000_000 },
} as const;

/** The PNG signature and the image size from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
