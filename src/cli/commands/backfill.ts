import type { Command } from 'commander';
import type { BackfillOpts } from '../handlers/backfill.js';

/** `exportwatch backfill`: its options and help; the handler is loaded when it runs. */
export function registerBackfill(program: Command): void {
  program
    .command('backfill')
    .description('read the archive pages of sources that declare one and fill the history, without alerts')
    .option('--source <id...>', 'only these sources')
    .option('--pages <n>', 'read at most this many pages per source')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText(
      'after',
      `
A source declares its archive in the config file, e.g. a WordPress feed's
older pages:
  "archive": { "url": "https://propakistani.pk/feed/?paged={page}",
               "pages": 20 }
Articles are stored like a new source's first tick: figures enter the history,
nothing is posted. A progress bar is drawn when standard error is a terminal.
Exit codes: 0 every page read; 1 some page or article failed (the rest was
still read); 2 bad options.

Examples:
  $ exportwatch backfill
  $ exportwatch backfill --source propakistani --pages 5`,
    )
    .action(async (opts: BackfillOpts) => (await import('../handlers/backfill.js')).backfill(opts));
}
