import { closeTickDeps, createTickDeps } from '../../app.js';
import { runTick, type TickDeps } from '../../pipeline/tick.js';
import { commandContext, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** `exportwatch run`: one tick; exit 0 when everything was read and delivered, 1 when not. */
export async function runOnce(opts: { config?: string }): Promise<void> {
  const { config, log } = commandContext(opts);
  let deps: TickDeps;
  try {
    deps = await createTickDeps(config, log);
  } catch (error) {
    exitWith(error, log);
  }
  try {
    const summary = await runTick(deps);
    process.exitCode = summary.failed ? EXIT.failed : EXIT.ok;
  } catch (error) {
    log.fatal({ err: error }, 'tick crashed');
    process.exitCode = EXIT.failed;
  } finally {
    await closeTickDeps(deps);
  }
}
