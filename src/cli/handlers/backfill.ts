import type { App } from '../../app/index.js';
import { DEFAULT_RECORD_RULE } from '../../history/records.js';
import { runBackfill, type BackfillProgress, type BackfillReport } from '../../pipeline/backfill.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { renderTable } from '../table.js';

/** Options of `exportwatch backfill`. */
export interface BackfillOpts {
  source?: string[];
  pages?: string;
  config?: string;
}

/** `exportwatch backfill`: reads the declared archives into the history, in baseline mode (no alerts). */
export async function backfill(opts: BackfillOpts): Promise<void> {
  const pages = opts.pages === undefined ? undefined : Number(opts.pages);
  if (pages !== undefined && (!Number.isInteger(pages) || pages < 1)) {
    process.stderr.write(`exportwatch backfill: --pages must be a positive whole number, got "${opts.pages}"\n`);
    process.exit(EXIT.usage);
  }
  const app = await commandApp(opts);
  const { config } = app;
  const unknown = (opts.source ?? []).filter((id) => !config.sources.some((s) => s.id === id && s.archive));
  if (unknown.length > 0) {
    const withArchive = config.sources.filter((s) => s.archive).map((s) => s.id);
    process.stderr.write(
      `exportwatch backfill: no source with an archive named ${unknown.join(', ')}; with an archive: ${withArchive.join(', ') || 'none'}\n`,
    );
    process.exit(EXIT.usage);
  }
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  const reports = await using(app, () =>
    readArchives(app, { sourceIds: opts.source, maxPages: pages, onProgress: bar }),
  ).finally(() => bar && process.stderr.write('\n'));
  process.stdout.write(`${backfillText(reports)}\n`);
  process.exitCode = reports.some((r) => r.errors.length > 0) ? EXIT.failed : EXIT.ok;
}

async function readArchives(app: App, opts: Parameters<typeof runBackfill>[1]): Promise<BackfillReport[]> {
  const { config, log } = app;
  const rule = { ...DEFAULT_RECORD_RULE, minConfidence: config.minConfidence };
  return runBackfill(
    { sources: config.sources, series: config.series, rule, store: await app.store(), http: await app.http(), log },
    opts,
  );
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
  if (reports.length === 0)
    return 'No source declares an archive; add "archive": { "url": "…{page}…", "pages": N } to a source.';
  return renderTable(
    [
      { header: 'SOURCE' },
      { header: 'PAGES', align: 'right' },
      { header: 'ARTICLES', align: 'right' },
      { header: 'FIGURES', align: 'right' },
      { header: 'ERRORS', flex: true },
    ],
    reports.map((r) => [
      r.source,
      String(r.pagesRead),
      String(r.articles),
      String(r.figures),
      r.errors.length === 0 ? '' : `${r.errors.length}: ${r.errors[0]}`,
    ]),
  );
}
