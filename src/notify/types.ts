import type { Alert } from '../store/types.js';

/** How a series is named to people. */
export interface SeriesLabel {
  id: string;
  name: string;
}

/** An alert with what a message needs beyond the stored row. */
export interface AlertView extends Alert {
  seriesName: string;
}

/** The outcome of one delivery attempt. */
export type DeliveryOutcome =
  | { status: 'sent'; messageId: string | null }
  | { status: 'failed'; retryable: boolean; reason: string };

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
