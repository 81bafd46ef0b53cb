import type { Command } from 'commander';
import { httpOptions, openStore } from '../../app.js';
import { DEFAULT_RECORD_RULE } from '../../history/records.js';
import { runBackfill, type BackfillProgress, type BackfillReport } from '../../pipeline/backfill.js';
import { createHttpClient } from '../../scrapers/http.js';
import { commandContext, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { renderTable } from '../table.js';

interface BackfillOpts {
  source?: string[];
  pages?: string;
  config?: string;
}

export function registerBackfill(program: Command): void {
  program
    .command('backfill')
    .description('read the archive pages of sources that declare one and fill the history, without alerts')
    .option('--source <id...>', 'only these sources')
    .option('--pages <n>', 'read at most this many pages per source')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
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
  $ exportwatch backfill --source propakistani --pages 5`)
    .action(async (opts: BackfillOpts) => {
      const pages = opts.pages === undefined ? undefined : Number(opts.pages);
      if (pages !== undefined && (!Number.isInteger(pages) || pages < 1)) {
        process.stderr.write(`exportwatch backfill: --pages must be a positive whole number, got "${opts.pages}"\n`);
        process.exit(EXIT.usage);
      }
      const { config, log } = commandContext(opts);
      const unknown = (opts.source ?? []).filter((id) => !config.sources.some((s) => s.id === id && s.archive));
      if (unknown.length > 0) {
        const withArchive = config.sources.filter((s) => s.archive).map((s) => s.id);
        process.stderr.write(`exportwatch backfill: no source with an archive named ${unknown.join(', ')}; with an archive: ${withArchive.join(', ') || 'none'}\n`);
        process.exit(EXIT.usage);
      }
      try {
        const store = await openStore(config, log);
        const http = createHttpClient(httpOptions(config));
        const bar = process.stderr.isTTY ? progressBar(process.stderr) : undefined;
        const reports = await runBackfill(
          { sources: config.sources, series: config.series, rule: { ...DEFAULT_RECORD_RULE, minConfidence: config.minConfidence }, store, http, log },
          { sourceIds: opts.source, maxPages: pages, onProgress: bar },
        ).finally(async () => {
          if (bar) process.stderr.write('\n');
          await http.close();
          await store.close();
        });
        process.stdout.write(`${backfillText(reports)}\n`);
        process.exitCode = reports.some((r) => r.errors.length > 0) ? EXIT.failed : EXIT.ok;
      } catch (error) {
        exitWith(error);
      }
    });
}

function progressBar(out: NodeJS.WriteStream): (p: BackfillProgress) => void {
  return (p) => {
    const width = 24;
    const done = Math.round((p.page / p.pages) * width);
    const line = `${p.source} [${'#'.repeat(done)}${'.'.repeat(width - done)}] page ${p.page}/${p.pages}, ${p.articles} articles`;
    out.write(`\r${line.slice(0, (out.columns || 80) - 1).padEnd(Math.min(79, (out.columns || 80) - 1))}`);
  };
}

function backfillText(reports: readonly BackfillReport[]): string {
  if (reports.length === 0) return 'No source declares an archive; add "archive": { "url": "…{page}…", "pages": N } to a source.';
  return renderTable(
    [{ header: 'SOURCE' }, { header: 'PAGES', align: 'right' }, { header: 'ARTICLES', align: 'right' }, { header: 'FIGURES', align: 'right' }, { header: 'ERRORS', flex: true }],
    reports.map((r) => [r.source, String(r.pagesRead), String(r.articles), String(r.figures), r.errors.length === 0 ? '' : `${r.errors.length}: ${r.errors[0]}`]),
  );
}
