import { monthLabel } from '../calendar/months.js';
import type { AlertView } from './types.js';

/** 303000000 USD → "$303 million"; 2593000000 → "$2.59 billion"; 950000 → "$950,000". */
export function moneyLabel(value: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs < 1e6) return `${sign}${symbol}${Math.round(abs).toLocaleString('en-US')}`;
  const [scaled, word] = abs >= 1e9 ? [abs / 1e9, 'billion'] : [abs / 1e6, 'million'];
  // Number() drops trailing zeros: 2.50 → "2.5", 303.0 → "303".
  const digits = String(Number(scaled.toFixed(abs >= 1e9 ? 2 : 1)));
  return `${sign}${symbol}${digits} ${word}`;
}

/** A change with its sign: +$4 million, -$12.5 million. */
export function signedMoneyLabel(value: number, currency: string): string {
  return value >= 0 ? `+${moneyLabel(value, currency)}` : moneyLabel(value, currency);
}

/** 1.2903 → "+1.3%", -4.21 → "-4.2%". */
export function percentLabel(pct: number): string {
  const rounded = pct.toFixed(1);
  return pct >= 0 ? `+${rounded}%` : `${rounded}%`;
}

/** The margin over the previous record: "+$43 million, +16.5% over March 2022's $260 million". */
export function marginLabel(alert: Pick<AlertView, 'value' | 'currency' | 'previous'>): string | null {
  if (!alert.previous) return null;
  const diff = alert.value - alert.previous.value;
  const pct = (diff / alert.previous.value) * 100;
  return `${signedMoneyLabel(diff, alert.currency)}, ${percentLabel(pct)} over ${monthLabel(alert.previous.month)}'s ${moneyLabel(alert.previous.value, alert.currency)}`;
}

/** The alert as plain text, for stdout and logs. */
export function alertText(alert: AlertView): string {
  const lines = [
    `${alert.test ? '[TEST] ' : ''}New monthly record: ${alert.seriesName}`,
    `${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}`,
  ];
  const margin = marginLabel(alert);
  lines.push(margin ? `Previous record: ${margin}` : 'Previous record: none known');
  if (alert.historyIncomplete) lines.push('History is incomplete: the article claims a record the bot cannot confirm.');
  for (const s of alert.sources) lines.push(`Source: ${s.outlet}: ${s.title ?? s.url} <${s.url}>`);
  return lines.join('\n');
}
