import { analyseArticle } from '../extract/index.js';
import type { SeriesSpec } from '../extract/types.js';
import { decideRecords, type RecordRule } from '../history/records.js';
import type { ArticlePage } from '../scrapers/types.js';
import type { IngestMode, Store } from '../store/types.js';

/** What storing one fetched article did. */
export interface IngestedPage {
  figures: number;
  alerts: number;
  /** Existing alerts this article was added to as a source. */
  extended: number;
  disputed: number;
}

/**
 * Reads an article's figures and stores them, with the alerts the record rule makes, in one store
 * transaction. Returns null when the article was stored before with the same text.
 */
export async function ingestPage(
  page: ArticlePage,
  source: { id: string; outlet: string },
  deps: { series: readonly SeriesSpec[]; rule: RecordRule; store: Store },
  mode: IngestMode,
): Promise<IngestedPage | null> {
  const { extraction, textHash } = analyseArticle(page.html, { series: deps.series, url: page.url });
  if (await deps.store.hasArticle(page.url, textHash)) return null;
  const result = await deps.store.ingestArticle(
    { url: page.url, sourceId: source.id, outlet: source.outlet, title: extraction.title ?? page.listedTitle, published: extraction.published, contentHash: textHash },
    extraction.figures,
    (figures, historyOf) => decideRecords(figures, historyOf, deps.rule),
    mode,
  );
  return { figures: result.observations, alerts: result.newAlerts.length, extended: result.extendedAlerts.length, disputed: result.disputed };
}
