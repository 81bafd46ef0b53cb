import type { Figure, YearMonth } from '../extract/types.js';
import type { Candidate, ValueBasis } from '../history/consensus.js';
import type { HistoryMoment, RecordDecision } from '../history/records.js';

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

/** An article that reported the record. */
export interface AlertSource {
  url: string;
  outlet: string;
  title: string | null;
  published: string | null;
}

/** How an article is stored: `live` may alert; `baseline` (a new source's first tick, backfill) never does. */
export type IngestMode = 'live' | 'baseline';

/** What storing one article did. */
export interface IngestResult {
  observations: number;
  newAlerts: number[];
  /** Alerts that existed and gained this article as a source. */
  extendedAlerts: number[];
  /** Figures that claim a record the history does not bear out. */
  disputed: number;
}

/** Decides, inside the storing transaction, which records the article's figures make. */
export type RecordDecider = (figures: readonly Figure[], historyOf: (series: string) => HistoryMoment) => RecordDecision;

/** One outbox job: post a pending alert, or edit a posted one to show sources added since. */
export interface Delivery {
  kind: 'send' | 'edit';
  alert: Alert;
}

/** The outcome of a delivery, as the outbox records it. */
export type DeliveryRecord =
  | { status: 'sent'; messageId: string | null }
  /** `nextAttemptAt` set: try again then; null: give up (the alert is failed, or the edit dropped). */
  | { status: 'failed'; reason: string; nextAttemptAt: string | null };

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

/** Whether this process may deliver an alert now: another replica may hold it, or have delivered it already. */
export type DeliveryClaim = { status: 'claimed'; interrupted: boolean } | { status: 'taken' };

/** Everything the worker keeps between ticks. Async and free of SQL types, so a networked store fits behind it. */
export interface Store extends SourceStore {
  /** True when the article at this URL was stored with this content hash (or any, when hash is omitted). */
  hasArticle(url: string, contentHash?: string): Promise<boolean>;
  /**
   * Stores an article, its figures with their verdicts, and the alerts `decide` makes of them, in one
   * transaction: a crash leaves either all of it or none. In `baseline` mode no alert is created or extended.
   */
  ingestArticle(article: ArticleRecord, figures: readonly Figure[], decide: RecordDecider, mode?: IngestMode): Promise<IngestResult>;
  /** The series' month values (consensus of observations over the seed). */
  monthValues(series: string): Promise<MonthValues>;
  /** The series' months with outlets, conflicts, records and disputed claims. */
  history(series: string): Promise<SeriesHistory>;
  /** Loads known month values from `origin` (a file name); rows for months already imported are replaced. */
  importSeed(series: string, rows: ReadonlyArray<{ month: YearMonth; value: number; note: string | null }>, origin?: string): Promise<number>;
  /** True when the series has any imported or observed month. */
  hasHistory(series: string): Promise<boolean>;
  /** True once a source's first tick has been stored as a baseline. */
  isSourceKnown(sourceId: string): Promise<boolean>;
  markSourceKnown(sourceId: string): Promise<void>;
  /** Posts and edits due at `now`, oldest alert first. */
  dueDeliveries(now: Date): Promise<Delivery[]>;
  /**
   * Claims a delivery that is about to be tried, until recordDelivery; `taken` when it is no longer due or
   * another process (a replica) holds it. `interrupted`: an earlier try of the same alert never recorded
   * its outcome (the process died mid-send), so the message may exist already.
   */
  beginDelivery(alertId: number, kind: Delivery['kind']): Promise<DeliveryClaim>;
  /**
   * Records a delivery's outcome and clears the in-flight mark. A post that follows an interrupted one may
   * have been answered with the message that one created, as it was then: the store queues an edit.
   */
  recordDelivery(alertId: number, kind: Delivery['kind'], outcome: DeliveryRecord): Promise<void>;
  /** Puts a failed alert back in the outbox; false when there is no failed alert with that id. */
  retryAlert(alertId: number): Promise<boolean>;
  alerts(): Promise<Alert[]>;
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

/** Failed fetches of an article page so far; a page given up is not fetched again. */
export interface ArticleFailureCount {
  failures: number;
  givenUp: boolean;
}

/** The sources' share of the store: health, conditional-GET validators and article dedup keys. */
export interface SourceStore {
  /** Every source's health row (sources never read have none). */
  sourceHealth(): Promise<SourceHealth[]>;
  /** Saves a source's health and the validators of the documents its read used, in one transaction. */
  saveSourceRead(health: SourceHealth, validators: readonly StoredValidators[]): Promise<void>;
  validators(url: string): Promise<StoredValidators | null>;
  /** True when an article was processed under this key, or a page under it was given up. */
  articleKeySeen(key: string): Promise<boolean>;
  /** True when an article known under any of these keys had this text. */
  articleTextSeen(keys: readonly string[], contentHash: string): Promise<boolean>;
  /** Remembers the keys of a processed article with the hash of its text. */
  rememberArticle(keys: readonly string[], entry: { url: string; contentHash: string }): Promise<void>;
  /**
   * Counts a failed fetch of the page under these keys; at `giveUpAfter` failures the page is given up
   * (`articleKeySeen` turns true) with `reason`. Returns the failures so far and whether it was given up.
   */
  recordArticleFailure(keys: readonly string[], entry: { url: string; reason: string; giveUpAfter: number }): Promise<ArticleFailureCount>;
}
