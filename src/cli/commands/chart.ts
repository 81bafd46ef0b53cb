import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { seedNewSeries } from '../../app.js';
import { renderChart } from '../../notify/chart/render.js';
import { alertFacts } from '../../notify/facts.js';
import { moneyLabel } from '../../notify/format.js';
import { monthLabel } from '../../calendar/months.js';
import { viewFromHistory } from '../../notify/sample.js';
import type { AlertView } from '../../notify/types.js';
import { openStore as openDatabaseStore } from '../../store/index.js';
import { commandContext, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

interface ChartOpts {
  out: string;
  month?: string;
  config?: string;
}

export function registerChart(program: Command): void {
  program
    .command('chart')
    .description('draw the alert chart of a series from the database history as a PNG')
    .argument('<series>', 'series id, e.g. pk-it-exports')
    .requiredOption('--out <file>', 'where to write the PNG')
    .option('--month <YYYY-MM>', "the record month to draw (default: the series' latest alert, else its highest month)")
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
The picture is the one attached to alerts: the 24 months up to the record, the
record highlighted, the previous record marked. It is drawn with the font
shipped in assets/fonts, so it looks the same on a server without fonts.

Examples:
  $ exportwatch chart pk-it-exports --out chart.png
  $ exportwatch chart pk-it-exports --month 2024-04 --out april-2024.png`)
    .action(async (seriesId: string, opts: ChartOpts) => {
      const { config, log } = commandContext(opts);
      const series = config.series.find((s) => s.id === seriesId);
      if (!series) {
        process.stderr.write(`exportwatch chart: unknown series "${seriesId}"; the config tracks: ${config.series.map((s) => s.id).join(', ')}\n`);
        process.exit(EXIT.usage);
      }
      if (opts.month !== undefined && !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(opts.month)) {
        process.stderr.write(`exportwatch chart: --month must be YYYY-MM, got "${opts.month}"\n`);
        process.exit(EXIT.usage);
      }
      try {
        const store = await openDatabaseStore(config.database, { minConfidence: config.minConfidence });
        await seedNewSeries(store, [series], log);
        const history = await store.monthValues(series.id);
        const alert = (await store.alerts())
          .filter((a) => a.series === series.id && (opts.month === undefined || a.month === opts.month))
          .sort((a, b) => a.month.localeCompare(b.month))
          .at(-1);
        await store.close();
        const view: AlertView | null = alert ? { ...alert, seriesName: series.name } : viewFromHistory(series, history, { month: opts.month });
        if (!view) {
          const what = opts.month ? `no value for ${opts.month}` : 'no history';
          process.stderr.write(`exportwatch chart: ${series.id} has ${what} in ${config.databasePath}; run \`exportwatch run\` or load history first\n`);
          process.exit(EXIT.failed);
        }
        const image = await renderChart(alertFacts(view, history, series.fiscalYearStartMonth).chart);
        writeFileSync(opts.out, image.png);
        const previous = view.previous ? `, previous record ${moneyLabel(view.previous.value, view.currency)} in ${monthLabel(view.previous.month)}` : '';
        process.stdout.write(
          `Wrote ${opts.out} (${image.width}×${image.height}, ${Math.round(image.png.length / 1024)} KB): ${series.name}, ${moneyLabel(view.value, view.currency)} in ${monthLabel(view.month)}${previous}.\n`,
        );
      } catch (error) {
        exitWith(error);
      }
    });
}
