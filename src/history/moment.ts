import type { YearMonth } from '../calendar/months.js';
import type { Figure } from '../extract/types.js';
import {
  monthValues,
  monthValuesAfter,
  type ArticleEvidence,
  type MonthEvidence,
  type SeedMonth,
} from './consensus.js';
import type { HistoryMoment } from './records.js';

/** What the history holds for a series, as the store read it inside the transaction that stores an article. */
export interface SeriesState {
  seed: readonly SeedMonth[];
  /** Counted single-month observations, with the article each came from. */
  evidence: readonly ArticleEvidence[];
  /** Months that have an alert, with the value alerted. */
  alerted: ReadonlyArray<{ month: YearMonth; value: number }>;
}

/** The article being stored, as far as its figures weigh in the history. */
export interface ArticleOrigin {
  url: string;
  outlet: string;
  published: string | null;
}

/**
 * A series' month values before and after an article, and its alerted months: what the record rule judges.
 * "Before" still counts an earlier version of the article: an edited page does not make old news new.
 */
export function historyMoment(
  state: SeriesState,
  article: ArticleOrigin,
  figures: readonly Figure[],
  minConfidence: number,
): HistoryMoment {
  const before = monthValues(state.seed, state.evidence, minConfidence);
  const own = figures.flatMap((f) => asEvidence(f, article));
  return {
    before,
    after: monthValuesAfter(before, state.seed, state.evidence, { url: article.url, own }, minConfidence),
    alerted: new Map(state.alerted.map((a) => [a.month, a.value])),
  };
}

function asEvidence(f: Figure, article: ArticleOrigin): MonthEvidence[] {
  if (f.period.start !== f.period.end || f.value === null) return [];
  return [
    {
      month: f.period.start,
      value: f.value,
      role: f.role,
      outlet: article.outlet,
      confidence: f.confidence,
      published: article.published,
    },
  ];
}
