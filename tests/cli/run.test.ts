/** `exportwatch run`: one tick, and an exit code a cron job or a person can act on. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { SITE } from '../support/paths.js';
import { msg, startWorkerProcess, type WorkerProcess } from '../support/worker.js';

let site: FixtureServer;
let run: WorkerProcess;
afterEach(async () => {
  await run?.cleanUp();
  await site?.close();
});

const techwire = () => ({
  id: 'techwire',
  outlet: 'TechWire Pakistan',
  kind: 'rss' as const,
  url: `${site.baseUrl}/feed/`,
});

describe('exportwatch run', () => {
  it('exits 0 when every source was read and no alert is left undelivered, logging one summary line', async () => {
    site = await startFixtureServer(SITE);
    run = startWorkerProcess({ command: 'run', sources: [techwire()] });
    expect((await run.exited).code).toBe(0);
    const summaries = run.logs.filter(msg('tick finished'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ sources: 1, unchanged: 0, failedSources: 0, articles: 2, alertsFailed: 0 });
    expect(summaries[0]!.figures).toBeGreaterThan(0);
  });

  it('exits 1 when a source could not be read, after reading the others', async () => {
    site = await startFixtureServer(SITE);
    run = startWorkerProcess({
      command: 'run',
      sources: [{ ...techwire(), id: 'gone', url: `${site.baseUrl}/no-such-feed/` }, techwire()],
    });
    expect((await run.exited).code).toBe(1);
    expect(run.logs.find(msg('source failed'))).toMatchObject({
      source: 'gone',
      reason: expect.stringContaining('HTTP 404'),
    });
    expect(run.logs.find(msg('tick finished'))).toMatchObject({ sources: 2, failedSources: 1, articles: 2 });
  });

  it('exits 1 and names the file when the database cannot be opened', async () => {
    site = await startFixtureServer(SITE);
    // The working directory itself: a directory where the database file should be.
    run = startWorkerProcess({ command: 'run', sources: [techwire()], env: { DATABASE_PATH: '.' } });
    expect((await run.exited).code).toBe(1);
    expect(run.logs.map((l) => l.msg).join('\n')).toContain('database error: cannot open database .');
  });

  it('says why nothing was read when no source was due, and reads them all with --force', async () => {
    site = await startFixtureServer(SITE);
    const interval = { ...techwire(), intervalMinutes: 120 };
    run = startWorkerProcess({ command: 'run', sources: [interval] });
    expect((await run.exited).code).toBe(0);
    const { dbPath } = run;

    // Not due is not a failure (exit 0); a source backing off after failures would be (exit 1).
    const again = startWorkerProcess({ command: 'run', sources: [interval], env: { DATABASE_PATH: dbPath } });
    expect((await again.exited).code).toBe(0);
    expect(again.logs.find(msg('tick finished'))).toMatchObject({
      summary: expect.stringMatching(/^1 source: 0 read, 0 failed, 1 not due; next read \d\d:\d\d GMT\+5$/),
    });
    const said = again.logs.filter((l) => l.raw).map((l) => String(l.msg));
    expect(said.join('\n')).toContain('exportwatch run: no source was due (1 waiting for their interval');
    expect(said.join('\n')).toContain('`exportwatch run --force` reads them now');
    await again.cleanUp();

    const forced = startWorkerProcess({
      command: 'run',
      sources: [interval],
      env: { DATABASE_PATH: dbPath },
      args: ['--force'],
    });
    expect((await forced.exited).code).toBe(0);
    expect(forced.logs.find(msg('tick finished'))?.summary).toMatch(
      /^1 source: 1 read( \(1 unchanged\))?, 0 failed; next read \d\d:\d\d GMT\+5$/,
    );
    await forced.cleanUp();
  });
});
