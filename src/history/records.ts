import { addMonths } from '../extract/months.js';
import type { Figure, YearMonth } from '../extract/types.js';
import type { AlertDraft, MonthValues } from '../store/types.js';

/** Settings of the record rule. */
export interface RecordRule {
  /** Figures read with less confidence never alert. */
  minConfidence: number;
  /** A history whose newest month is more than this many months before the figure's month is stale. */
  staleAfterMonths: number;
}

export const DEFAULT_RECORD_RULE: RecordRule = { minConfidence: 0.7, staleAfterMonths: 6 };

/** Why a figure did or did not make an alert; the pipeline logs the reasons. */
export type RecordVerdict =
  | { verdict: 'record'; draft: AlertDraft }
  | { verdict: 'not-single-month' | 'no-value' | 'low-confidence' | 'not-reported-month' | 'not-above-maximum' | 'stale-history-unclaimed' };

/**
 * The record rule: a single-month value reported as the month's own figure, read with enough confidence,
 * strictly above every other month the history holds. With a stale or empty history only the article's
 * own record claim can justify an alert, and the alert says the history is incomplete.
 */
export function judgeFigure(figure: Figure, history: MonthValues, rule: RecordRule = DEFAULT_RECORD_RULE): RecordVerdict {
  if (figure.period.start !== figure.period.end) return { verdict: 'not-single-month' };
  if (figure.value === null) return { verdict: 'no-value' };
  if (figure.role !== 'reported-month') return { verdict: 'not-reported-month' };
  if (figure.confidence < rule.minConfidence) return { verdict: 'low-confidence' };
  const month = figure.period.start;
  let previous: { month: YearMonth; value: number } | null = null;
  let newest: YearMonth | null = null;
  for (const [m, v] of history) {
    if (m === month) continue;
    if (previous === null || v > previous.value) previous = { month: m, value: v };
    if (newest === null || m > newest) newest = m;
  }
  const stale = newest === null || newest < addMonths(month, -rule.staleAfterMonths);
  if (previous !== null && figure.value <= previous.value) return { verdict: 'not-above-maximum' };
  if (stale && !figure.recordClaim) return { verdict: 'stale-history-unclaimed' };
  return {
    verdict: 'record',
    draft: { series: figure.series, month, value: figure.value, currency: figure.currency, previous, historyIncomplete: stale },
  };
}

/** The alerts an article's figures make against the history before it; one per (series, month). */
export function decideRecords(
  figures: readonly Figure[],
  historyOf: (series: string) => MonthValues,
  rule: RecordRule = DEFAULT_RECORD_RULE,
): AlertDraft[] {
  const drafts = new Map<string, AlertDraft>();
  for (const figure of figures) {
    const judged = judgeFigure(figure, historyOf(figure.series), rule);
    if (judged.verdict !== 'record') continue;
    const key = `${judged.draft.series}|${judged.draft.month}`;
    const seen = drafts.get(key);
    if (!seen || judged.draft.value > seen.value) drafts.set(key, judged.draft);
  }
  return [...drafts.values()];
}
