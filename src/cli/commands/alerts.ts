import type { Command } from 'commander';
import type { Alert } from '../../history/types.js';
import { commandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { withStore } from '../store.js';
import { compactMoney, renderTable } from '../table.js';

export function registerAlerts(program: Command): void {
  program
    .command('alerts')
    .description('list every alert and its delivery state (pending, sent with the message id, failed with the reason)')
    .option('--json', 'print the alerts as JSON, with their sources')
    .option('--retry <id>', 'put a failed alert back in the outbox; the next tick posts it')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
A pending alert is posted by the next tick once its NEXT time has passed (failed
tries back off from a minute to an hour; a Discord setting to fix, such as a
missing permission, is retried every 10 minutes and named in LAST ERROR). A
failed alert gave up for a reason retrying cannot fix (Discord refused the
message itself); fix it, then --retry. "edit due": a later outlet reported the
same record and the posted message will be rewritten to list it. TRY counts
posts tried, SRC the articles linked.

Examples:
  $ exportwatch alerts
  $ exportwatch alerts --retry 3`)
    .action(async (opts: { json?: boolean; retry?: string; config?: string }) => {
      const ctx = commandContext(opts);
      if (opts.retry !== undefined) {
        const id = Number(opts.retry);
        if (!Number.isInteger(id) || id <= 0) {
          process.stderr.write(`exportwatch alerts: --retry needs an alert id (a positive whole number), got "${opts.retry}"\n`);
          process.exit(EXIT.usage);
        }
        const done = await withStore(ctx, (store) => store.retryAlert(id));
        if (!done) {
          process.stderr.write(`exportwatch alerts: no failed alert with id ${id} (see \`exportwatch alerts\`)\n`);
          process.exit(EXIT.failed);
        }
        process.stdout.write(`Alert #${id} is pending again; the next tick posts it.\n`);
        return;
      }
      const alerts = await withStore(ctx, (store) => store.alerts());
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(alerts, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${alertsText(alerts)}\n`);
    });
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
