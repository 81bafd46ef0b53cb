import { runTick, type TickSummary } from '../../pipeline/tick.js';
import { sourceCounts, tickRecord } from '../../pipeline/tick-summary.js';
import { commandApp, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** `exportwatch run`: one tick; exit 0 when everything was read and delivered, 1 when not. */
export async function runOnce(opts: { config?: string; force?: boolean }): Promise<void> {
  const app = await commandApp(opts);
  const { log } = app;
  let deps;
  try {
    // One worker per SQLite database: `run` beside a running `start` would deliver from the same outbox.
    await app.lockAsWorker();
    deps = await app.tick();
  } catch (error) {
    await app.close().catch(() => undefined);
    exitWith(error, app);
  }
  const startedAt = new Date();
  try {
    const summary = await runTick({ ...deps, force: opts.force === true });
    await deps.store
      .recordTick(tickRecord(summary, { startedAt, finishedAt: new Date(), reason: opts.force ? 'forced' : 'run' }))
      .catch((error: unknown) => log.warn({ err: error }, 'tick not kept in the journal'));
    explainNothingDue(summary);
    process.exitCode = summary.failed ? EXIT.failed : EXIT.ok;
  } catch (error) {
    log.fatal({ err: error }, 'tick crashed');
    process.exitCode = EXIT.failed;
  } finally {
    await app.close();
  }
}

// A run that read nothing because nothing was due looks like a failure with no reason; say what happened.
function explainNothingDue(summary: TickSummary): void {
  const c = sourceCounts(summary.sources);
  if (c.sources === 0 || c.read + c.failed > 0) return;
  process.stderr.write(
    `exportwatch run: no source was due (${c.notDue} waiting for their interval, ${c.backingOff} backing off after failures); \`exportwatch run --force\` reads them now, \`exportwatch sources --retry --all\` clears the backoff\n`,
  );
}
