import type { YearMonth } from '../calendar/months.js';
import type { MonthConsensus } from './consensus.js';
import type { AlertStatus, DisputedClaim, MonthHistory, ObservationView, SeriesHistory } from './types.js';

/** Joins month values, alerts and disputed claims into the table `exportwatch history` prints. Pure. */
export function buildHistory(
  series: string,
  consensus: ReadonlyMap<YearMonth, MonthConsensus>,
  alerts: ReadonlyArray<{ id: number; month: YearMonth; status: AlertStatus; value: number }>,
  disputed: readonly DisputedClaim[],
  observations: ReadonlyArray<ObservationView & { month: YearMonth }> = [],
): SeriesHistory {
  const months = new Set<YearMonth>([
    ...consensus.keys(),
    ...alerts.map((a) => a.month),
    ...disputed.map((d) => d.month),
    ...observations.map((o) => o.month),
  ]);
  const alertByMonth = new Map(alerts.map((a) => [a.month, a]));
  let high: number | null = null;
  const rows: MonthHistory[] = [];
  for (const month of [...months].sort()) {
    const c = consensus.get(month);
    const value = c?.value ?? null;
    const newHigh = value !== null && high !== null && value > high;
    if (value !== null && (high === null || value > high)) high = value;
    const alert = alertByMonth.get(month);
    rows.push({
      month,
      value,
      basis: c?.basis ?? null,
      outlets: c?.outlets ?? [],
      conflicts: c?.conflicts ?? [],
      newHigh,
      alert: alert ? { id: alert.id, status: alert.status, value: alert.value } : null,
      disputed: disputed.filter((d) => d.month === month),
      observations: observations.filter((o) => o.month === month).map(({ month: _month, ...o }) => o),
    });
  }
  return { series, months: rows };
}
