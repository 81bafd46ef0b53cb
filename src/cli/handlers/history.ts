import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SeriesConfig } from '../../config.js';
import { CsvFormatError } from '../../history/csv.js';
import { parseSeedCsv } from '../../history/seed.js';
import type { MonthHistory, SeriesHistory } from '../../history/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printable } from '../print.js';
import { pickSeries } from '../series.js';
import { compactMoney, renderTable, wrap } from '../table.js';

/** `exportwatch history [series]`: the monthly history as a table, or JSON. */
export async function showHistory(
  seriesId: string | undefined,
  opts: { json?: boolean; records?: boolean; config?: string },
): Promise<void> {
  const app = await commandApp(opts);
  const chosen = pickSeries(app.config.series, seriesId, 'history');
  const histories = await using(app, async () => {
    const store = await app.store();
    return Promise.all(chosen.map((s) => store.history(s.id)));
  });
  if (opts.json) {
    const shown = histories.map((h, i) =>
      opts.records
        ? { ...seriesHeader(chosen[i]!), records: h.records }
        : { ...seriesHeader(chosen[i]!), months: h.months, records: h.records },
    );
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return;
  }
  const text = opts.records ? recordsText : historyText;
  // The tables quote outlets, links and the reasons records were held or corrected, as stored.
  process.stdout.write(printable(`${histories.map((h, i) => text(chosen[i]!, h)).join('\n\n')}\n`));
}

/** `exportwatch history import FILE --series ID`: monthly values from CSV into a series' history. */
export async function importHistory(file: string, opts: { series: string; config?: string }): Promise<void> {
  const app = await commandApp(opts);
  const [series] = pickSeries(app.config.series, opts.series, 'history import');
  let rows;
  try {
    rows = parseSeedCsv(await readFile(file, 'utf8'), file, series!.id, {
      latestMonth: currentMonth(app.config.timezone),
    });
  } catch (error) {
    const why = error instanceof CsvFormatError ? error.message : `cannot read ${file}: ${(error as Error).message}`;
    process.stderr.write(`exportwatch history import: ${why}\n`);
    process.exit(EXIT.input);
  }
  const count = await using(app, async () => (await app.store()).importSeed(series!.id, rows, basename(file)));
  process.stdout.write(`Imported ${count} month(s) into ${series!.id} from ${file}.\n`);
}

/** This month in `timezone`, as YYYY-MM. */
function currentMonth(timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
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
  const reasons = months.flatMap((m) =>
    m.alert?.reason ? [wrap(`  ${m.month}  alert #${m.alert.id} ${m.alert.status}: ${m.alert.reason}`, 4)] : [],
  );
  const explained = reasons.length === 0 ? [] : ['', 'Held and corrected records:', ...reasons];
  return [
    `${head}: ${months.length} months, ${months[0]!.month} to ${months[months.length - 1]!.month}`,
    '',
    table,
    ...footer,
    ...explained,
  ].join('\n');
}

/** The record chain as an 80-column table; reasons and message links spelled out below each record. */
export function recordsText(series: SeriesConfig, history: SeriesHistory): string {
  const head = `${series.name} (${series.id}), ${series.currency}: records`;
  if (history.records.length === 0) return `${head}: none yet.`;
  const money = (v: number): string => compactMoney(v, series.currency);
  const rows = history.records.map((r) => [
    r.month,
    r.correctedTo !== null && r.state === 'corrected' ? `${money(r.value)}→${money(r.correctedTo)}` : money(r.value),
    r.previous ? `${money(r.previous.value)} ${r.previous.month}` : '—',
    r.alertId === null ? r.state : `${r.state} #${r.alertId}`,
    [...new Set(r.sources.map((s) => s.outlet))].join(', '),
  ]);
  const table = renderTable(
    [
      { header: 'MONTH' },
      { header: 'VALUE', align: 'right' },
      { header: 'PREVIOUS' },
      { header: 'STATE' },
      { header: 'SOURCES', flex: true },
    ],
    rows,
  );
  // Links and reasons are too long for a column; each stays whole on its own line.
  const notes = history.records.flatMap((r) => {
    const lines = [
      ...(r.reason ? [wrap(`    ${r.reason}`, 4)] : []),
      ...(r.messageUrl ? [`    ${r.messageUrl}`] : r.messageId ? [`    message ${r.messageId}`] : []),
    ];
    return lines.length > 0 ? [`  ${r.month}${r.alertId === null ? '' : ` #${r.alertId}`}`, ...lines] : [];
  });
  return [head, '', table, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
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
