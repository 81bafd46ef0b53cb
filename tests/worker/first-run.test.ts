/**
 * A first run that explains itself: `exportwatch start` on a machine whose sources cannot be reached
 * says so in a few true lines, with the time of the next read, and keeps stack traces for debug.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { SITE } from '../support/paths.js';
import { msg, startWorkerProcess, type LogLine, type WorkerProcess } from '../support/worker.js';

let worker: WorkerProcess;
let site: FixtureServer | undefined;
afterEach(async () => {
  await worker?.cleanUp();
  await site?.close();
  site = undefined;
});

/** A port on 127.0.0.1 that nothing listens on: connecting is refused, as with no network at all. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

const unreachable = async (id: string) => ({
  id,
  outlet: id,
  kind: 'rss' as const,
  url: `http://127.0.0.1:${await closedPort()}/feed/`,
});
const INFO = 30;
// Once a year: only the start-up tick runs during a test.
const RARELY = '0 0 1 1 *';
// The schedule is the outer bound of each source's cadence: every source is read again by its next slot.
const BY_NEXT_SLOT = /every source by (?:1 Jan (?:\d{4} )?)?00:00 GMT\+5$/;

describe('the first run of exportwatch start', () => {
  it('says in one summary line that nothing could be reached, and when it tries again', async () => {
    const sources = [await unreachable('one'), await unreachable('two'), await unreachable('three')];
    worker = startWorkerProcess({ sources, env: { LOG_LEVEL: 'info', SCHEDULE: RARELY } });
    const summary = await worker.waitForLog(msg('tick finished'), 'the summary line');

    expect(summary.level).toBe(INFO);
    // The next read is the first failed source's next try, minutes away.
    expect(summary.summary).toMatch(
      /^3 sources: 0 read, 3 failed \(network unreachable\?\); next read \d\d:\d\d GMT\+5$/,
    );
    const atStart = worker.logs.find(msg('next tick'));
    expect(atStart?.summary).toMatch(/^first tick now; then each source as it falls due, /);
    expect(atStart?.summary).toMatch(BY_NEXT_SLOT);
    // Each source says once, in a line, why it failed; no stack trace below debug.
    const failures = worker.logs.filter(msg('source failed'));
    expect(failures.map((l) => l.summary)).toEqual(
      expect.arrayContaining(
        ['one', 'two', 'three'].map((id) =>
          expect.stringMatching(new RegExp(`^${id} failed: .*connection refused.*; next try `)),
        ),
      ),
    );
    expect(worker.logs.filter((l: LogLine) => JSON.stringify(l).includes('    at '))).toEqual([]);
    expect(worker.logs.length).toBeLessThanOrEqual(8);
  });

  it('blames no network when some source was read', async () => {
    site = await startFixtureServer(SITE);
    const sources = [
      await unreachable('gone'),
      { id: 'techwire', outlet: 'TechWire Pakistan', kind: 'rss' as const, url: `${site.baseUrl}/feed/` },
    ];
    worker = startWorkerProcess({ sources, env: { LOG_LEVEL: 'info', SCHEDULE: RARELY } });
    const summary = await worker.waitForLog(msg('tick finished'), 'the summary line');
    expect(summary.summary).toMatch(/^2 sources: 1 read, 1 failed; 2 new articles; next read /);
  });

  it('keeps the stack trace of a failure for LOG_LEVEL=debug', async () => {
    worker = startWorkerProcess({ sources: [await unreachable('one')], env: { LOG_LEVEL: 'debug', SCHEDULE: RARELY } });
    const detail = await worker.waitForLog(msg('source failure in detail'), 'the failure in detail');
    expect(detail).toMatchObject({ source: 'one', err: { stack: expect.stringContaining('    at ') } });
  });
});
