import { monthLabel, type YearMonth } from '../calendar/months.js';
import { sameFigure, type MonthConsensus } from './consensus.js';
import { isLive, type AlertState } from './counted.js';
import { moneyLabel } from './money.js';
import type { AlertCorrection } from './types.js';

/** A correction to make: which alert, and what was found. */
export interface CorrectionDecision {
  alertId: number;
  correction: Omit<AlertCorrection, 'at' | 'count'>;
}

/**
 * Reviews a series' record alerts against its month values as they now stand (held and rejected figures
 * left out): an alert whose month is no longer above every earlier month is no record, and one whose
 * month now has another value was revised. Alerts already corrected, rejected or held are left alone; a
 * month that becomes the highest only because another was corrected makes no alert, since it is not news.
 * A month no counted figure names any more is left as it was: nothing says it was wrong.
 */
export function reviewRecords(
  consensus: ReadonlyMap<YearMonth, MonthConsensus>,
  alerts: readonly AlertState[],
): CorrectionDecision[] {
  const out: CorrectionDecision[] = [];
  for (const alert of alerts) {
    if (!isLive(alert)) continue;
    const now = consensus.get(alert.month);
    if (!now) continue;
    const money = (v: number): string => moneyLabel(v, alert.currency);
    const earlier = highestBefore(consensus, alert.month);
    const base = { value: now.value, outlets: now.outlets };
    if (earlier && now.value <= earlier.value) {
      out.push({
        alertId: alert.id,
        correction: {
          ...base,
          kind: 'not-a-record',
          reason: `${monthLabel(alert.month)} is ${money(now.value)} (${now.outlets.join(', ')}), not above ${monthLabel(earlier.month)}'s ${money(earlier.value)}: no new record`,
        },
      });
    } else if (!sameFigure(now.value, alert.value)) {
      out.push({
        alertId: alert.id,
        correction: {
          ...base,
          kind: 'revised',
          reason: `${monthLabel(alert.month)} was revised to ${money(now.value)} (${now.outlets.join(', ')}); still the highest month on record`,
        },
      });
    }
  }
  return out;
}

/**
 * A person's rejection of an alert, with what the history holds for its month once the alert's value no
 * longer counts (`consensus` computed with it discounted).
 */
export function rejection(
  alert: Pick<AlertState, 'month' | 'currency'>,
  consensus: ReadonlyMap<YearMonth, MonthConsensus>,
): Omit<AlertCorrection, 'at' | 'count'> {
  const now = consensus.get(alert.month);
  const found = now
    ? `; the history now holds ${moneyLabel(now.value, alert.currency)} for ${monthLabel(alert.month)} (${now.outlets.join(', ')})`
    : `; no other figure for ${monthLabel(alert.month)} is known`;
  return {
    kind: 'rejected',
    value: now?.value ?? null,
    outlets: now?.outlets ?? [],
    reason: `rejected by a person (exportwatch alerts --reject)${found}`,
  };
}

function highestBefore(
  consensus: ReadonlyMap<YearMonth, MonthConsensus>,
  month: YearMonth,
): { month: YearMonth; value: number } | null {
  let best: { month: YearMonth; value: number } | null = null;
  for (const [m, c] of consensus)
    if (m < month && (best === null || c.value > best.value)) best = { month: m, value: c.value };
  return best;
}
