import { parseYm } from '../extract/months.js';
import type { AlertView } from './types.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-12" → "December 2023". */
export function monthLabel(month: string): string {
  const { year, month: m } = parseYm(month);
  return `${MONTH_NAMES[m - 1] ?? month} ${year}`;
}

/** 303000000 USD → "$303 million"; 2593000000 → "$2.59 billion". */
export function moneyLabel(value: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  const abs = Math.abs(value);
  const [scaled, word] = abs >= 1e9 ? [value / 1e9, 'billion'] : abs >= 1e6 ? [value / 1e6, 'million'] : [value, ''];
  // Number() drops trailing zeros: 2.50 → "2.5", 303.0 → "303".
  const digits = String(Number(Math.abs(scaled).toFixed(abs >= 1e9 ? 2 : 1)));
  return `${value < 0 ? '-' : ''}${symbol}${digits}${word ? ` ${word}` : ''}`;
}

/** The margin over the previous record: "+$43 million, +16.5% over March 2022's $260 million". */
export function marginLabel(alert: AlertView): string | null {
  if (!alert.previous) return null;
  const diff = alert.value - alert.previous.value;
  const pct = (diff / alert.previous.value) * 100;
  return `+${moneyLabel(diff, alert.currency)}, +${pct.toFixed(1)}% over ${monthLabel(alert.previous.month)}'s ${moneyLabel(alert.previous.value, alert.currency)}`;
}

/** The alert as plain text, for stdout and logs. */
export function alertText(alert: AlertView): string {
  const lines = [
    `New monthly record: ${alert.seriesName}`,
    `${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}`,
  ];
  const margin = marginLabel(alert);
  lines.push(margin ? `Previous record: ${margin}` : 'Previous record: none known');
  if (alert.historyIncomplete) lines.push('History is incomplete: the article claims a record the bot cannot confirm.');
  for (const s of alert.sources) lines.push(`Source: ${s.outlet}: ${s.title ?? s.url} <${s.url}>`);
  return lines.join('\n');
}
