import { Command } from 'commander';
import { EXIT } from './exit-codes.js';

/** Adds one command (its options, help and action) to the program. */
export type Registrar = (program: Command) => void;

/**
 * Every command, in the order `--help` lists them. A command's module is imported only when that
 * command runs (or when all are listed), so `exportwatch extract` never pays for discord.js.
 */
export const COMMANDS: ReadonlyArray<{ name: string; load: () => Promise<Registrar> }> = [
  { name: 'start', load: async () => (await import('./commands/start.js')).registerStart },
  { name: 'run', load: async () => (await import('./commands/run.js')).registerRun },
  { name: 'extract', load: async () => (await import('./commands/extract.js')).registerExtract },
  { name: 'demo', load: async () => (await import('./commands/demo.js')).registerDemo },
  { name: 'history', load: async () => (await import('./commands/history.js')).registerHistory },
  { name: 'alerts', load: async () => (await import('./commands/alerts.js')).registerAlerts },
  { name: 'export', load: async () => (await import('./commands/export.js')).registerExport },
  { name: 'sources', load: async () => (await import('./commands/sources.js')).registerSources },
  { name: 'backfill', load: async () => (await import('./commands/backfill.js')).registerBackfill },
  { name: 'config', load: async () => (await import('./commands/config.js')).registerConfig },
  { name: 'doctor', load: async () => (await import('./commands/doctor.js')).registerDoctor },
  { name: 'notify-test', load: async () => (await import('./commands/notify-test.js')).registerNotifyTest },
  { name: 'chart', load: async () => (await import('./commands/chart.js')).registerChart },
  { name: 'migrate-store', load: async () => (await import('./commands/migrate-store.js')).registerMigrateStore },
];

/** Builds the CLI. With `only` naming a command, just that command's module is loaded. */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command()
    .name('exportwatch')
    .description(
      'Reads news sites, extracts export figures, and posts a Discord alert when a new monthly record appears.',
    )
    .showHelpAfterError()
    .exitOverride((err) => {
      // Help and version are successes; any other parse error is a usage error.
      process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
    });
  const wanted = COMMANDS.filter((c) => only === undefined || c.name === only);
  for (const register of await Promise.all(wanted.map((c) => c.load()))) register(program);
  return program;
}

/** The command named on the command line, if it is one we know; undefined for help or a typo. */
export function invokedCommand(argv: readonly string[]): string | undefined {
  const first = argv.slice(2).find((a) => !a.startsWith('-'));
  return COMMANDS.some((c) => c.name === first) ? first : undefined;
}
