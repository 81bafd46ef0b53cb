import type { Command } from 'commander';
import { CSV_COLUMNS } from '../export-columns.js';
import type { ExportOpts } from '../handlers/export.js';

/** `exportwatch export`: its options and help; the handler is loaded when it runs. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the monthly history as CSV or JSON (every series, or one)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--series <id>', 'only this series')
    .option('--output <file>', 'write to a file instead of standard output')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
CSV columns: ${CSV_COLUMNS.slice(0, 6).join(', ')},
  ${CSV_COLUMNS.slice(6).join(', ')}.
Values are whole currency units. Outlets and conflicts are separated by "; ",
a conflict written as "value (outlet; outlet)". The CSV imports back with
\`exportwatch history import FILE --series ID\`.

Examples:
  $ exportwatch export > history.csv
  $ exportwatch export --format json --series pk-it-exports --output it.json`,
    )
    .action(async (opts: ExportOpts) => (await import('../handlers/export.js')).exportHistory(opts));
}
