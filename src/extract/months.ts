import type { YearMonth } from './types.js';

/** Month names and abbreviations as the English-language press writes them, to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Urdu month names (as Pakistani papers spell them) to month number. */
export const URDU_MONTHS: Readonly<Record<string, number>> = {
  'جنوری': 1, 'فروری': 2, 'مارچ': 3, 'اپریل': 4, 'مئی': 5, 'مئ': 5, 'جون': 6,
  'جولائی': 7, 'جولائ': 7, 'اگست': 8, 'ستمبر': 9, 'اکتوبر': 10, 'نومبر': 11, 'دسمبر': 12,
};

/** The month number of an English or Urdu month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? URDU_MONTHS[name];
}

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

/** "24" → 2024, "2024" → 2024; two-digit years in export news are this century. */
export function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
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
