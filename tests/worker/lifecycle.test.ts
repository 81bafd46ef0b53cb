/**
 * `exportwatch start` as a real child process, stopped with real signals, reading a local feed whose
 * answers the test holds back to catch the worker in the middle of a tick.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { startGatedFeed, type GatedFeed } from '../support/gated-feed.js';
import { recordStory, startNewsSite, type NewsSite } from '../support/news-site.js';
import { waitFor } from '../support/replicas.js';
import { msg, startWorkerProcess, type WorkerProcess } from '../support/worker.js';

let feed: GatedFeed | undefined;
let site: NewsSite | undefined;
let discord: FakeDiscord | undefined;
let worker: WorkerProcess;
afterEach(async () => {
  feed?.open();
  await worker?.cleanUp();
  await feed?.close();
  await site?.close();
  await discord?.close();
  [feed, site, discord] = [undefined, undefined, undefined];
});

// Once a year: only the start-up tick reads the source during a test.
const RARELY = '0 0 1 1 *';
// The worker looks for due sources every second, so a test sees its scheduled reads within seconds.
const EVERY_SECOND = { polling: { checkSeconds: 1 } };

function startWorker(env: Record<string, string>, config: Record<string, unknown> = {}): WorkerProcess {
  return startWorkerProcess({
    sources: [{ id: 'gated', outlet: 'Gated', kind: 'rss', url: feed!.url }],
    env,
    config,
  });
}

/**
 * A worker whose tick is posting a record to a Discord that holds the post: a tick that cannot end at once,
 * whatever its reads do.
 */
async function startWorkerPosting(env: Record<string, string>): Promise<WorkerProcess> {
  site = await startNewsSite();
  discord = await startFakeDiscord({ botToken: 'lifecycle-bot-token-0123456789' });
  discord.fail({ kind: 'slow', route: 'create', delayMs: 60_000 });
  const w = startWorkerProcess({
    sources: [{ id: 'dawn', outlet: 'Dawn', kind: 'rss', url: site.feedUrl('dawn') }],
    env: {
      SCHEDULE: '* * * * * *',
      DISCORD_TOKEN: 'lifecycle-bot-token-0123456789',
      DISCORD_CHANNEL_ID: FAKE_IDS.channel,
      DISCORD_API_URL: discord.url,
      ...env,
    },
    config: EVERY_SECOND,
  });
  // The first read is the source's baseline; the record comes after it.
  await w.waitForLog(msg('first read of a new source: stored as baseline, no alerts'), 'baseline read');
  site.publish('dawn', recordStory('2026-10', 460));
  const fake = discord;
  await waitFor('the post to reach Discord', () => fake.requests.some((r) => r.route === 'create'), 20_000);
  return w;
}

const finished = (tick: number) => msg('tick finished', { tick });
const STOPPING = 'stopping: the running tick stops its reads and finishes what it fetched';

describe('exportwatch start', () => {
  it('ticks at start-up and then on the schedule, never two ticks at once', async () => {
    // Every second, with the start-up tick held until the schedule has fired while it runs.
    feed = await startGatedFeed();
    worker = startWorker({ SCHEDULE: '* * * * * *' }, EVERY_SECOND);
    await worker.waitForLog(
      (l) => /still running|overlap prevention/.test(String(l.msg)),
      'a scheduled tick skipped during the start-up tick',
    );
    feed!.open();

    await worker.waitForLog(finished(1), 'start-up tick');
    await worker.waitForLog(finished(2), 'scheduled tick');
    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);

    expect(feed!.maxConcurrent).toBe(1);
    const skips = worker.logs.filter((l) => /still running|overlap prevention/.test(String(l.msg)));
    expect(skips.length).toBeGreaterThan(0);
    expect(worker.logs.find(msg('worker started'))).toMatchObject({
      schedule: '* * * * * *',
      timezone: 'Asia/Karachi',
    });
  });

  it('on SIGTERM stops the running tick without waiting for a site that does not answer, closes the database and exits 0', async () => {
    feed = await startGatedFeed();
    worker = startWorker({ SCHEDULE: RARELY });
    await feed.requested();

    // The feed is never answered: the tick gives up its read rather than wait for it.
    worker.signal('SIGTERM');

    expect((await worker.exited).code).toBe(0);
    const order = [STOPPING, 'tick finished', 'stopped'].map((m) => worker.logs.findIndex(msg(m)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Nothing about the source was recorded: it was not read, and it is not failing.
    expect(worker.logs.find(finished(1))).toMatchObject({ sources: 1, stopped: 1, failedSources: 0 });
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(worker.dbPath)).toBe(true);
    expect(existsSync(`${worker.dbPath}-wal`)).toBe(false);
  });

  it('exits 1 and says so when a post in flight outlasts SHUTDOWN_TIMEOUT', async () => {
    worker = await startWorkerPosting({ SHUTDOWN_TIMEOUT: '300ms' });

    worker.signal('SIGTERM');

    expect((await worker.exited).code).toBe(1);
    expect(
      worker.logs.find(msg('stopped without the running tick: it did not finish within SHUTDOWN_TIMEOUT')),
    ).toMatchObject({ waitedMs: 300 });
    // The tick holding the post never finished (the baseline tick before it did).
    const stopping = worker.logs.findIndex(msg(STOPPING));
    expect(stopping).toBeGreaterThan(0);
    expect(worker.logs.slice(stopping).some(msg('tick finished'))).toBe(false);
  });

  it('exits at once on a second SIGINT while waiting for the tick', async () => {
    worker = await startWorkerPosting({});

    worker.signal('SIGINT');
    await worker.waitForLog(msg(STOPPING), 'stopping line');
    worker.signal('SIGINT');

    expect((await worker.exited).code).toBe(1);
    expect(worker.logs.some(msg('second signal: exiting now without waiting for the running tick'))).toBe(true);
  });

  it('stops at once with exit 0 on SIGINT between ticks', async () => {
    feed = await startGatedFeed({ holdMs: 0 });
    worker = startWorker({ SCHEDULE: RARELY });
    await worker.waitForLog(finished(1), 'start-up tick');

    worker.signal('SIGINT');

    expect((await worker.exited).code).toBe(0);
    expect(worker.logs.find(msg('stopping'))).toMatchObject({ signal: 'SIGINT', waitMs: 0 });
    expect(worker.logs.some(msg('stopped'))).toBe(true);
  });

  it('warns when HEALTH_MAX_TICK_AGE is not longer than the time between ticks', async () => {
    feed = await startGatedFeed({ holdMs: 0 });
    // Ticks look for due sources every 30 s (polling.checkSeconds), whatever the schedule.
    worker = startWorker({ SCHEDULE: '0 */3 * * *', HEALTH_MAX_TICK_AGE: '20s' });
    const warning = await worker.waitForLog(
      (l) => String(l.msg).startsWith('HEALTH_MAX_TICK_AGE is not longer'),
      'warning',
    );
    expect(warning).toMatchObject({ healthMaxTickAgeMs: 20_000, scheduleGapMs: 30_000 });
  });

  it('reads the schedule in TIMEZONE', async () => {
    // Every second, but only in this hour and the next one on Karachi's clock (UTC+5, no DST), which
    // are never the current UTC hours: a schedule read in UTC would not fire during the test.
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Asia/Karachi' }).format(
        new Date(),
      ),
    );
    feed = await startGatedFeed({ holdMs: 0 });
    worker = startWorker({ SCHEDULE: `* * ${hour},${(hour + 1) % 24} * * *`, TIMEZONE: 'Asia/Karachi' }, EVERY_SECOND);

    // The source is due again at the schedule's next slot: a second later, on Karachi's clock.
    await worker.waitForLog(msg('tick finished', { tick: 2, read: 1 }), 'a scheduled read');
    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);
  });

  it('refuses an unknown TIMEZONE before reading anything, naming the key', async () => {
    feed = await startGatedFeed({ holdMs: 0 });
    worker = startWorker({ TIMEZONE: 'Mars/Olympus_Mons' });
    expect((await worker.exited).code).toBe(2);
    expect(worker.logs.map((l) => l.msg).join('\n')).toMatch(/TIMEZONE: "Mars\/Olympus_Mons" is not an IANA time zone/);
    expect(feed!.requests).toBe(0);
  });
});
