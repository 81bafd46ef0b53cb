import { createSeriesMentionCheck, type SeriesSpec } from '../extract/index.js';
import type { ArticleLink } from '../scrapers/types.js';

/** The keyword pre-filter: a link is worth fetching when its title, summary or URL names a tracked series. */
export function createRelevanceFilter(series: readonly SeriesSpec[]): (link: ArticleLink) => boolean {
  return createSeriesMentionCheck(series);
}
