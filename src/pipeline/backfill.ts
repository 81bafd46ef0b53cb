import type { SourceConfig } from '../config.js';
import { FetchError } from '../errors.js';
import type { SeriesSpec } from '../extract/types.js';
import type { RecordRule } from '../history/records.js';
import type { Logger } from '../log.js';
import { SOURCE_KINDS } from '../scrapers/kinds/index.js';
import type { HttpClient } from '../scrapers/types.js';
import type { Store } from '../store/types.js';
import { ingestPage } from './ingest.js';
import { createRelevanceFilter } from './relevance.js';
import { createSourceReader, type TickClaims } from './source-context.js';

/** What backfill needs: a tick's parts without the notifier, which it never uses. */
export interface BackfillDeps {
  sources: readonly SourceConfig[];
  series: readonly SeriesSpec[];
  rule: RecordRule;
  store: Store;
  http: HttpClient;
  log: Logger;
}

/** Where a backfill is, after each archive page. */
export interface BackfillProgress {
  source: string;
  page: number;
  pages: number;
  articles: number;
}

/** How one source's archive was read. */
export interface BackfillReport {
  source: string;
  pagesRead: number;
  articles: number;
  figures: number;
  /** Pages and articles that could not be fetched; the rest of the archive was still read. */
  errors: string[];
}

/**
 * Walks each source's archive pages (`archive.url` with `{page}` = 1…pages) through the source-kinds
 * table and stores every relevant article in baseline mode: the history fills, no alert is made.
 * A 404 past the first page is the end of the archive.
 */
export async function runBackfill(
  deps: BackfillDeps,
  opts: { sourceIds?: readonly string[]; maxPages?: number; onProgress?: (p: BackfillProgress) => void } = {},
): Promise<BackfillReport[]> {
  const isRelevant = createRelevanceFilter(deps.series);
  const chosen = deps.sources.filter((s) => s.archive && (!opts.sourceIds?.length || opts.sourceIds.includes(s.id)));
  const reports: BackfillReport[] = [];
  const claims: TickClaims = { keys: new Set(), texts: new Set() };
  for (const source of chosen) {
    const archive = source.archive!;
    const pages = Math.min(archive.pages, opts.maxPages ?? archive.pages);
    const report: BackfillReport = { source: source.id, pagesRead: 0, articles: 0, figures: 0, errors: [] };
    const log = deps.log.child({ source: source.id });
    for (let page = 1; page <= pages; page++) {
      const url = archive.url.replaceAll('{page}', String(page));
      const reader = createSourceReader(source, deps, isRelevant, claims, async (article) => {
        const stored = await ingestPage(article, source, deps, 'baseline', claims);
        if (stored === null) return;
        report.articles++;
        report.figures += stored.figures;
      });
      // Archive pages are read whole each time: their validators are not kept.
      const outcome = await SOURCE_KINDS[archive.kind ?? source.kind]
        .read({ ...source, url }, reader.context)
        .catch((error: Error) => ({ status: 'error' as const, error }));
      if (outcome.status === 'error') {
        if (page > 1 && outcome.error instanceof FetchError && outcome.error.reason === 'HTTP 404') break;
        report.errors.push(outcome.error.message);
        log.warn({ err: outcome.error, url }, 'archive page failed');
      } else if (outcome.status === 'ok') {
        for (const failure of outcome.failures) report.errors.push(failure.error.message);
      }
      report.pagesRead++;
      opts.onProgress?.({ source: source.id, page, pages, articles: report.articles });
    }
    log.info(
      { pages: report.pagesRead, articles: report.articles, figures: report.figures, errors: report.errors.length },
      'archive read',
    );
    reports.push(report);
  }
  return reports;
}
