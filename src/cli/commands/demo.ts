import type { Command } from 'commander';

/** `exportwatch demo`: its options and help; the handler is loaded when it runs. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('serve fixtures/ on 127.0.0.1, run one tick against it with a temporary database, print the alerts')
    .option('--verbose', "show the tick's log lines")
    .addHelpText(
      'after',
      `
Needs no network and no Discord. The seed history is loaded up to 2023-11, so
the December 2023 article ($303 million) is a new monthly record.

Example:
  $ npx exportwatch demo`,
    )
    .action(async (opts: { verbose?: boolean }) => (await import('../handlers/demo.js')).demo(opts));
}
