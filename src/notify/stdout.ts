import { monthLabel } from '../calendar/months.js';
import { terminalText } from '../printable/controls.js';
import { moneyLabel } from './format.js';
import type { AlertView, Notifier } from './types.js';
import { alertWording, plainPhrase } from './wording.js';
import { agreementWords, correctionHeadline } from './words.js';

/**
 * The alert as plain text, for stdout: the words every notifier uses (or the correction's), then what the
 * record rest on. What came from the web — the sentence read, the sources — stays on its line, without
 * control characters.
 */
export function alertText(alert: AlertView): string {
  const words = alertWording(alert);
  const c = alert.correction;
  const month = monthLabel(alert.month);
  const lines = c
    ? [
        `Correction: ${alert.seriesName}, ${month}`,
        c.kind === 'revised' && c.value !== null
          ? `${moneyLabel(c.value, alert.currency)} in ${month} (posted as ${moneyLabel(alert.value, alert.currency)})`
          : `${moneyLabel(alert.value, alert.currency)} in ${month} (no longer stands)`,
        `Correction: ${c.reason}`,
      ]
    : [words.title, plainPhrase(words.headline)];
  lines.push(words.margin);
  if (words.caveat) lines.push(words.caveat);
  if (words.testNote) lines.push(words.testNote);
  const agreement = alert.sources.length > 0 ? agreementWords(alert) : null;
  if (agreement) lines.push(agreement);
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

/** Prints alerts to a stream; the default when no Discord settings are configured. */
export function createStdoutNotifier(out: NodeJS.WritableStream = process.stdout): Notifier {
  return {
    kind: 'stdout',
    async send(alert) {
      out.write(`${alertText(alert)}\n\n`);
      return { status: 'sent', messageId: null };
    },
    async edit(alert) {
      out.write(`Update to an earlier alert:\n${alertText(alert)}\n\n`);
      return { status: 'sent', messageId: null };
    },
    async followUp(alert) {
      out.write(`${followUpText(alert)}\n\n`);
      return { status: 'sent', messageId: null };
    },
    async sendNotice(notice) {
      // The detail quotes the source's error, which may quote the site.
      const line = `Notice: source ${notice.sourceId} (${notice.outlet}) ${notice.kind === 'source-disabled' ? 'disabled' : 'recovered'}: ${notice.detail}`;
      out.write(`${terminalText(line)}\n\n`);
      return { status: 'sent', messageId: null };
    },
  };
}
