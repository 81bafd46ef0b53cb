import type { Command } from 'commander';

/** `exportwatch sources`: its options and help; the handler is loaded when it runs. */
export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('list every configured source with its health: status, failures in a row, last success, next attempt')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .option('--json', 'print a JSON array instead of the table')
    .addHelpText(
      'after',
      `
Status: new (never read), ok, unchanged (last answer was 304), failing
(backing off), disabled (failed too often; still tried every
sourceHealth.maxBackoffMinutes). Times are in TIMEZONE.

Examples:
  $ exportwatch sources
  $ exportwatch sources --json | jq '.[] | select(.status != "ok")'`,
    )
    .action(async (opts: { config?: string; json?: boolean }) =>
      (await import('../handlers/sources.js')).sources(opts),
    );
}
