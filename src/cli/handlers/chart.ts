import { writeFileSync } from 'node:fs';
import type { App } from '../../app/index.js';
import { monthLabel } from '../../calendar/months.js';
import type { SeriesConfig } from '../../config.js';
import { renderChart } from '../../notify/chart/render.js';
import { alertFacts } from '../../notify/facts.js';
import { moneyLabel } from '../../notify/format.js';
import { viewFromHistory } from '../../notify/sample.js';
import type { AlertView } from '../../notify/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** Options of `exportwatch chart`. */
export interface ChartOpts {
  out: string;
  month?: string;
  config?: string;
}

/** `exportwatch chart`: the alert chart of a series, drawn from the database history into a PNG. */
export async function chart(seriesId: string, opts: ChartOpts): Promise<void> {
  const app = await commandApp(opts);
  const { config } = app;
  const series = config.series.find((s) => s.id === seriesId);
  if (!series) {
    process.stderr.write(
      `exportwatch chart: unknown series "${seriesId}"; the config tracks: ${config.series.map((s) => s.id).join(', ')}\n`,
    );
    process.exit(EXIT.usage);
  }
  if (opts.month !== undefined && !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(opts.month)) {
    process.stderr.write(`exportwatch chart: --month must be YYYY-MM, got "${opts.month}"\n`);
    process.exit(EXIT.usage);
  }
  const { view, history } = await using(app, () => chartedAlert(app, series, opts.month));
  if (!view) {
    const what = opts.month ? `no value for ${opts.month}` : 'no history';
    process.stderr.write(
      `exportwatch chart: ${series.id} has ${what} in ${config.databasePath}; run \`exportwatch run\` or load history first\n`,
    );
    process.exit(EXIT.failed);
  }
  await using(app, async () => {
    const image = await renderChart(alertFacts(view, history, series.fiscalYearStartMonth).chart);
    writeFileSync(opts.out, image.png);
    const previous = view.previous
      ? `, previous record ${moneyLabel(view.previous.value, view.currency)} in ${monthLabel(view.previous.month)}`
      : '';
    process.stdout.write(
      `Wrote ${opts.out} (${image.width}×${image.height}, ${Math.round(image.png.length / 1024)} KB): ${series.name}, ${moneyLabel(view.value, view.currency)} in ${monthLabel(view.month)}${previous}.\n`,
    );
  });
}

// The series' latest alert (for `month`, when given), else the month as if it had just been reported.
async function chartedAlert(app: App, series: SeriesConfig, month: string | undefined) {
  const store = await app.store();
  const history = await store.monthValues(series.id);
  const alert = (await store.alerts())
    .filter((a) => a.series === series.id && (month === undefined || a.month === month))
    .sort((a, b) => a.month.localeCompare(b.month))
    .at(-1);
  const view: AlertView | null = alert
    ? { ...alert, seriesName: series.name }
    : viewFromHistory(series, history, { month });
  return { view, history };
}
