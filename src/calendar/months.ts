// Month arithmetic shared by extraction, the record rule and messages. It imports nothing of ours, so
// every layer may use it.

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;

const NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats a year and month as `YYYY-MM`. */
export function ym(year: number, month: number): YearMonth {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Splits `YYYY-MM` into numbers. */
export function parseYm(value: YearMonth): { year: number; month: number } {
  const dash = value.indexOf('-');
  return { year: Number(value.slice(0, dash)), month: Number(value.slice(dash + 1)) };
}

/** Shifts a month by `delta` months (negative goes back). */
export function addMonths(value: YearMonth, delta: number): YearMonth {
  const { year, month } = parseYm(value);
  const index = year * 12 + (month - 1) + delta;
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

/** The months from `start` to `end`, both included. */
export function monthRange(start: YearMonth, end: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let m = start; m <= end; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The most recent occurrence of `month` on or before the month of `published`. */
export function latestMonthOnOrBefore(month: number, published: string): YearMonth {
  const { year, month: pubMonth } = parseYm(published.slice(0, 7));
  return ym(month <= pubMonth ? year : year - 1, month);
}

/** Fiscal year "FY24" ends in 2024; with a July start it spans 2023-07..2024-06. */
export function fiscalYearRange(endYear: number, startMonth: number): { start: YearMonth; end: YearMonth } {
  if (startMonth === 1) return { start: ym(endYear, 1), end: ym(endYear, 12) };
  return { start: ym(endYear - 1, startMonth), end: ym(endYear, startMonth - 1) };
}

/** The fiscal year (by its end year) that contains `value`. */
export function fiscalYearOf(value: YearMonth, startMonth: number): number {
  const { year, month } = parseYm(value);
  if (startMonth === 1) return year;
  return month >= startMonth ? year + 1 : year;
}

/** "2024-04" → "April 2024". */
export function monthLabel(value: YearMonth): string {
  const { year, month } = parseYm(value);
  return `${NAMES[month - 1] ?? value} ${year}`;
}

/** "2024-04" → "Apr 2024"; `short` gives "Apr '24" for chart axes. */
export function monthAbbrev(value: YearMonth, short = false): string {
  const { year, month } = parseYm(value);
  const name = (NAMES[month - 1] ?? '???').slice(0, 3);
  return short ? `${name} '${String(year).slice(2)}` : `${name} ${year}`;
}
