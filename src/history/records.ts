import { addMonths, type YearMonth } from '../calendar/months.js';
import type { Figure } from '../extract/types.js';
import type { AlertDraft, MonthValues } from './types.js';

/** Settings of the record rule. */
export interface RecordRule {
  /** Figures read with less confidence never alert (and never enter the history's month values). */
  minConfidence: number;
  /** A history whose newest month is more than this many months before the figure's month is stale. */
  staleAfterMonths: number;
}

/** The rule's settings when the config does not change them. */
export const DEFAULT_RECORD_RULE: RecordRule = { minConfidence: 0.7, staleAfterMonths: 6 };

/** A series' month values just before an article was stored, and with the article's own figures added. */
export interface HistoryMoment {
  before: MonthValues;
  after: MonthValues;
  /** Months that have an alert, with the value alerted. */
  alerted: MonthValues;
}

// "$320 million" and "$320.4 million" for the alerted month are the same record, rounded differently.
const SAME_RECORD = 0.005;

/** Why a figure did or did not make an alert; stored with the observation and logged. */
export type RecordVerdict =
  | { verdict: 'record'; draft: AlertDraft }
  /** The month already held the record before this article: link the article to its alert, post nothing. */
  | { verdict: 'known-record'; series: string; month: YearMonth }
  | {
      verdict:
        | 'not-single-month'
        | 'no-value'
        | 'low-confidence'
        | 'not-reported-month'
        | 'not-above-maximum'
        | 'stale-history-unclaimed';
    };

/** Every verdict name, for stored rows and reports. */
export type VerdictName = RecordVerdict['verdict'];

/**
 * The record rule: a single-month value reported as the month's own figure, read with enough confidence,
 * strictly above every other month the history holds (including months this article itself mentions,
 * "beating December's $303 million"). With a stale or empty history only the article's own record claim
 * can justify an alert, and the alert says the history is incomplete. A month that already held the
 * record before this article, or was alerted, is not news: a second outlet, a revision, a look back.
 */
export function judgeFigure(
  figure: Figure,
  history: HistoryMoment,
  rule: RecordRule = DEFAULT_RECORD_RULE,
): RecordVerdict {
  if (figure.period.start !== figure.period.end) return { verdict: 'not-single-month' };
  if (figure.value === null) return { verdict: 'no-value' };
  if (figure.role !== 'reported-month') return { verdict: 'not-reported-month' };
  if (figure.confidence < rule.minConfidence) return { verdict: 'low-confidence' };
  const month = figure.period.start;
  // An article about a month already alerted is about that record, even once a later month has beaten it.
  const alerted = history.alerted.get(month);
  if (alerted !== undefined && figure.value >= alerted * (1 - SAME_RECORD))
    return { verdict: 'known-record', series: figure.series, month };
  const { previous, newest } = otherMonths(history.after, month);
  if (previous !== null && figure.value <= previous.value) return { verdict: 'not-above-maximum' };
  const known = history.before.get(month);
  if (known !== undefined && (previous === null || known > previous.value))
    return { verdict: 'known-record', series: figure.series, month };
  const stale = newest === null || newest < addMonths(month, -rule.staleAfterMonths);
  if (stale && !figure.recordClaim) return { verdict: 'stale-history-unclaimed' };
  return {
    verdict: 'record',
    draft: {
      series: figure.series,
      month,
      value: figure.value,
      currency: figure.currency,
      previous,
      historyIncomplete: stale,
    },
  };
}

function otherMonths(
  values: MonthValues,
  month: YearMonth,
): { previous: { month: YearMonth; value: number } | null; newest: YearMonth | null } {
  let previous: { month: YearMonth; value: number } | null = null;
  let newest: YearMonth | null = null;
  for (const [m, v] of values) {
    if (m === month) continue;
    if (previous === null || v > previous.value) previous = { month: m, value: v };
    if (newest === null || m > newest) newest = m;
  }
  return { previous, newest };
}

/** What an article's figures do to the alerts. */
export interface RecordDecision {
  /** One verdict per figure, in the figures' order. */
  verdicts: RecordVerdict[];
  /** New records: one draft per (series, month), the largest value when an article gives two. */
  records: AlertDraft[];
  /** Months whose record was already known: the article is linked to their alert if there is one. */
  known: Array<{ series: string; month: YearMonth }>;
}

/** Decides what an article's figures do, given each series' history at the moment it is stored. */
export type RecordDecider = (
  figures: readonly Figure[],
  historyOf: (series: string) => HistoryMoment,
) => RecordDecision;

/** Applies the record rule to every figure of one article. Pure: the caller passes the history in. */
export function decideRecords(
  figures: readonly Figure[],
  historyOf: (series: string) => HistoryMoment,
  rule: RecordRule = DEFAULT_RECORD_RULE,
): RecordDecision {
  const verdicts = figures.map((f) => judgeFigure(f, historyOf(f.series), rule));
  const records = new Map<string, AlertDraft>();
  const known = new Map<string, { series: string; month: YearMonth }>();
  for (const v of verdicts) {
    if (v.verdict === 'record') {
      const key = `${v.draft.series}|${v.draft.month}`;
      const seen = records.get(key);
      if (!seen || v.draft.value > seen.value) records.set(key, v.draft);
    } else if (v.verdict === 'known-record') {
      known.set(`${v.series}|${v.month}`, { series: v.series, month: v.month });
    }
  }
  for (const key of records.keys()) known.delete(key);
  return { verdicts, records: [...records.values()], known: [...known.values()] };
}

/** A figure whose article claims a record the history does not bear out. */
export function isDisputedClaim(figure: Pick<Figure, 'recordClaim'>, verdict: VerdictName): boolean {
  return figure.recordClaim && verdict === 'not-above-maximum';
}
