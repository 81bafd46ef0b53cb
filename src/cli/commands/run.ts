import type { Command } from 'commander';

/** `exportwatch run`: its options and help; the handler is loaded when it runs. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run one tick now (read sources, store figures, deliver record alerts), then exit')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
Exit codes: 0 every source read and every alert delivered; 1 a source failed,
an alert is undelivered or the database could not be opened; 2 bad
configuration.

Examples:
  $ exportwatch run
  $ exportwatch run --config ./config/exportwatch.json && echo "all read"`,
    )
    .action(async (opts: { config?: string }) => (await import('../handlers/run.js')).runOnce(opts));
}
