/**
 * `exportwatch start` as a real child process, stopped with real signals, reading a local feed whose
 * answers the test holds back to catch the worker in the middle of a tick.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startGatedFeed, type GatedFeed } from '../support/gated-feed.js';
import { msg, startWorkerProcess, type WorkerProcess } from '../support/worker.js';

let feed: GatedFeed;
let worker: WorkerProcess;
afterEach(async () => {
  feed?.open();
  await worker?.cleanUp();
  await feed?.close();
});

// Once a year: only the start-up tick runs during a test.
const RARELY = '0 0 1 1 *';

function startWorker(env: Record<string, string>): WorkerProcess {
  return startWorkerProcess({ sources: [{ id: 'gated', outlet: 'Gated', kind: 'rss', url: feed.url }], env });
}

const finished = (tick: number) => msg('tick finished', { tick });

describe('exportwatch start', () => {
  it('ticks at start-up and then on the schedule, never two ticks at once', async () => {
    // Every second, with the start-up tick held until the schedule has fired while it runs.
    feed = await startGatedFeed();
    worker = startWorker({ SCHEDULE: '* * * * * *' });
    await worker.waitForLog(
      (l) => /still running|overlap prevention/.test(String(l.msg)),
      'a scheduled tick skipped during the start-up tick',
    );
    feed.open();

    await worker.waitForLog(finished(1), 'start-up tick');
    await worker.waitForLog(finished(2), 'scheduled tick');
    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);

    expect(feed.maxConcurrent).toBe(1);
    const skips = worker.logs.filter((l) => /still running|overlap prevention/.test(String(l.msg)));
    expect(skips.length).toBeGreaterThan(0);
    expect(worker.logs.find(msg('worker started'))).toMatchObject({
      schedule: '* * * * * *',
      timezone: 'Asia/Karachi',
    });
  });

  it('on SIGTERM lets the running tick finish, closes the database and exits 0', async () => {
    feed = await startGatedFeed();
    worker = startWorker({ SCHEDULE: RARELY });
    await feed.requested();

    worker.signal('SIGTERM');
    await worker.waitForLog(msg('stopping: waiting for the running tick'), 'stopping line');
    feed.open();

    expect((await worker.exited).code).toBe(0);
    const order = ['stopping: waiting for the running tick', 'tick finished', 'stopped'].map((m) =>
      worker.logs.findIndex(msg(m)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(worker.logs.find(finished(1))).toMatchObject({ sources: 1, failedSources: 0 });
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(worker.dbPath)).toBe(true);
    expect(existsSync(`${worker.dbPath}-wal`)).toBe(false);
  });

  it('exits 1 and says so when the running tick outlasts SHUTDOWN_TIMEOUT', async () => {
    feed = await startGatedFeed();
    worker = startWorker({ SCHEDULE: RARELY, SHUTDOWN_TIMEOUT: '300ms' });
    await feed.requested();

    worker.signal('SIGTERM');

    expect((await worker.exited).code).toBe(1);
    expect(
      worker.logs.find(msg('stopped without the running tick: it did not finish within SHUTDOWN_TIMEOUT')),
    ).toMatchObject({ waitedMs: 300 });
    expect(worker.logs.some(msg('tick finished'))).toBe(false);
  });

  it('exits at once on a second SIGINT while waiting for the tick', async () => {
    feed = await startGatedFeed();
    worker = startWorker({ SCHEDULE: RARELY });
    await feed.requested();

    worker.signal('SIGINT');
    await worker.waitForLog(msg('stopping: waiting for the running tick'), 'stopping line');
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

  it('warns when HEALTH_MAX_TICK_AGE is not longer than the time between scheduled ticks', async () => {
    feed = await startGatedFeed({ holdMs: 0 });
    worker = startWorker({ SCHEDULE: '0 */3 * * *', HEALTH_MAX_TICK_AGE: '2h' });
    const warning = await worker.waitForLog(
      (l) => String(l.msg).startsWith('HEALTH_MAX_TICK_AGE is not longer'),
      'warning',
    );
    expect(warning).toMatchObject({ healthMaxTickAgeMs: 7_200_000, scheduleGapMs: 10_800_000 });
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
    worker = startWorker({ SCHEDULE: `* * ${hour},${(hour + 1) % 24} * * *`, TIMEZONE: 'Asia/Karachi' });

    await worker.waitForLog(finished(2), 'scheduled tick');
    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);
  });

  it('refuses an unknown TIMEZONE before reading anything, naming the key', async () => {
    feed = await startGatedFeed({ holdMs: 0 });
    worker = startWorker({ TIMEZONE: 'Mars/Olympus_Mons' });
    expect((await worker.exited).code).toBe(2);
    expect(worker.logs.map((l) => l.msg).join('\n')).toMatch(/TIMEZONE: "Mars\/Olympus_Mons" is not an IANA time zone/);
    expect(feed.requests).toBe(0);
  });
});
