import type { Command } from 'commander';

/** `exportwatch series`: its options and help; the handler is loaded when it runs. */
export function registerSeries(program: Command): void {
  program
    .command('series')
    .description('list the configured series with the months the history holds and the current record')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .option('--json', 'print a JSON array instead of the table')
    .addHelpText(
      'after',
      `
A series without seed history starts empty: until its months fill, it alerts
only when an article itself claims a record. Load past months with
\`exportwatch history import FILE.csv --series ID\`.

Examples:
  $ exportwatch series
  $ exportwatch series --json | jq '.[] | select(.monthsHeld == 0) | .id'`,
    )
    .action(async (opts: { config?: string; json?: boolean }) => (await import('../handlers/series.js')).series(opts));
}
