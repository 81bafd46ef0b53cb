import type { Command } from 'commander';

/** `exportwatch notify-test`: its options and help; the handler (and discord.js) load when it runs. */
export function registerNotifyTest(program: Command): void {
  program
    .command('notify-test')
    .description('post a clearly marked test alert (with its chart) where alerts go')
    .option('--series <id>', 'series to draw the test alert from (default: the first in the config)')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
The message is titled "[TEST] New monthly record: …", grey instead of green, and
says it is a test. It uses the series' highest month in the database as the
sample value. Nothing is stored.
Exit codes: 0 posted; 1 Discord did not accept it (the reason says what to fix);
2 bad configuration.

Examples:
  $ exportwatch notify-test
  $ exportwatch notify-test --series pk-it-exports`,
    )
    .action(async (opts: { series?: string; config?: string }) =>
      (await import('../handlers/notify-test.js')).notifyTest(opts),
    );
}
