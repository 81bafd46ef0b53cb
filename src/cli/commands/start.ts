import type { Command } from 'commander';

/** `exportwatch start`: its options and help; the handler is loaded when it runs. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run the worker: a tick at start-up, then on the schedule (SCHEDULE, TIMEZONE) until SIGINT/SIGTERM')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
A tick never overlaps the previous one. On SIGINT or SIGTERM the worker stops
scheduling, waits up to SHUTDOWN_TIMEOUT for a running tick, closes the database
and exits 0 (1 if the tick had to be abandoned; a second signal exits at once).
With METRICS_PORT set it serves /healthz and /metrics on METRICS_HOST.

Examples:
  $ exportwatch start
  $ SCHEDULE="0 * * * *" TIMEZONE=Asia/Karachi exportwatch start
  $ METRICS_PORT=9464 exportwatch start & curl -s 127.0.0.1:9464/healthz`,
    )
    .action(async (opts: { config?: string }) => (await import('../handlers/start.js')).start(opts));
}
