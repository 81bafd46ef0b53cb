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
  /** The sentence the value was read from. */
  evidence?: string | null;
  /** Set when the figure failed the plausibility check: the alert is held, not posted, until confirmed. */
  hold?: { reason: string } | null;
}

/**
 * An alert's state. In the outbox: `pending` (to post), `sent` (posted), `failed` (Discord refused it for
 * good). Beside it: `held` (implausible, not posted, waiting for a second outlet or a person), `rejected`
 * (never posted: a person rejected it, or it turned out wrong before it was posted) and `corrected` (posted,
 * then found wrong: the message is edited and a follow-up posted).
 */
export type AlertStatus = 'pending' | 'sent' | 'failed' | 'held' | 'rejected' | 'corrected';

/** Why a posted (or due) record turned out wrong. */
export type CorrectionKind =
  /** The month's value fell to or below an earlier month's: it is no record. */
  | 'not-a-record'
  /** A newer report gave the month another value; it is still the record. */
  | 'revised'
  /** A person rejected it (`exportwatch alerts --reject`). */
  | 'rejected';

/** What was found wrong with a record alert, and what was found instead. */
export interface AlertCorrection {
  kind: CorrectionKind;
  /** The month's value as the history now holds it; null when there is none. */
  value: number | null;
  /** Outlets that gave that value. */
  outlets: string[];
  /** Why, in plain words (shown in the message, `alerts` and `history`). */
  reason: string;
  at: string;
  /** How many times this alert was corrected (each correction posts one follow-up). */
  count: number;
}

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
  /** The sentence the record was read from; absent on messages made up for tests and charts. */
  evidence?: string | null;
  /** Why the figure was held as implausible (kept after release: the jump in words), and who released it. */
  hold?: { reason: string; releasedBy: string | null } | null;
  /** Set once the record was found wrong. */
  correction?: AlertCorrection | null;
  /** The follow-up message a correction posts in the channel. */
  followUp?: { pending: boolean; messageId: string | null; attempts: number } | null;
  /** The held record's message in the review channel (DISCORD_REVIEW_CHANNEL_ID). */
  review?: { pending: boolean; messageId: string | null; attempts: number } | null;
  /** A link to the posted message, when Discord said where it is. */
  messageUrl?: string | null;
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
  alert: { id: number; status: AlertStatus; value: number; reason: string | null } | null;
  disputed: DisputedClaim[];
  /** Every single-month figure articles gave for the month, oldest first. */
  observations: ObservationView[];
}

/** A link in a series' record chain, as `exportwatch history --records` lists it. */
export interface RecordEntry {
  month: YearMonth;
  value: number;
  /** The highest earlier month when the record was set (for an alert: as the alert was made). */
  previous: { month: YearMonth; value: number } | null;
  /**
   * `known`: a month of the history above every earlier one that had no alert (seed, baseline, backfill);
   * otherwise the alert's state, `posted` for a sent alert.
   */
  state: 'known' | 'pending' | 'posted' | 'failed' | 'held' | 'corrected' | 'rejected';
  alertId: number | null;
  /** Outlets (and seed files) behind the value. */
  sources: Array<{ outlet: string; url: string | null }>;
  /** Why it was held, or what was corrected; null otherwise. */
  reason: string | null;
  /** What a correction found instead. */
  correctedTo: number | null;
  messageId: string | null;
  messageUrl: string | null;
}

/** Everything the history holds for one series, oldest month first. */
export interface SeriesHistory {
  series: string;
  months: MonthHistory[];
  /** The records, oldest first: every month that beat all earlier ones, and every alert, held and rejected included. */
  records: RecordEntry[];
}
