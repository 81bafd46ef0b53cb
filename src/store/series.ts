import type { ArticleEvidence, SeedMonth } from '../history/consensus.js';
import type { SeriesState } from '../history/moment.js';
import type { Queries } from './database.js';

// What the consensus counts: single-month figures with a value, from an article's current version.
const EVIDENCE = `
  SELECT period_start AS month, value, role, outlet, confidence, published, article_url AS url FROM observations
  WHERE series = $1 AND period_start = period_end AND value IS NOT NULL AND superseded = 0`;

/** The series' imported history rows. */
export function seedOf(q: Queries, series: string): Promise<SeedMonth[]> {
  return q.all<SeedMonth>('SELECT month, value, origin FROM seed_months WHERE series = $1', [series]);
}

/** The series' counted observations, with the article each came from. */
export function evidenceOf(q: Queries, series: string): Promise<ArticleEvidence[]> {
  return q.all<ArticleEvidence>(EVIDENCE, [series]);
}

/** The series' alerts by month, as `history` lists them. */
export function alertsOf(
  q: Queries,
  series: string,
): Promise<Array<{ id: number; month: string; status: 'pending' | 'sent' | 'failed'; value: number }>> {
  return q.all('SELECT id, month, status, value FROM alerts WHERE series = $1 ORDER BY month', [series]);
}

/** Everything the record rule needs of a series' history. */
export async function seriesState(q: Queries, series: string): Promise<SeriesState> {
  return { seed: await seedOf(q, series), evidence: await evidenceOf(q, series), alerted: await alertsOf(q, series) };
}
