import { alertText } from './format.js';
import type { Notifier } from './types.js';

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
