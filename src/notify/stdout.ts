import type { AlertView, Notifier } from './types.js';
import { alertWording, plainPhrase } from './wording.js';

/** The alert as plain text, for stdout: the words every notifier uses, then one line per source. */
export function alertText(alert: AlertView): string {
  const words = alertWording(alert);
  const lines = [words.title, plainPhrase(words.headline), words.margin];
  if (words.caveat) lines.push(words.caveat);
  if (words.testNote) lines.push(words.testNote);
  for (const s of alert.sources) lines.push(`Source: ${s.outlet}: ${s.title ?? s.url} <${s.url}>`);
  return lines.join('\n');
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
    async sendNotice(notice) {
      out.write(
        `Notice: source ${notice.sourceId} (${notice.outlet}) ${notice.kind === 'source-disabled' ? 'disabled' : 'recovered'}: ${notice.detail}\n\n`,
      );
      return { status: 'sent', messageId: null };
    },
  };
}
