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

/** Delivers alerts to people: stdout, a Discord bot, a Discord webhook. One entry each in notify/index.ts. */
export interface Notifier {
  readonly kind: string;
  send(alert: AlertView): Promise<DeliveryOutcome>;
}
