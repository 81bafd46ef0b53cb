import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import { runWorker } from '../../worker/run.js';
import { commandApp, exitWith } from '../context.js';

/** `exportwatch start`: the worker, until SIGINT or SIGTERM. */
export async function start(opts: { config?: string }): Promise<void> {
  const app = await commandApp(opts);
  try {
    await runWorker(app, packageVersion());
  } catch (error) {
    exitWith(error, app.log);
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
