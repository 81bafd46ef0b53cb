import type { Command } from 'commander';

/** `exportwatch alerts`: its options and help; the handler is loaded when it runs. */
export function registerAlerts(program: Command): void {
  program
    .command('alerts')
    .description('list every alert and its state (pending, sent, failed; held, corrected, rejected), or decide on one')
    .option('--json', 'print the alerts as JSON, with their sources, reasons and corrections')
    .option('--retry <id>', 'put a failed alert back in the outbox; the next tick posts it')
    .option('--confirm <id>', 'post a held record: a person vouches for the figure')
    .option('--reject <id>', 'drop a held record, or correct a posted one in the channel')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
A pending alert is posted by the next tick once its NEXT time has passed (failed
tries back off from a minute to an hour; a Discord setting to fix, such as a
missing permission, is retried every 10 minutes and named in LAST ERROR). A
failed alert gave up for a reason retrying cannot fix (Discord refused the
message itself); fix it, then --retry. "edit due": a later outlet reported the
same record and the posted message will be rewritten to list it. TRY counts
posts tried, SRC the articles linked.

A held record was too far above the series' history to post on one report; the
reason says how far. An independent outlet reporting the same figure posts it,
as does --confirm; --reject drops it for good. Rejecting a posted record
corrects its message and posts one follow-up. Corrected and rejected records
are final.

Examples:
  $ exportwatch alerts
  $ exportwatch alerts --retry 3
  $ exportwatch alerts --confirm 7
  $ exportwatch alerts --reject 7`,
    )
    .action(async (opts: { json?: boolean; retry?: string; confirm?: string; reject?: string; config?: string }) =>
      (await import('../handlers/alerts.js')).alerts(opts),
    );
}
