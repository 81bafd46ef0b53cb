import { runTick } from '../../pipeline/tick.js';
import { commandApp, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** `exportwatch run`: one tick; exit 0 when everything was read and delivered, 1 when not. */
export async function runOnce(opts: { config?: string }): Promise<void> {
  const app = await commandApp(opts);
  const { log } = app;
  let deps;
  try {
    deps = await app.tick();
  } catch (error) {
    await app.close().catch(() => undefined);
    exitWith(error, log);
  }
  try {
    const summary = await runTick(deps);
    process.exitCode = summary.failed ? EXIT.failed : EXIT.ok;
  } catch (error) {
    log.fatal({ err: error }, 'tick crashed');
    process.exitCode = EXIT.failed;
  } finally {
    await app.close();
  }
}
