import type { Command } from 'commander';
import type { ChartOpts } from '../handlers/chart.js';

/** `exportwatch chart`: its arguments and help; the handler is loaded when it runs. */
export function registerChart(program: Command): void {
  program
    .command('chart')
    .description('draw the alert chart of a series from the database history as a PNG')
    .argument('<series>', 'series id, e.g. pk-it-exports')
    .requiredOption('--out <file>', 'where to write the PNG')
    .option('--month <YYYY-MM>', "the record month to draw (default: the series' latest alert, else its highest month)")
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
The picture is the one attached to alerts: the 24 months up to the record, the
record highlighted, the previous record marked. It is drawn with the font
shipped in assets/fonts, so it looks the same on a server without fonts.

Examples:
  $ exportwatch chart pk-it-exports --out chart.png
  $ exportwatch chart pk-it-exports --month 2024-04 --out april-2024.png`,
    )
    .action(async (seriesId: string, opts: ChartOpts) => (await import('../handlers/chart.js')).chart(seriesId, opts));
}
