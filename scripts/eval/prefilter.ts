// The feed pre-filter's recall: a case whose figures the bot should read is lost before extraction when the feed
// item announcing it (its headline and URL, as the wrapped page gives them) does not pass the pre-filter.
import { createSeriesMentionCheck, type SeriesSpec } from '../../src/extract/index.js';
import type { EvalCase } from './corpora.js';

/** How many cases with figures of a tracked series the pre-filter would fetch, and which it would skip. */
export interface PrefilterScore {
  fetched: number;
  total: number;
  /** Cases skipped, with the headline the feed item carried. */
  skipped: Array<{ id: string; headline: string; url: string }>;
}

/** Runs the pre-filter over each case that expects a figure of a tracked series, as a feed item of its headline and URL. */
export function scorePrefilter(cases: readonly EvalCase[], series: readonly SeriesSpec[]): PrefilterScore {
  const fetches = createSeriesMentionCheck(series);
  const score: PrefilterScore = { fetched: 0, total: 0, skipped: [] };
  for (const e of cases) {
    if (e.truth.months.length === 0 && e.truth.periods.length === 0) continue;
    score.total++;
    const headline = e.headline?.text ?? null;
    if (fetches({ url: e.url, title: headline, summary: null })) score.fetched++;
    else score.skipped.push({ id: e.truth.id, headline: headline ?? '', url: e.url });
  }
  return score;
}
