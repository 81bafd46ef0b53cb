import type { Command } from 'commander';

/** `exportwatch history` and `history import`: their arguments and help; the handlers load when they run. */
export function registerHistory(program: Command): void {
  const history = program
    .command('history')
    .description('print the monthly history of a series (every series when none is named); `history import` loads more')
    .argument('[series]', 'series id, e.g. pk-it-exports')
    .option('--json', 'print the history as JSON instead of a table')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
Columns: the month's value; where it came from (seed, or the strongest role an
article gave it: reported, previous-record, comparison); the outlets that agree;
RECORD: "new high" when the month beat every earlier one, or the alert made for
it and its delivery state; NOTES: other values outlets gave (conflicts) and
record claims the history did not bear out (disputed).

Examples:
  $ exportwatch history pk-it-exports
  $ exportwatch history --json | jq '.[0].months[-1]'
  $ exportwatch history import ./more-months.csv --series pk-it-exports`,
    )
    .action(async (seriesId: string | undefined, opts: { json?: boolean; config?: string }) =>
      (await import('../handlers/history.js')).showHistory(seriesId, opts),
    );

  history
    .command('import')
    .description("load monthly values from a CSV file (month,usd[,note]) into a series' history")
    .argument('<file>', 'CSV with a header naming "month" and "usd" or "value"; `exportwatch export` output works too')
    .requiredOption('--series <id>', 'series the values belong to')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
Months already imported are replaced; observed figures stay and still vote on
each month's value.
Exit codes: 0 imported; 2 unknown series; 3 the file cannot be read or is not
history CSV.

Examples:
  $ exportwatch history import ./more-months.csv --series pk-it-exports
  $ exportwatch export --series pk-it-exports > it.csv
  $ exportwatch history import it.csv --series pk-it-exports`,
    )
    .action(async (file: string, opts: { series: string; config?: string }) =>
      (await import('../handlers/history.js')).importHistory(file, opts),
    );
}
