import type { Alert } from '../history/types.js';

/** How a series is named to people. */
export interface SeriesLabel {
  id: string;
  name: string;
}

/** An alert with what a message needs beyond the stored row, all of it handed over by the pipeline. */
export interface AlertView extends Alert {
  seriesName: string;
  /** A `notify-test` message: marked as a test everywhere, never de-duplicated against a real alert. */
  test?: boolean;
  /** Year on year, fiscal year to date and the chart's months, from the history; absent: sent without them. */
  facts?: AlertFacts | null;
}

/** One bar of the chart. */
export interface ChartBar {
  month: string;
  /** null: the history holds no value for this month (drawn as a gap, never as zero). */
  value: number | null;
  role: 'record' | 'previous-record' | 'other';
}

/** What the chart shows: the months before the record, the record highlighted, the previous record marked. */
export interface ChartData {
  seriesName: string;
  currency: string;
  record: { month: string; value: number };
  previous: { month: string; value: number } | null;
  bars: ChartBar[];
  test: boolean;
}

/** What a message says beyond the alert row, computed from the history. */
export interface AlertFacts {
  /** The change on the same month a year earlier, when that month is known. */
  yearOnYear: { month: string; value: number; pct: number } | null;
  /** The fiscal year's months so far, summed when every one of them is known (and there are at least two). */
  fiscalYearToDate: { start: string; end: string; months: number; total: number; label: string } | null;
  chart: ChartData;
}

/** Why a delivery failed, which says who can fix it. */
export type FailureKind =
  /** Credentials, channel or permissions are wrong: a person must change the configuration or Discord settings. */
  | 'config'
  /** Discord refused the message itself (400): a formatting bug; retrying the same payload cannot help. */
  | 'payload'
  /** Discord is down, slow, rate limiting or the connection broke: trying later may succeed. */
  | 'transient';

/** The outcome of one delivery attempt. */
export type DeliveryOutcome =
  | { status: 'sent'; messageId: string | null }
  | {
      status: 'failed';
      retryable: boolean;
      reason: string;
      kind?: FailureKind;
      /** Do not try again before this many milliseconds (a long rate limit, a configuration error). */
      retryAfterMs?: number;
    };

/** A plain operational message for the alert channel (a source disabled or recovered). */
export interface Notice {
  kind: 'source-disabled' | 'source-recovered';
  sourceId: string;
  outlet: string;
  detail: string;
}

/** Delivers alerts to people: stdout, a Discord bot, a Discord webhook. One entry each in notify/index.ts. */
export interface Notifier {
  readonly kind: string;
  /** Posts a new record alert. */
  send(alert: AlertView): Promise<DeliveryOutcome>;
  /** Rewrites an already posted alert, e.g. to add a later outlet's report; `messageId` is what `send` returned. */
  edit(alert: AlertView, messageId: string): Promise<DeliveryOutcome>;
  /** Posts a notice in the alert channel. */
  sendNotice(notice: Notice): Promise<DeliveryOutcome>;
}

/** What a series contributes to a message: its name and where its fiscal year starts. */
export interface SeriesInfo {
  id: string;
  name: string;
  /** 1–12; July for Pakistan's fiscal year. */
  fiscalYearStartMonth: number;
}
