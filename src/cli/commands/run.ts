import type { Command } from 'commander';
import { closeTickDeps, createTickDeps } from '../../app.js';
import { runTick } from '../../pipeline/tick.js';
import { commandContext, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run one tick now (read sources, store figures, deliver record alerts), then exit')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
Exit codes: 0 every source read and every alert delivered; 1 a source failed or an alert is undelivered; 2 bad configuration.

Example:
  $ exportwatch run --config ./config/exportwatch.json`)
    .action(async (opts: { config?: string }) => {
      const { config, log } = commandContext(opts);
      try {
        const deps = await createTickDeps(config, log);
        const summary = await runTick(deps);
        await closeTickDeps(deps);
        process.exitCode = summary.failed ? EXIT.failed : EXIT.ok;
      } catch (error) {
        exitWith(error);
      }
    });
}
