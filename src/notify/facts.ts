import { addMonths, monthRange, parseYm, ym } from '../calendar/months.js';
import type { MonthValues } from '../history/types.js';
import type { AlertFacts, AlertView, ChartBar, ChartData } from './types.js';

/** How many months the chart shows, the record month last. */
export const CHART_MONTHS = 24;

/** Computes the facts for an alert; `history` may or may not already hold the record month. */
export function alertFacts(alert: AlertView, history: MonthValues, fiscalYearStartMonth: number): AlertFacts {
  const values = new Map(history);
  values.set(alert.month, alert.value);
  return {
    yearOnYear: yearOnYear(alert.month, alert.value, values),
    fiscalYearToDate: fiscalYearToDate(alert.month, values, fiscalYearStartMonth),
    chart: chartData(alert, values),
  };
}

function yearOnYear(month: string, value: number, values: MonthValues): AlertFacts['yearOnYear'] {
  const before = addMonths(month, -12);
  const then = values.get(before);
  if (then === undefined || then <= 0) return null;
  return { month: before, value: then, pct: ((value - then) / then) * 100 };
}

/** "FY2023-24" for a July start; the calendar year when the fiscal year starts in January. */
export function fiscalYearLabel(month: string, startMonth: number): string {
  const { year, month: m } = parseYm(month);
  if (startMonth === 1) return String(year);
  const first = m >= startMonth ? year : year - 1;
  return `FY${first}-${String(first + 1).slice(2)}`;
}

function fiscalYearToDate(month: string, values: MonthValues, startMonth: number): AlertFacts['fiscalYearToDate'] {
  const { year, month: m } = parseYm(month);
  const start = ym(m >= startMonth ? year : year - 1, startMonth);
  const months = monthRange(start, month);
  // A sum with a month missing would understate the year: say nothing instead.
  if (months.length < 2 || months.some((x) => !values.has(x))) return null;
  const total = months.reduce((sum, x) => sum + (values.get(x) ?? 0), 0);
  return { start, end: month, months: months.length, total, label: fiscalYearLabel(month, startMonth) };
}

function chartData(alert: AlertView, values: MonthValues): ChartData {
  const months = monthRange(addMonths(alert.month, -(CHART_MONTHS - 1)), alert.month);
  const bars = months.map((month): ChartBar => ({
    month,
    value: values.get(month) ?? null,
    role: month === alert.month ? 'record' : month === alert.previous?.month ? 'previous-record' : 'other',
  }));
  return {
    seriesName: alert.seriesName,
    currency: alert.currency,
    record: { month: alert.month, value: alert.value },
    previous: alert.previous,
    bars,
    test: alert.test === true,
  };
}
