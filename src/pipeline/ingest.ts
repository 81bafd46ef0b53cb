import { analyseArticle } from '../extract/index.js';
import type { SeriesSpec } from '../extract/types.js';
import { decideRecords, type RecordRule } from '../history/records.js';
import type { IngestMode } from '../history/types.js';
import type { ArticlePage } from '../scrapers/types.js';
import type { Store } from '../store/types.js';
import { recordArticle } from './record.js';
import type { TickClaims } from './source-context.js';

/** What storing one fetched article did. */
export interface IngestedPage {
  figures: number;
  alerts: number;
  /** Existing alerts this article was added to as a source. */
  extended: number;
  disputed: number;
  /** Alerts held as implausible, released by this article's confirmation, and corrected. */
  held: number[];
  released: number[];
  corrected: number[];
}

/**
 * Reads an article's figures and stores them, with the alerts the record rule makes, in one store
 * transaction, then remembers the article under every key it is known by. Returns null when the
 * article was stored before with the same text (under any of its keys), or is being stored by
 * another source in this tick.
 */
export async function ingestPage(
  page: ArticlePage,
  source: { id: string; outlet: string },
  deps: { series: readonly SeriesSpec[]; rule: RecordRule; store: Store },
  mode: IngestMode,
  claims: TickClaims,
): Promise<IngestedPage | null> {
  const { extraction, textHash } = analyseArticle(page.html, {
    series: deps.series,
    url: page.url,
    // The feed's date dates a page that gives none of its own: "in March" is then the right year's March.
    listedDate: page.listedPublished ?? null,
  });
  const textClaim = `${page.keys.at(-1) ?? page.url}#${textHash}`;
  if (claims.texts.has(textClaim)) return null;
  claims.texts.add(textClaim);
  const remember = () => deps.store.rememberArticle(page.keys, { url: page.url, contentHash: textHash });
  // A crash between storing and remembering leaves the article stored but its keys unknown: hasArticle covers that.
  if ((await deps.store.articleTextSeen(page.keys, textHash)) || (await deps.store.hasArticle(page.url, textHash))) {
    await remember();
    return null;
  }
  const result = await recordArticle(
    deps.store,
    {
      url: page.url,
      sourceId: source.id,
      outlet: source.outlet,
      title: extraction.title ?? page.listedTitle,
      published: extraction.published,
      contentHash: textHash,
    },
    extraction.figures,
    (figures, historyOf) => decideRecords(figures, historyOf, deps.rule),
    mode,
  );
  await remember();
  return {
    figures: result.observations,
    alerts: result.newAlerts.length,
    extended: result.extendedAlerts.length,
    disputed: result.disputed,
    held: result.heldAlerts,
    released: result.releasedAlerts,
    corrected: result.correctedAlerts,
  };
}
