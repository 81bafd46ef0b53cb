import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { SeriesConfig } from '../../config.js';
import { CsvFormatError } from '../../history/csv.js';
import { parseSeedCsv } from '../../history/seed.js';
import type { MonthHistory, SeriesHistory } from '../../history/types.js';
import { commandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { pickSeries, withStore } from '../store.js';
import { compactMoney, renderTable } from '../table.js';

export function registerHistory(program: Command): void {
  const history = program
    .command('history')
    .description('print the monthly history of a series (every series when none is named); `history import` loads more')
    .argument('[series]', 'series id, e.g. pk-it-exports')
    .option('--json', 'print the history as JSON instead of a table')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
Columns: the month's value; where it came from (seed, or the strongest role an
article gave it: reported, previous-record, comparison); the outlets that agree;
RECORD: "new high" when the month beat every earlier one, or the alert made for
it and its delivery state; NOTES: other values outlets gave (conflicts) and
record claims the history did not bear out (disputed).

Examples:
  $ exportwatch history pk-it-exports
  $ exportwatch history --json | jq '.[0].months[-1]'
  $ exportwatch history import ./more-months.csv --series pk-it-exports`)
    .action(async (seriesId: string | undefined, opts: { json?: boolean; config?: string }) => {
      const ctx = commandContext(opts);
      const chosen = pickSeries(ctx.config.series, seriesId, 'history');
      const histories = await withStore(ctx, async (store) => Promise.all(chosen.map((s) => store.history(s.id))));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(histories.map((h, i) => ({ ...seriesHeader(chosen[i]!), months: h.months })), null, 2)}\n`);
        return;
      }
      process.stdout.write(`${histories.map((h, i) => historyText(chosen[i]!, h)).join('\n\n')}\n`);
    });

  history
    .command('import')
    .description('load monthly values from a CSV file (month,usd[,note]) into a series\' history')
    .argument('<file>', 'CSV with a header naming "month" and "usd" or "value"; `exportwatch export` output works too')
    .requiredOption('--series <id>', 'series the values belong to')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
Months already imported are replaced; observed figures stay and still vote on
each month's value.
Exit codes: 0 imported; 2 unknown series; 3 the file cannot be read or is not
history CSV.

Examples:
  $ exportwatch history import ./more-months.csv --series pk-it-exports
  $ exportwatch export --series pk-it-exports > it.csv
  $ exportwatch history import it.csv --series pk-it-exports`)
    .action(async (file: string, opts: { series: string; config?: string }) => {
      const ctx = commandContext(opts);
      const [series] = pickSeries(ctx.config.series, opts.series, 'history import');
      let rows;
      try {
        rows = parseSeedCsv(await readFile(file, 'utf8'), file, series!.id);
      } catch (error) {
        const why = error instanceof CsvFormatError ? error.message : `cannot read ${file}: ${(error as Error).message}`;
        process.stderr.write(`exportwatch history import: ${why}\n`);
        process.exit(EXIT.input);
      }
      const count = await withStore(ctx, (store) => store.importSeed(series!.id, rows, basename(file)));
      process.stdout.write(`Imported ${count} month(s) into ${series!.id} from ${file}.\n`);
    });
}

function seriesHeader(s: SeriesConfig): { series: string; name: string; currency: string } {
  return { series: s.id, name: s.name, currency: s.currency };
}

/** The history as an 80-column table, with disputed claims spelled out below it. */
export function historyText(series: SeriesConfig, history: SeriesHistory): string {
  const months = history.months;
  const head = `${series.name} (${series.id}), ${series.currency}`;
  if (months.length === 0) return `${head}: no history yet (run a tick, \`exportwatch backfill\` or \`exportwatch history import\`).`;
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
  const footer = claims.length === 0 ? [] : ['', 'Disputed record claims (not above the history\'s maximum when they came in):',
    // The link stays whole on its own line, however long: a clipped URL is useless.
    ...claims.flatMap((c) => [`  ${c.month}  ${money(c.value)}  ${c.outlet}`, `    ${c.url}`])];
  return [`${head}: ${months.length} months, ${months[0]!.month} to ${months[months.length - 1]!.month}`, '', table, ...footer].join('\n');
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
