import { createSeriesMatcher } from '../extract/series.js';
import type { SeriesSpec } from '../extract/types.js';
import type { ArticleLink } from '../scrapers/types.js';

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** The keyword pre-filter: a link is worth fetching when its title, summary or URL names a tracked series. */
export function createRelevanceFilter(series: readonly SeriesSpec[]): (link: ArticleLink) => boolean {
  const matcher = createSeriesMatcher(series);
  const slugs = series.flatMap((s) => s.keywords.map(slug)).filter((s) => s.length >= 4);
  return (link) => {
    const text = `${link.title ?? ''}\n${link.summary ?? ''}`;
    if (matcher.match(text).length > 0) return true;
    const path = (() => {
      try {
        return decodeURIComponent(new URL(link.url).pathname).toLowerCase();
      } catch {
        return link.url.toLowerCase();
      }
    })();
    return slugs.some((s) => path.includes(s));
  };
}
