import { monthLabel } from '../calendar/months.js';
import { moneyLabel } from '../history/money.js';
import { terminalText } from '../printable/controls.js';
import type { AlertView } from './types.js';
import { agreementWords, correctionHeadline } from './words.js';

// Money is worded by history/ too (a hold's or a correction's reason); one wording for both.
export { moneyLabel };

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

/** The alert as plain text, for stdout and logs; what came from the web stays on its line, without control characters. */
export function alertText(alert: AlertView): string {
  const c = alert.correction;
  const lines = [
    c
      ? `Correction: ${alert.seriesName}, ${monthLabel(alert.month)}`
      : `${alert.test ? '[TEST] ' : ''}New monthly record: ${alert.seriesName}`,
  ];
  if (c && c.kind === 'revised' && c.value !== null)
    lines.push(
      `${moneyLabel(c.value, alert.currency)} in ${monthLabel(alert.month)} (posted as ${moneyLabel(alert.value, alert.currency)})`,
    );
  else
    lines.push(
      `${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}${c ? ' (no longer stands)' : ''}`,
    );
  if (c) lines.push(`Correction: ${c.reason}`);
  const margin = marginLabel(alert);
  lines.push(margin ? `Previous record: ${margin}` : 'Previous record: none known');
  if (alert.historyIncomplete) lines.push('History is incomplete: the article claims a record the bot cannot confirm.');
  const agreement = alert.sources.length > 0 ? agreementWords(alert) : null;
  if (agreement) lines.push(agreement);
  // The sentence and the sources come from the web: each stays on its line, without control characters.
  if (alert.evidence) lines.push(terminalText(`Read from: "${alert.evidence}"`));
  if (alert.hold?.releasedBy)
    lines.push(`An unusually large jump: ${alert.hold.reason}. Held until ${alert.hold.releasedBy} confirmed it.`);
  for (const s of alert.sources) lines.push(terminalText(`Source: ${s.outlet}: ${s.title ?? s.url} <${s.url}>`));
  return lines.join('\n');
}

/** A correction's follow-up as plain text. */
export function followUpText(alert: AlertView): string {
  return `${correctionHeadline(alert)}: ${alert.correction?.reason ?? ''}.`;
}
