import type { Alert, MonthValues } from '../history/types.js';

/** How a series is named to people. */
export interface SeriesLabel {
  id: string;
  name: string;
}

/** An alert with what a message needs beyond the stored row. */
export interface AlertView extends Alert {
  seriesName: string;
  /** A `notify-test` message: marked as a test everywhere, never de-duplicated against a real alert. */
  test?: boolean;
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

/** Where a notifier looks up the series' history for the margin, year-on-year change, fiscal year total and chart. */
export interface AlertContext {
  /** The series' month values as the history holds them now. */
  history(series: string): Promise<MonthValues>;
  series: readonly SeriesInfo[];
}
