import { isIsoMonth } from '../calendar/dates.js';
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
// Digits with an optional decimal part: no sign, exponent, hex or "Infinity" ("1e308" once became a maximum of $1e+299bn).
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
/** The largest monthly value a history may hold: a trillion, far above any country's monthly exports. */
export const MAX_MONTH_VALUE = 1e12;
// A bad field is quoted this far: a 10 MB junk file once echoed its whole field to stderr.
const QUOTED = 40;

/** A field as an error message quotes it: cut after 40 characters, with its length. */
function quote(text: string): string {
  return text.length <= QUOTED ? `"${text}"` : `"${text.slice(0, QUOTED)}…" (${text.length} characters)`;
}

/** What a history CSV may hold beyond its format. */
export interface SeedLimits {
  /** No month after this one (the current month, for a file a person imports). */
  latestMonth?: YearMonth;
}

/**
 * Reads monthly history CSV: a header naming `month` and the value column (`usd` or `value`, else the
 * second column), optionally `note` and `series`. With a `series` column and `series` given, rows of other
 * series are skipped, so a file from `exportwatch export` can be imported back.
 */
export function parseSeedCsv(text: string, source = 'CSV', series?: string, limits: SeedLimits = {}): SeedRow[] {
  const [header, ...rows] = parseCsv(text, source);
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const monthAt = names.indexOf('month');
  const named = names.findIndex((n) => VALUE_COLUMNS.includes(n));
  const valueAt = named !== -1 ? named : monthAt === 0 && names.length >= 2 ? 1 : -1;
  if (monthAt === -1 || valueAt === -1) {
    throw new SeedFormatError(
      `${source}: line 1 must be a header naming "month" and a value column ("usd" or "value"); got ${quote(header?.fields.join(',') ?? '')}`,
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
    if (!isIsoMonth(month)) throw new SeedFormatError(`${source}: line ${line}: month ${quote(month)} is not YYYY-MM`);
    if (limits.latestMonth !== undefined && month > limits.latestMonth)
      throw new SeedFormatError(
        `${source}: line ${line}: month ${month} is after the current month, ${limits.latestMonth}`,
      );
    if (!PLAIN_DECIMAL.test(valueText)) {
      throw new SeedFormatError(
        `${source}: line ${line}: value ${quote(valueText)} is not a non-negative number written in plain decimals, such as 310000000`,
      );
    }
    const value = Number(valueText);
    if (value > MAX_MONTH_VALUE)
      throw new SeedFormatError(
        `${source}: line ${line}: value ${valueText} is over the bound of ${MAX_MONTH_VALUE} (a trillion) a month`,
      );
    if (seen.has(month)) throw new SeedFormatError(`${source}: line ${line}: month ${month} appears twice`);
    seen.add(month);
    const note = noteAt === -1 ? '' : (fields[noteAt] ?? '').trim();
    out.push({ month, value, note: note || null });
  }
  return out;
}
