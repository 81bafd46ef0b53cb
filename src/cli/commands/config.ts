import type { Command } from 'commander';

/** `exportwatch config`: its options and help; the handler is loaded when it runs. */
export function registerConfig(program: Command): void {
  program
    .command('config')
    .description('check the configuration and print it as the worker sees it, secrets redacted')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .option('--json', 'print one JSON object instead of a list')
    .addHelpText(
      'after',
      `
Reads .env, the environment and the config file exactly as \`start\` does. The
Discord token and webhook URL are shown as [redacted]. Exit codes: 0 valid;
2 a bad value (the message names the key).

Examples:
  $ exportwatch config
  $ exportwatch config --json | jq .schedule`,
    )
    .action(async (opts: { config?: string; json?: boolean }) =>
      (await import('../handlers/config.js')).showConfig(opts),
    );
}
