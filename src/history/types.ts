import type { YearMonth } from '../calendar/months.js';

/** Values of a series by month, as the history holds them now. */
export type MonthValues = ReadonlyMap<YearMonth, number>;

/** Where a month's value came from: imported history or the strongest role that reported it. */
export type ValueBasis = 'seed' | 'reported-month' | 'previous-record' | 'comparison';

/** One value some sources gave for a month. */
export interface Candidate {
  value: number;
  basis: ValueBasis;
  /** Outlets (and seed origins) that gave this value, or one within rounding of it. */
  outlets: string[];
}

/** How an article is stored: `live` may alert; `baseline` (a new source's first tick, backfill) never does. */
export type IngestMode = 'live' | 'baseline';

/** An alert to create, decided by the record rule. */
export interface AlertDraft {
  series: string;
  month: YearMonth;
  value: number;
  currency: string;
  previous: { month: YearMonth; value: number } | null;
  historyIncomplete: boolean;
}

/** Delivery state of an alert in the outbox. */
export type AlertStatus = 'pending' | 'sent' | 'failed';

/** An article that reported the record. */
export interface AlertSource {
  url: string;
  outlet: string;
  title: string | null;
  published: string | null;
}

/** A record alert with the articles that reported it and how its delivery stands. */
export interface Alert extends AlertDraft {
  id: number;
  status: AlertStatus;
  messageId: string | null;
  /** Delivery attempts so far (posts, not edits). */
  attempts: number;
  /** Consecutive failed tries of the current post or edit; sets the backoff. */
  failures: number;
  /** Why the last post or edit failed; null after a success. */
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** No delivery is tried before this time (ISO); null means at the next chance. */
  nextAttemptAt: string | null;
  /** The posted message lacks sources added since; an edit is due. */
  editPending: boolean;
  sources: AlertSource[];
}

/** A figure whose article claims a record the history did not bear out when it came in. */
export interface DisputedClaim {
  month: YearMonth;
  value: number;
  outlet: string;
  url: string;
  evidence: string;
}

/** A stored figure with its provenance, as `exportwatch history --json` shows it. */
export interface ObservationView {
  value: number;
  role: string;
  confidence: number;
  recordClaim: boolean;
  outlet: string;
  url: string;
  published: string | null;
  evidence: string;
  /** What the record rule said when the article came in (e.g. "record", "not-above-maximum"). */
  verdict: string | null;
  /** `baseline`: stored by a new source's first tick or by backfill, never alerted on. */
  mode: IngestMode;
}

/** A month of a series as `exportwatch history` shows it. */
export interface MonthHistory {
  month: YearMonth;
  /** Null when only figures that were not counted (disputed, low confidence) name the month. */
  value: number | null;
  basis: ValueBasis | null;
  /** Outlets (and seed files) that gave the value. */
  outlets: string[];
  /** Other values given for the month. */
  conflicts: Candidate[];
  /** The value stood above every earlier month's when the history is read in month order. */
  newHigh: boolean;
  alert: { id: number; status: AlertStatus; value: number } | null;
  disputed: DisputedClaim[];
  /** Every single-month figure articles gave for the month, oldest first. */
  observations: ObservationView[];
}

/** Everything the history holds for one series, oldest month first. */
export interface SeriesHistory {
  series: string;
  months: MonthHistory[];
}
