import type { Command } from 'commander';

/** `exportwatch doctor`: its options and help; the checks (and discord.js) load when it runs. */
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'check the configuration, the database, the chart and the Discord credentials and permissions; print what to fix',
    )
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
Sends nothing to Discord: it reads the bot's identity, each channel and the
bot's permissions there (View Channel, Send Messages, Embed Links, Attach Files;
Read Message History helps), or the webhook.
Exit codes: 0 every check passed (warnings allowed); 1 a check failed;
2 the configuration is invalid.

Examples:
  $ exportwatch doctor
  $ exportwatch doctor --config ./config/exportwatch.json`,
    )
    .action(async (opts: { config?: string }) => (await import('../handlers/doctor.js')).doctor(opts));
}
