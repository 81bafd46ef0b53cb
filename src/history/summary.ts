import type { YearMonth } from '../calendar/months.js';
import type { MonthValues } from './types.js';

/** A series at a glance: the months its history counts, their span, and the record a new month must beat. */
export interface SeriesSummary {
  id: string;
  name: string;
  currency: string;
  /** The seed CSV the config names, or null: such a series alerts only on records an article claims. */
  seed: string | null;
  monthsHeld: number;
  firstMonth: YearMonth | null;
  lastMonth: YearMonth | null;
  /** The highest month counted (a held figure is not): the record a new month must beat. */
  record: { month: YearMonth; value: number } | null;
}

/** Sums up a series' counted months; `exportwatch series` and the status page show the same. */
export function summariseSeries(
  spec: { id: string; name: string; currency: string; seed?: string | undefined },
  values: MonthValues,
): SeriesSummary {
  const months = [...values.keys()].sort();
  let record: SeriesSummary['record'] = null;
  for (const month of months) {
    const value = values.get(month)!;
    if (record === null || value > record.value) record = { month, value };
  }
  return {
    id: spec.id,
    name: spec.name,
    currency: spec.currency,
    seed: spec.seed ?? null,
    monthsHeld: months.length,
    firstMonth: months[0] ?? null,
    lastMonth: months.at(-1) ?? null,
    record,
  };
}
