import type { Figure, YearMonth } from '../extract/types.js';

/** A processed article page. */
export interface ArticleRecord {
  url: string;
  sourceId: string;
  outlet: string;
  title: string | null;
  published: string | null;
  /** Hash of the article's text: the same URL with new text is processed again. */
  contentHash: string;
}

/** Values of a series by month, as the history holds them now. */
export type MonthValues = ReadonlyMap<YearMonth, number>;

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

/** An alert with the articles that reported it, as the notifier needs it. */
export interface Alert extends AlertDraft {
  id: number;
  status: AlertStatus;
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sources: AlertSource[];
}

/** An article that reported the record. */
export interface AlertSource {
  url: string;
  outlet: string;
  title: string | null;
  published: string | null;
}

/** What storing one article did. */
export interface IngestResult {
  observations: number;
  newAlerts: number[];
  /** Alerts that existed and gained this article as a source. */
  extendedAlerts: number[];
}

/** Decides, inside the storing transaction, which records the article's figures make. */
export type RecordDecider = (figures: readonly Figure[], historyOf: (series: string) => MonthValues) => AlertDraft[];

/** Whether this process may deliver an alert now: another replica may hold it, or have delivered it already. */
export type DeliveryClaim = { status: 'claimed'; interrupted: boolean } | { status: 'taken' };

/** Everything the worker keeps between ticks. Async so a networked store fits behind it. */
export interface Store {
  /** True when the article at this URL was stored with this content hash (or any, when hash is omitted). */
  hasArticle(url: string, contentHash?: string): Promise<boolean>;
  /** Stores an article and its figures and the alerts `decide` makes of them, in one transaction. */
  ingestArticle(article: ArticleRecord, figures: readonly Figure[], decide: RecordDecider): Promise<IngestResult>;
  /** The series' month values (consensus of observations over the seed). */
  monthValues(series: string): Promise<MonthValues>;
  /** Loads known month values; existing seed rows are replaced. Returns the number of rows. */
  importSeed(series: string, rows: ReadonlyArray<{ month: YearMonth; value: number; note: string | null }>): Promise<number>;
  /** Alerts waiting for delivery, oldest first. */
  pendingAlerts(): Promise<Alert[]>;
  alerts(): Promise<Alert[]>;
  /**
   * Claims a pending alert for delivery until its outcome is recorded; `taken` when another process holds
   * it or it is no longer pending. `interrupted`: an earlier claim died before recording its outcome.
   */
  beginDelivery(alertId: number): Promise<DeliveryClaim>;
  markSent(alertId: number, messageId: string | null): Promise<void>;
  markFailed(alertId: number, reason: string, retryable: boolean): Promise<void>;
  close(): Promise<void>;
}
