import { runWorker } from '../../worker/run.js';
import { commandApp, exitWith } from '../context.js';
import { packageVersion } from '../version.js';

/** `exportwatch start`: the worker, until SIGINT or SIGTERM. */
export async function start(opts: { config?: string }): Promise<void> {
  const app = await commandApp(opts);
  try {
    await runWorker(app, packageVersion());
  } catch (error) {
    exitWith(error, app);
  }
}
