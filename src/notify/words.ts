import { monthLabel } from '../calendar/months.js';
import { moneyLabel } from '../history/money.js';
import type { AlertView } from './types.js';

const WHAT: Readonly<Record<NonNullable<AlertView['correction']>['kind'], string>> = {
  'not-a-record': 'was no record',
  revised: 'was revised',
  rejected: 'was withdrawn',
};

/** "The record posted for January 2024 ($320 million) was no record": a correction's first words. */
export function correctionHeadline(alert: Pick<AlertView, 'month' | 'value' | 'currency' | 'correction'>): string {
  const what = alert.correction ? WHAT[alert.correction.kind] : 'was corrected';
  return `The record posted for ${monthLabel(alert.month)} (${moneyLabel(alert.value, alert.currency)}) ${what}`;
}

/** How many outlets the alert rests on, in words. */
export function agreementWords(alert: Pick<AlertView, 'sources'>): string | null {
  const outlets = new Set(alert.sources.map((s) => s.outlet.trim().toLowerCase())).size;
  if (outlets === 0) return null;
  return outlets === 1 ? 'Rests on one outlet so far' : `${outlets} outlets agree`;
}
