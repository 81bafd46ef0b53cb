import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SeriesConfig } from '../../config.js';
import { CsvFormatError } from '../../history/csv.js';
import { parseSeedCsv } from '../../history/seed.js';
import type { MonthHistory, SeriesHistory } from '../../history/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { pickSeries } from '../series.js';
import { compactMoney, renderTable } from '../table.js';

/** `exportwatch history [series]`: the monthly history as a table, or JSON. */
export async function showHistory(
  seriesId: string | undefined,
  opts: { json?: boolean; config?: string },
): Promise<void> {
  const app = await commandApp(opts);
  const chosen = pickSeries(app.config.series, seriesId, 'history');
  const histories = await using(app, async () => {
    const store = await app.store();
    return Promise.all(chosen.map((s) => store.history(s.id)));
  });
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify(
        histories.map((h, i) => ({ ...seriesHeader(chosen[i]!), months: h.months })),
        null,
        2,
      )}\n`,
    );
    return;
  }
  process.stdout.write(`${histories.map((h, i) => historyText(chosen[i]!, h)).join('\n\n')}\n`);
}

/** `exportwatch history import FILE --series ID`: monthly values from CSV into a series' history. */
export async function importHistory(file: string, opts: { series: string; config?: string }): Promise<void> {
  const app = await commandApp(opts);
  const [series] = pickSeries(app.config.series, opts.series, 'history import');
  let rows;
  try {
    rows = parseSeedCsv(await readFile(file, 'utf8'), file, series!.id);
  } catch (error) {
    const why = error instanceof CsvFormatError ? error.message : `cannot read ${file}: ${(error as Error).message}`;
    process.stderr.write(`exportwatch history import: ${why}\n`);
    process.exit(EXIT.input);
  }
  const count = await using(app, async () => (await app.store()).importSeed(series!.id, rows, basename(file)));
  process.stdout.write(`Imported ${count} month(s) into ${series!.id} from ${file}.\n`);
}

function seriesHeader(s: SeriesConfig): { series: string; name: string; currency: string } {
  return { series: s.id, name: s.name, currency: s.currency };
}

/** The history as an 80-column table, with disputed claims spelled out below it. */
export function historyText(series: SeriesConfig, history: SeriesHistory): string {
  const months = history.months;
  const head = `${series.name} (${series.id}), ${series.currency}`;
  if (months.length === 0)
    return `${head}: no history yet (run a tick, \`exportwatch backfill\` or \`exportwatch history import\`).`;
  const money = (v: number): string => compactMoney(v, series.currency);
  const rows = months.map((m) => [
    m.month,
    m.value === null ? '—' : money(m.value),
    m.basis === null ? '' : m.basis === 'reported-month' ? 'reported' : m.basis,
    m.outlets.join(', '),
    recordCell(m),
    notesCell(m, money),
  ]);
  const table = renderTable(
    [
      { header: 'MONTH' },
      { header: 'VALUE', align: 'right' },
      { header: 'FROM' },
      { header: 'OUTLETS', flex: true },
      { header: 'RECORD' },
      { header: 'NOTES', flex: true },
    ],
    rows,
  );
  const claims = months.flatMap((m) => m.disputed);
  const footer =
    claims.length === 0
      ? []
      : [
          '',
          "Disputed record claims (not above the history's maximum when they came in):",
          // The link stays whole on its own line, however long: a clipped URL is useless.
          ...claims.flatMap((c) => [`  ${c.month}  ${money(c.value)}  ${c.outlet}`, `    ${c.url}`]),
        ];
  return [
    `${head}: ${months.length} months, ${months[0]!.month} to ${months[months.length - 1]!.month}`,
    '',
    table,
    ...footer,
  ].join('\n');
}

function recordCell(m: MonthHistory): string {
  if (m.alert) return `alert #${m.alert.id} ${m.alert.status}`;
  return m.newHigh ? 'new high' : '';
}

function notesCell(m: MonthHistory, money: (v: number) => string): string {
  const notes = m.conflicts.map((c) => `≠ ${money(c.value)} (${c.outlets.join(', ')})`);
  // Short: the claims are spelled out under the table.
  if (m.disputed.length > 0) notes.push(`${m.disputed.length} disputed`);
  return notes.join('; ');
}
