import type { YearMonth } from '../calendar/months.js';
import type { Figure } from '../extract/types.js';
import {
  monthValues,
  monthValuesAfter,
  type ArticleEvidence,
  type MonthEvidence,
  type SeedMonth,
} from './consensus.js';
import { countedEvidence, type AlertState } from './counted.js';
import type { HistoryMoment } from './records.js';

/** What the history holds for a series, as the store read it inside the transaction that stores an article. */
export interface SeriesState {
  seed: readonly SeedMonth[];
  /** Single-month observations of current article versions, with the article each came from. */
  evidence: readonly ArticleEvidence[];
  /** Every alert of the series, whatever its state. */
  alerts: readonly AlertState[];
}

/** The article being stored, as far as its figures weigh in the history. */
export interface ArticleOrigin {
  url: string;
  outlet: string;
  published: string | null;
  /** Hash of its text: a copy of a held report's article does not confirm it. */
  contentHash?: string | null;
}

/** The series' month values as the record rule counts them: held and rejected figures left out. */
export function countedValues(state: SeriesState, minConfidence: number): Map<YearMonth, number> {
  return new Map(monthValues(state.seed, countedEvidence(state.evidence, state.alerts), minConfidence));
}

/**
 * A series' month values before and after an article, and its alerts: what the record rule judges.
 * "Before" still counts an earlier version of the article: an edited page does not make old news new.
 */
export function historyMoment(
  state: SeriesState,
  article: ArticleOrigin,
  figures: readonly Figure[],
  minConfidence: number,
): HistoryMoment {
  const counted = countedEvidence(state.evidence, state.alerts);
  const before = monthValues(state.seed, counted, minConfidence);
  const own = figures.flatMap((f) => asEvidence(f, article));
  return {
    before,
    after: monthValuesAfter(before, state.seed, counted, { url: article.url, own }, minConfidence),
    alerts: new Map(state.alerts.map((a) => [a.month, a])),
    article: { outlet: article.outlet, url: article.url, contentHash: article.contentHash ?? null },
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
