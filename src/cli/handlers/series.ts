import { basename } from 'node:path';
import { monthAbbrev } from '../../calendar/months.js';
import { summariseSeries, type SeriesSummary } from '../../history/summary.js';
import { commandApp, using } from '../context.js';
import { compactMoney, renderTable } from '../table.js';

/** `exportwatch series`: every configured series with its months held and its current record. */
export async function series(opts: { config?: string; json?: boolean }): Promise<void> {
  const app = await commandApp(opts);
  const rows = await using(app, async () => {
    const store = await app.store();
    return Promise.all(
      app.config.series.map(async (s): Promise<SeriesSummary> => summariseSeries(s, await store.monthValues(s.id))),
    );
  });
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const table = renderTable(
    [
      { header: 'SERIES' },
      { header: 'MONTHS', align: 'right' },
      { header: 'FROM – TO' },
      { header: 'RECORD', align: 'right' },
      { header: 'SEED', flex: true },
    ],
    rows.map((r) => [
      r.id,
      String(r.monthsHeld),
      r.firstMonth ? `${monthAbbrev(r.firstMonth, true)} – ${monthAbbrev(r.lastMonth!, true)}` : '—',
      r.record ? `${compactMoney(r.record.value, r.currency)} ${monthAbbrev(r.record.month, true)}` : '—',
      r.seed ? basename(r.seed) : 'none',
    ]),
  );
  const empty = rows.filter((r) => r.monthsHeld === 0).map((r) => r.id);
  const note =
    empty.length === 0
      ? ''
      : `\n\nNo history yet for ${empty.join(', ')}:\nuntil it fills, a record is alerted only when an article itself claims one.\nLoad past months with \`exportwatch history import FILE.csv --series ID\`.`;
  process.stdout.write(`${table}${note}\n`);
}
