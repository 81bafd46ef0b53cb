import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { SeriesConfig } from '../../config.js';
import { csvField } from '../../history/csv.js';
import type { SeriesHistory } from '../../history/types.js';
import { commandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { pickSeries, withStore } from '../store.js';

const CSV_COLUMNS = ['series', 'month', 'value', 'currency', 'basis', 'outlets', 'conflicts', 'new_high', 'alert_id', 'alert_status', 'disputed_claims'];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the monthly history as CSV or JSON (every series, or one)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--series <id>', 'only this series')
    .option('--output <file>', 'write to a file instead of standard output')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
CSV columns: ${CSV_COLUMNS.slice(0, 6).join(', ')},
  ${CSV_COLUMNS.slice(6).join(', ')}.
Values are whole currency units. Outlets and conflicts are separated by "; ",
a conflict written as "value (outlet; outlet)". The CSV imports back with
\`exportwatch history import FILE --series ID\`.

Examples:
  $ exportwatch export > history.csv
  $ exportwatch export --format json --series pk-it-exports --output it.json`)
    .action(async (opts: { format: string; series?: string; output?: string; config?: string }) => {
      if (opts.format !== 'csv' && opts.format !== 'json') {
        process.stderr.write(`exportwatch export: --format must be csv or json, got "${opts.format}"\n`);
        process.exit(EXIT.usage);
      }
      const ctx = commandContext(opts);
      const chosen = pickSeries(ctx.config.series, opts.series, 'export');
      const histories = await withStore(ctx, (store) => Promise.all(chosen.map((s) => store.history(s.id))));
      const text = opts.format === 'csv' ? historyCsv(chosen, histories) : historyJson(chosen, histories);
      if (!opts.output) {
        process.stdout.write(text);
        return;
      }
      try {
        await writeFile(opts.output, text);
      } catch (error) {
        process.stderr.write(`exportwatch export: cannot write ${opts.output}: ${(error as Error).message}\n`);
        process.exit(EXIT.failed);
      }
    });
}

/** One row per series and month. */
export function historyCsv(series: readonly SeriesConfig[], histories: readonly SeriesHistory[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  histories.forEach((h, i) => {
    for (const m of h.months) {
      lines.push([
        h.series, m.month, m.value, series[i]!.currency, m.basis, m.outlets.join('; '),
        m.conflicts.map((c) => `${c.value} (${c.outlets.join('; ')})`).join('; '),
        m.newHigh ? 'yes' : '', m.alert?.id ?? null, m.alert?.status ?? null, m.disputed.length || null,
      ].map(csvField).join(','));
    }
  });
  return `${lines.join('\n')}\n`;
}

function historyJson(series: readonly SeriesConfig[], histories: readonly SeriesHistory[]): string {
  const out = histories.map((h, i) => ({ series: h.series, name: series[i]!.name, currency: series[i]!.currency, months: h.months }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
