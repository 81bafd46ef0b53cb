import type { App } from '../../app/index.js';
import { reasonOf } from '../../history/table.js';
import type { Alert } from '../../history/types.js';
import type { AlertDecision } from '../../store/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printable } from '../print.js';
import { compactMoney, renderTable, wrap } from '../table.js';

/** What `exportwatch alerts` was asked to do. */
interface AlertsOptions {
  json?: boolean;
  retry?: string;
  confirm?: string;
  reject?: string;
  config?: string;
}

/** `exportwatch alerts`: the outbox as a table or JSON, `--retry ID`, or a person's `--confirm` / `--reject ID`. */
export async function alerts(opts: AlertsOptions): Promise<void> {
  const actions = (['retry', 'confirm', 'reject'] as const).filter((a) => opts[a] !== undefined);
  if (actions.length > 1) {
    process.stderr.write(`exportwatch alerts: give one of --retry, --confirm and --reject, not ${actions.length}\n`);
    process.exit(EXIT.usage);
  }
  const app = await commandApp(opts);
  if (opts.retry !== undefined) return retry(app, alertId('--retry', opts.retry));
  if (opts.confirm !== undefined) return decide(app, alertId('--confirm', opts.confirm), 'confirm');
  if (opts.reject !== undefined) return decide(app, alertId('--reject', opts.reject), 'reject');
  const all = await using(app, async () => (await app.store()).alerts());
  // Delivery errors quote Discord, which may quote what it was sent.
  const text = opts.json ? JSON.stringify(all, null, 2) : alertsText(all);
  process.stdout.write(`${printable(text, app.config.secrets)}\n`);
}

function alertId(option: string, given: string): number {
  const id = Number(given);
  if (!Number.isInteger(id) || id <= 0) {
    process.stderr.write(`exportwatch alerts: ${option} needs an alert id (a positive whole number), got "${given}"\n`);
    process.exit(EXIT.usage);
  }
  return id;
}

async function retry(app: App, id: number): Promise<void> {
  const done = await using(app, async () => (await app.store()).retryAlert(id));
  if (!done) {
    process.stderr.write(`exportwatch alerts: no failed alert with id ${id} (see \`exportwatch alerts\`)\n`);
    process.exit(EXIT.failed);
  }
  process.stdout.write(`Alert #${id} is pending again; the next tick posts it.\n`);
}

async function decide(app: App, id: number, decision: 'confirm' | 'reject'): Promise<void> {
  const outcome = await using(app, async () => (await app.store()).decideAlert(id, decision));
  const said = decisionText(id, decision, outcome);
  if (outcome.status === 'not-found' || outcome.status === 'refused') {
    process.stderr.write(`exportwatch alerts: ${said}\n`);
    process.exit(EXIT.failed);
  }
  process.stdout.write(`${said}\n`);
}

/** What a person's decision did, in a sentence. */
export function decisionText(id: number, decision: 'confirm' | 'reject', outcome: AlertDecision): string {
  switch (outcome.status) {
    case 'not-found':
      return `no alert with id ${id} (see \`exportwatch alerts\`)`;
    case 'refused':
      return decision === 'confirm'
        ? `alert #${id} is ${outcome.alert.status}, not held: only a held record can be confirmed`
        : `alert #${id} is already ${outcome.alert.status}; that is final`;
    case 'released':
      return `Alert #${id} is confirmed; the next tick posts it.`;
    case 'rejected':
      return `Alert #${id} is rejected and will not be posted; its figure no longer counts.`;
    case 'corrected':
      return outcome.alert.status === 'corrected'
        ? `Alert #${id} is rejected; the next tick corrects its message and posts one follow-up.`
        : `Alert #${id} is rejected; its message will be corrected, with one follow-up, once its post is settled.`;
  }
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
  const table = renderTable(
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
  // Reasons are sentences: each is spelled out whole under the table, where it is not cut to fit.
  const reasons = alerts.flatMap((a) => {
    const reason = reasonOf(a);
    return reason ? [wrap(`  #${a.id} ${a.status}: ${reason}`, 4)] : [];
  });
  return reasons.length === 0 ? table : [table, '', 'Held and corrected:', ...reasons].join('\n');
}

function detail(a: Alert): string {
  const parts: string[] = [];
  // The message id alone: at 80 columns there is room for a 19-digit snowflake, not for a label.
  if (a.status === 'sent' || a.status === 'corrected') parts.push(a.messageId ?? 'printed to stdout');
  if (a.status === 'held') parts.push(a.review?.messageId ? 'in review channel' : 'not posted');
  if (a.editPending) parts.push('edit due');
  if (a.followUp?.pending) parts.push('follow-up due');
  if (a.nextAttemptAt) parts.push(`next ${a.nextAttemptAt.slice(0, 16).replace('T', ' ')}Z`);
  if (a.historyIncomplete) parts.push('history incomplete');
  if (a.hold?.releasedBy) parts.push(`confirmed by ${a.hold.releasedBy}`);
  if (a.lastError) parts.push(a.lastError);
  return parts.join('; ');
}
