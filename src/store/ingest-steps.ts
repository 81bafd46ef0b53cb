import type { Figure } from '../extract/types.js';
import { monthValues, monthValuesAfter, type ArticleEvidence, type MonthEvidence, type SeedMonth } from '../history/consensus.js';
import { isDisputedClaim, type HistoryMoment, type RecordDecision } from '../history/records.js';
import type { ArticleRecord, IngestResult } from './types.js';

/**
 * A series' month values before and after an article, from what the store read inside its transaction.
 * "Before" still counts an earlier version of the article: an edited page does not make old news new.
 */
export function seriesMoment(
  seed: readonly SeedMonth[],
  evidence: readonly ArticleEvidence[],
  article: ArticleRecord,
  figures: readonly Figure[],
  minConfidence: number,
): Pick<HistoryMoment, 'before' | 'after'> {
  const before = monthValues(seed, evidence, minConfidence);
  const own = figures.flatMap((f) => asEvidence(f, article));
  return { before, after: monthValuesAfter(before, seed, evidence, { url: article.url, own }, minConfidence) };
}

/** What storing an article did before any alert is made or linked. */
export function ingestResult(figures: readonly Figure[], decision: RecordDecision): IngestResult {
  return {
    observations: figures.length,
    newAlerts: [],
    extendedAlerts: [],
    disputed: figures.filter((f, i) => isDisputedClaim(f, decision.verdicts[i]?.verdict ?? 'no-value')).length,
  };
}

function asEvidence(f: Figure, article: ArticleRecord): MonthEvidence[] {
  if (f.period.start !== f.period.end || f.value === null) return [];
  return [{ month: f.period.start, value: f.value, role: f.role, outlet: article.outlet, confidence: f.confidence, published: article.published }];
}
