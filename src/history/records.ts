import { addMonths, type YearMonth } from '../calendar/months.js';
import type { Figure } from '../extract/types.js';
import { sameFigure } from './consensus.js';
import { isDiscounted, type AlertState } from './counted.js';
import { isIndependent, type ReportIdentity } from './independence.js';
import { DEFAULT_PLAUSIBILITY, judgePlausibility, type PlausibilityPolicy } from './plausibility.js';
import type { AlertDraft, MonthValues } from './types.js';

/** Settings of the record rule. */
export interface RecordRule {
  /** Figures read with less confidence never alert (and never enter the history's month values). */
  minConfidence: number;
  /** A history whose newest month is more than this many months before the figure's month is stale. */
  staleAfterMonths: number;
  /** How far a record may rise before it is held, by series id; other series get DEFAULT_PLAUSIBILITY. */
  plausibility?: Readonly<Record<string, PlausibilityPolicy>>;
}

/** The rule's settings when the config does not change them. */
export const DEFAULT_RECORD_RULE: RecordRule = { minConfidence: 0.7, staleAfterMonths: 6 };

/** A series' month values just before an article was stored, and with the article's own figures added. */
export interface HistoryMoment {
  before: MonthValues;
  after: MonthValues;
  /** The series' alerts by month, whatever their state. */
  alerts: ReadonlyMap<YearMonth, AlertState>;
  /** The article being judged, as a report: a held record is released only by an independent one. */
  article?: ReportIdentity;
}

// "$320 million" and "$320.4 million" for the alerted month are the same record, rounded differently.
const SAME_RECORD = 0.005;

/** Why a figure did or did not make an alert; stored with the observation and logged. */
export type RecordVerdict =
  | { verdict: 'record'; draft: AlertDraft }
  /**
   * An implausible record: held, not posted, and not counted until confirmed. `draft` makes the held alert;
   * null when the month's alert already holds this value (another copy of the same report).
   */
  | { verdict: 'held'; series: string; month: YearMonth; draft: AlertDraft | null }
  /** An independent report of a held record's value: the held alert is released and posted. */
  | { verdict: 'confirmed'; series: string; month: YearMonth }
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
 * A record far beyond what the series has done is held until an independent outlet or a person confirms it.
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
  const alert = history.alerts.get(month);
  if (alert?.status === 'held' && sameFigure(figure.value, alert.value)) {
    const report = history.article ? { ...history.article, evidence: figure.evidence } : null;
    return report && isIndependent(report, alert.sources)
      ? { verdict: 'confirmed', series: figure.series, month }
      : { verdict: 'held', series: figure.series, month, draft: null };
  }
  // An article about a month already alerted is about that record, even once a later month has beaten it;
  // a held or rejected value is no record to be about.
  if (alert && alert.status !== 'rejected' && !isDiscounted(alert) && figure.value >= alert.value * (1 - SAME_RECORD))
    return { verdict: 'known-record', series: figure.series, month };
  const { previous, newest } = otherMonths(history.after, month);
  if (previous !== null && figure.value <= previous.value) return { verdict: 'not-above-maximum' };
  const known = history.before.get(month);
  if (known !== undefined && (previous === null || known > previous.value))
    return { verdict: 'known-record', series: figure.series, month };
  const stale = newest === null || newest < addMonths(month, -rule.staleAfterMonths);
  if (stale && !figure.recordClaim) return { verdict: 'stale-history-unclaimed' };
  const draft: AlertDraft = {
    series: figure.series,
    month,
    value: figure.value,
    currency: figure.currency,
    previous,
    historyIncomplete: stale,
    evidence: figure.evidence,
  };
  const others = new Map([...history.after].filter(([m]) => m !== month));
  const check = judgePlausibility(
    { month, value: figure.value, currency: figure.currency },
    previous,
    others,
    rule.plausibility?.[figure.series] ?? DEFAULT_PLAUSIBILITY,
  );
  if (!check.plausible)
    return { verdict: 'held', series: figure.series, month, draft: { ...draft, hold: { reason: check.reason } } };
  return { verdict: 'record', draft };
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
  /**
   * New alerts: one draft per (series, month), the largest value when an article gives two; a plausible
   * record wins over a held one for the same month. Held drafts carry their reason.
   */
  records: AlertDraft[];
  /** Months whose record was already known (or already held): the article is linked to their alert. */
  known: Array<{ series: string; month: YearMonth }>;
  /** Held records this article confirms as an independent outlet: released and posted. */
  confirmed: Array<{ series: string; month: YearMonth }>;
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
  const first = figures.map((f) => judgeFigure(f, historyOf(f.series), rule));
  // A figure held as implausible must not raise the bar for the article's other figures ("$2.8 billion by
  // January ... February's record $360 million"): judge them again without it.
  const heldHere = first.flatMap((v) => (v.verdict === 'held' && v.draft ? [v.draft] : []));
  const verdicts =
    heldHere.length === 0
      ? first
      : figures.map((f, i) =>
          first[i]!.verdict === 'held'
            ? first[i]!
            : judgeFigure(
                f,
                withoutHeld(
                  historyOf(f.series),
                  heldHere.filter((h) => h.series === f.series),
                ),
                rule,
              ),
        );
  const records = new Map<string, AlertDraft>();
  const known = new Map<string, { series: string; month: YearMonth }>();
  const confirmed = new Map<string, { series: string; month: YearMonth }>();
  for (const v of verdicts) {
    const draft = v.verdict === 'record' || v.verdict === 'held' ? v.draft : null;
    if (draft) {
      const key = `${draft.series}|${draft.month}`;
      const seen = records.get(key);
      if (!seen || (seen.hold && !draft.hold) || (!seen.hold === !draft.hold && draft.value > seen.value))
        records.set(key, draft);
    } else if (v.verdict === 'known-record' || v.verdict === 'held') {
      known.set(`${v.series}|${v.month}`, { series: v.series, month: v.month });
    } else if (v.verdict === 'confirmed') {
      confirmed.set(`${v.series}|${v.month}`, { series: v.series, month: v.month });
    }
  }
  for (const key of records.keys()) known.delete(key);
  for (const key of confirmed.keys()) known.delete(key);
  return { verdicts, records: [...records.values()], known: [...known.values()], confirmed: [...confirmed.values()] };
}

// The moment with the article's own held figures taken back out of "after".
function withoutHeld(history: HistoryMoment, held: readonly AlertDraft[]): HistoryMoment {
  const after = new Map(history.after);
  for (const h of held) {
    const value = after.get(h.month);
    if (value === undefined || !sameFigure(value, h.value)) continue;
    const before = history.before.get(h.month);
    if (before === undefined) after.delete(h.month);
    else after.set(h.month, before);
  }
  return { ...history, after };
}

/** A figure whose article claims a record the history does not bear out. */
export function isDisputedClaim(figure: Pick<Figure, 'recordClaim'>, verdict: VerdictName): boolean {
  return figure.recordClaim && verdict === 'not-above-maximum';
}
