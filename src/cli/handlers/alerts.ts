import type { App } from '../../app/index.js';
import type { Alert } from '../../history/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { compactMoney, renderTable } from '../table.js';

/** `exportwatch alerts`: the outbox as a table or JSON, or `--retry ID` to put a failed alert back. */
export async function alerts(opts: { json?: boolean; retry?: string; config?: string }): Promise<void> {
  const app = await commandApp(opts);
  if (opts.retry !== undefined) return retry(app, opts.retry);
  const all = await using(app, async () => (await app.store()).alerts());
  process.stdout.write(opts.json ? `${JSON.stringify(all, null, 2)}\n` : `${alertsText(all)}\n`);
}

async function retry(app: App, given: string): Promise<void> {
  const id = Number(given);
  if (!Number.isInteger(id) || id <= 0) {
    process.stderr.write(`exportwatch alerts: --retry needs an alert id (a positive whole number), got "${given}"\n`);
    process.exit(EXIT.usage);
  }
  const done = await using(app, async () => (await app.store()).retryAlert(id));
  if (!done) {
    process.stderr.write(`exportwatch alerts: no failed alert with id ${id} (see \`exportwatch alerts\`)\n`);
    process.exit(EXIT.failed);
  }
  process.stdout.write(`Alert #${id} is pending again; the next tick posts it.\n`);
}

/** The outbox as an 80-column table. */
export function alertsText(alerts: readonly Alert[]): string {
  if (alerts.length === 0) return 'No alerts yet.';
  const rows = alerts.map((a) => [
    String(a.id),
    a.series,
    a.month,
    compactMoney(a.value, a.currency),
    a.status,
    String(a.attempts),
    String(a.sources.length),
    detail(a),
  ]);
  return renderTable(
    [
      { header: 'ID', align: 'right' },
      { header: 'SERIES' },
      { header: 'MONTH' },
      { header: 'VALUE', align: 'right' },
      { header: 'STATUS' },
      { header: 'TRY', align: 'right' },
      { header: 'SRC', align: 'right' },
      { header: 'MESSAGE / DETAIL', flex: true },
    ],
    rows,
  );
}

function detail(a: Alert): string {
  const parts: string[] = [];
  // The message id alone: at 80 columns there is room for a 19-digit snowflake, not for a label.
  if (a.status === 'sent') parts.push(a.messageId ?? 'printed to stdout');
  if (a.editPending) parts.push('edit due');
  if (a.nextAttemptAt) parts.push(`next ${a.nextAttemptAt.slice(0, 16).replace('T', ' ')}Z`);
  if (a.historyIncomplete) parts.push('history incomplete');
  if (a.lastError) parts.push(a.lastError);
  return parts.join('; ');
}
