/**
 * One worker per SQLite database: a second `exportwatch start`, or `exportwatch run` beside a worker, would deliver
 * from the same outbox and could take the first one's post in flight for an interrupted one and post it again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startGatedFeed, type GatedFeed } from '../support/gated-feed.js';
import { msg, startWorkerProcess, type WorkerProcess } from '../support/worker.js';

let feed: GatedFeed;
const started: WorkerProcess[] = [];
afterEach(async () => {
  feed?.open();
  for (const w of started.splice(0)) await w.cleanUp();
  await feed?.close();
});

// Once a year: only the start-up tick runs during a test.
const RARELY = '0 0 1 1 *';

function launch(opts: { command?: string; env?: Record<string, string> } = {}): WorkerProcess {
  const w = startWorkerProcess({
    command: opts.command,
    sources: [{ id: 'gated', outlet: 'Gated', kind: 'rss', url: feed.url }],
    env: { SCHEDULE: RARELY, ...opts.env },
  });
  started.push(w);
  return w;
}

const IN_USE = /database error: database \S+worker\.db is in use by another exportwatch worker/;

/** Whether the process exits (and how) before it logs that it started working. */
async function fate(w: WorkerProcess, working: string): Promise<number | null | 'working'> {
  return Promise.race([
    w.exited.then((e) => e.code),
    w.waitForLog(msg(working), working).then(
      () => 'working' as const,
      () => null,
    ),
  ]);
}

describe('one worker per SQLite database', () => {
  it('refuses a second `exportwatch start` on the same file with a clear message, and the first keeps ticking', async () => {
    feed = await startGatedFeed();
    const first = launch();
    await feed.requested();

    const second = launch({ env: { DATABASE_PATH: first.dbPath } });

    expect(await fate(second, 'worker started')).toBe(1);
    expect(second.logs.map((l) => l.msg).join('\n')).toMatch(IN_USE);
    expect(feed.requests).toBe(1);
    feed.open();
    await first.waitForLog(msg('tick finished', { tick: 1 }), 'the first worker finishing its tick');
    first.signal('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });

  it('refuses `exportwatch run` while a worker holds the file, and runs once it has stopped', async () => {
    feed = await startGatedFeed({ holdMs: 0 });
    const worker = launch();
    await worker.waitForLog(msg('tick finished', { tick: 1 }), 'start-up tick');

    const refused = launch({ command: 'run', env: { DATABASE_PATH: worker.dbPath } });
    expect(await fate(refused, 'tick finished')).toBe(1);
    expect(refused.logs.map((l) => l.msg).join('\n')).toMatch(IN_USE);

    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    const run = launch({ command: 'run', env: { DATABASE_PATH: worker.dbPath } });
    expect((await run.exited).code).toBe(0);
  });
});
