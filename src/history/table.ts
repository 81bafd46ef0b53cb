import type { YearMonth } from '../calendar/months.js';
import type { MonthConsensus } from './consensus.js';
import type { Alert, DisputedClaim, MonthHistory, ObservationView, RecordEntry, SeriesHistory } from './types.js';

/** Joins month values, alerts and disputed claims into the table `exportwatch history` prints. Pure. */
export function buildHistory(
  series: string,
  consensus: ReadonlyMap<YearMonth, MonthConsensus>,
  alerts: readonly Alert[],
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
      alert: alert ? { id: alert.id, status: alert.status, value: alert.value, reason: reasonOf(alert) } : null,
      disputed: disputed.filter((d) => d.month === month),
      observations: observations.filter((o) => o.month === month).map(({ month: _month, ...o }) => o),
    });
  }
  return { series, months: rows, records: recordChain(consensus, alerts) };
}

/** Why an alert was held, or what its correction found; null for an alert that stands. */
export function reasonOf(alert: Pick<Alert, 'status' | 'hold' | 'correction'>): string | null {
  if (alert.correction) return alert.correction.reason;
  if (alert.hold && (alert.status === 'held' || alert.status === 'rejected')) return alert.hold.reason;
  if (alert.hold?.releasedBy) return `held (${alert.hold.reason}); confirmed by ${alert.hold.releasedBy}`;
  return null;
}

const STATE: Readonly<Record<Alert['status'], RecordEntry['state']>> = {
  pending: 'pending',
  sent: 'posted',
  failed: 'failed',
  held: 'held',
  corrected: 'corrected',
  rejected: 'rejected',
};

/**
 * The record chain: every month whose value beat all earlier months (the first month held included), and
 * every alert, held, corrected and rejected ones too, oldest month first. Months that set a record
 * without an alert (seed, a new source's baseline, backfill) are `known`.
 */
export function recordChain(
  consensus: ReadonlyMap<YearMonth, MonthConsensus>,
  alerts: readonly Alert[],
): RecordEntry[] {
  const alerted = new Set(alerts.map((a) => a.month));
  const entries: RecordEntry[] = [];
  let high: { month: YearMonth; value: number } | null = null;
  for (const month of [...consensus.keys()].sort()) {
    const c = consensus.get(month)!;
    if (high !== null && c.value <= high.value) continue;
    if (!alerted.has(month))
      entries.push({
        month,
        value: c.value,
        previous: high,
        state: 'known',
        alertId: null,
        sources: c.outlets.map((outlet) => ({ outlet, url: null })),
        reason: null,
        correctedTo: null,
        messageId: null,
        messageUrl: null,
      });
    high = { month, value: c.value };
  }
  for (const a of alerts)
    entries.push({
      month: a.month,
      value: a.value,
      previous: a.previous,
      state: STATE[a.status],
      alertId: a.id,
      sources: a.sources.map((s) => ({ outlet: s.outlet, url: s.url })),
      reason: reasonOf(a),
      correctedTo: a.correction?.value ?? null,
      messageId: a.messageId,
      messageUrl: a.messageUrl ?? null,
    });
  return entries.sort(
    (x, y) => x.month.localeCompare(y.month) || Number(x.alertId !== null) - Number(y.alertId !== null),
  );
}
