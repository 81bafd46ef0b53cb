import { writeFile } from 'node:fs/promises';
import type { SeriesConfig } from '../../config.js';
import { csvField } from '../../history/csv.js';
import type { SeriesHistory } from '../../history/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { CSV_COLUMNS } from '../export-columns.js';
import { pickSeries } from '../series.js';

/** Options of `exportwatch export`. */
export interface ExportOpts {
  format: string;
  series?: string;
  output?: string;
  config?: string;
}

/** `exportwatch export`: the monthly history as CSV or JSON, to standard output or a file. */
export async function exportHistory(opts: ExportOpts): Promise<void> {
  if (opts.format !== 'csv' && opts.format !== 'json') {
    process.stderr.write(`exportwatch export: --format must be csv or json, got "${opts.format}"\n`);
    process.exit(EXIT.usage);
  }
  const app = await commandApp(opts);
  const chosen = pickSeries(app.config.series, opts.series, 'export');
  const histories = await using(app, async () => {
    const store = await app.store();
    return Promise.all(chosen.map((s) => store.history(s.id)));
  });
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
}

/** One row per series and month. */
export function historyCsv(series: readonly SeriesConfig[], histories: readonly SeriesHistory[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  histories.forEach((h, i) => {
    for (const m of h.months) {
      lines.push(
        [
          h.series,
          m.month,
          m.value,
          series[i]!.currency,
          m.basis,
          m.outlets.join('; '),
          m.conflicts.map((c) => `${c.value} (${c.outlets.join('; ')})`).join('; '),
          m.newHigh ? 'yes' : '',
          m.alert?.id ?? null,
          m.alert?.status ?? null,
          m.disputed.length || null,
        ]
          .map(csvField)
          .join(','),
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

function historyJson(series: readonly SeriesConfig[], histories: readonly SeriesHistory[]): string {
  const out = histories.map((h, i) => ({
    series: h.series,
    name: series[i]!.name,
    currency: series[i]!.currency,
    months: h.months,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
