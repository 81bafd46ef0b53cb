import type { Command } from 'commander';
import cron from 'node-cron';
import { closeTickDeps, createTickDeps } from '../../app.js';
import { logDiscordChecks } from '../../notify/discord/checks.js';
import { runTick } from '../../pipeline/tick.js';
import { commandContext, exitWith } from '../context.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run the worker: a tick at start-up, then on the schedule (SCHEDULE, TIMEZONE) until SIGINT/SIGTERM')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
A tick never overlaps the previous one. On SIGINT or SIGTERM the worker stops scheduling,
lets a running tick finish, closes the database and exits 0.

Example:
  $ SCHEDULE="*/30 * * * *" TIMEZONE=Asia/Karachi exportwatch start`)
    .action(async (opts: { config?: string }) => {
      const { config, log } = commandContext(opts);
      try {
        const deps = await createTickDeps(config, log);
        let running: Promise<unknown> = Promise.resolve();
        const tick = (): Promise<unknown> => {
          running = runTick(deps).catch((error: Error) => log.error({ err: error }, 'tick crashed'));
          return running;
        };
        const task = cron.schedule(config.schedule, tick, { timezone: config.timezone, noOverlap: true, name: 'exportwatch-tick' });
        log.info({ schedule: config.schedule, timezone: config.timezone, sources: config.sources.length, notifier: config.notifier.kind }, 'worker started');
        await logDiscordChecks(config.notifier, log);
        void tick();
        const stop = async (signal: string): Promise<void> => {
          log.info({ signal }, 'stopping: waiting for the running tick');
          await task.stop();
          await running;
          await closeTickDeps(deps);
          log.info('stopped');
          process.exit(0);
        };
        process.once('SIGINT', () => void stop('SIGINT'));
        process.once('SIGTERM', () => void stop('SIGTERM'));
      } catch (error) {
        exitWith(error);
      }
    });
}
