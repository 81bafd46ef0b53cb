import type { YearMonth } from '../calendar/months.js';
import { CsvFormatError, parseCsv } from './csv.js';

/** One known month of a series. */
export interface SeedRow {
  month: YearMonth;
  value: number;
  note: string | null;
}

/** A CSV that cannot be read as history; the message names the file and line. */
export class SeedFormatError extends CsvFormatError {
  override name = 'SeedFormatError';
}

// The shipped seed says "usd"; `exportwatch export` writes "value".
const VALUE_COLUMNS = ['usd', 'value'];

/**
 * Reads monthly history CSV: a header naming `month` and the value column (`usd` or `value`, else the
 * second column), optionally `note` and `series`. With a `series` column and `series` given, rows of other
 * series are skipped, so a file from `exportwatch export` can be imported back.
 */
export function parseSeedCsv(text: string, source = 'CSV', series?: string): SeedRow[] {
  const [header, ...rows] = parseCsv(text, source);
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const monthAt = names.indexOf('month');
  const named = names.findIndex((n) => VALUE_COLUMNS.includes(n));
  const valueAt = named !== -1 ? named : monthAt === 0 && names.length >= 2 ? 1 : -1;
  if (monthAt === -1 || valueAt === -1) {
    throw new SeedFormatError(
      `${source}: line 1 must be a header naming "month" and a value column ("usd" or "value"); got "${header?.fields.join(',') ?? ''}"`,
    );
  }
  const noteAt = names.indexOf('note');
  const seriesAt = names.indexOf('series');
  const out: SeedRow[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    if (series !== undefined && seriesAt !== -1 && (fields[seriesAt] ?? '').trim() !== series) continue;
    const month = (fields[monthAt] ?? '').trim();
    const valueText = (fields[valueAt] ?? '').trim();
    const value = Number(valueText);
    if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month))
      throw new SeedFormatError(`${source}: line ${line}: month "${month}" is not YYYY-MM`);
    if (valueText === '' || !Number.isFinite(value) || value < 0) {
      throw new SeedFormatError(`${source}: line ${line}: value "${valueText}" is not a non-negative number`);
    }
    if (seen.has(month)) throw new SeedFormatError(`${source}: line ${line}: month ${month} appears twice`);
    seen.add(month);
    const note = noteAt === -1 ? '' : (fields[noteAt] ?? '').trim();
    out.push({ month, value, note: note || null });
  }
  return out;
}
