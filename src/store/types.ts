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

/** Everything the worker keeps between ticks. Async so a networked store fits behind it. */
export interface Store extends SourceStore {
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
  markSent(alertId: number, messageId: string | null): Promise<void>;
  markFailed(alertId: number, reason: string, retryable: boolean): Promise<void>;
  close(): Promise<void>;
}

/** How a source has fared: what `exportwatch sources` shows and what the due check reads. */
export interface SourceHealth {
  sourceId: string;
  /** Failed reads in a row; 0 after any successful read (a 304 included). */
  consecutiveFailures: number;
  lastOutcome: 'ok' | 'not-modified' | 'error' | null;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** The source is not read before this instant (ISO); null means at the next tick. */
  nextAttemptAt: string | null;
  /** Set when failures reached the limit; the source is still tried, rarely, to notice recovery. */
  disabledAt: string | null;
  /** Articles stored by the last read, and articles of it that could not be fetched. */
  lastArticles: number;
  lastArticleErrors: number;
  lastArticleError: string | null;
  /** A notice decided but not yet delivered to the alert channel. */
  pendingNotice: 'source-disabled' | 'source-recovered' | null;
}

/** ETag / Last-Modified remembered for a URL. */
export interface StoredValidators {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

/** The sources' share of the store: health, conditional-GET validators and article dedup keys. */
export interface SourceStore {
  /** Every source's health row (sources never read have none). */
  sourceHealth(): Promise<SourceHealth[]>;
  /** Saves a source's health and the validators of the documents its read used, in one transaction. */
  saveSourceRead(health: SourceHealth, validators: readonly StoredValidators[]): Promise<void>;
  validators(url: string): Promise<StoredValidators | null>;
  /** True when an article (or a permanent failure) is known under this key. */
  articleKeySeen(key: string): Promise<boolean>;
  /** True when an article known under any of these keys had this text. */
  articleTextSeen(keys: readonly string[], contentHash: string): Promise<boolean>;
  /** Remembers the keys of a processed article (with its text hash) or of a page that failed for good (with why). */
  rememberArticle(keys: readonly string[], entry: { url: string; contentHash: string | null; failure: string | null }): Promise<void>;
}
