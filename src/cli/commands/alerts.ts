import type { Command } from 'commander';

/** `exportwatch alerts`: its options and help; the handler is loaded when it runs. */
export function registerAlerts(program: Command): void {
  program
    .command('alerts')
    .description('list every alert and its delivery state (pending, sent with the message id, failed with the reason)')
    .option('--json', 'print the alerts as JSON, with their sources')
    .option('--retry <id>', 'put a failed alert back in the outbox; the next tick posts it')
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

Examples:
  $ exportwatch alerts
  $ exportwatch alerts --retry 3`,
    )
    .action(async (opts: { json?: boolean; retry?: string; config?: string }) =>
      (await import('../handlers/alerts.js')).alerts(opts),
    );
}
