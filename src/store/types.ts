import type { YearMonth } from '../calendar/months.js';
import type { Figure } from '../extract/types.js';
import type { HistoryMoment, VerdictName } from '../history/records.js';
import type { Alert, AlertDraft, IngestMode, MonthValues, SeriesHistory } from '../history/types.js';

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

/**
 * Storing one article, inside a transaction that holds the store's write lock from its first read to its
 * commit: what `moment` reads is what the rest writes against, so two processes cannot both find one month new.
 */
export interface ArticleWrite {
  /** The series' month values before and after this article's figures, and its alerts, as committed. */
  moment(series: string, figures: readonly Figure[]): Promise<HistoryMoment>;
  /** Saves the article and its figures with their verdicts; an earlier version's figures stop counting. */
  save(figures: readonly Figure[], verdicts: ReadonlyArray<VerdictName | null>, mode: IngestMode): Promise<void>;
  /**
   * The month's alert with this article among its sources: created for a new record (held when the draft
   * carries a hold; `created` also when a held or never-posted rejected alert of the month is made this
   * plausible record instead), else the one already there.
   */
  alert(draft: AlertDraft): Promise<{ id: number; created: boolean; linked: boolean }>;
  /** Adds this article to the month's alert, if the month has one; the alert's id when the article was new to it. */
  link(series: string, month: YearMonth): Promise<number | null>;
  /** Releases the month's held alert, confirmed by this article's outlet, and links the article; its id, or null. */
  release(series: string, month: YearMonth): Promise<number | null>;
  /**
   * Reviews the series' alerts against its month values as this article leaves them (history/ decides), and
   * corrects those found wrong; returns the ids of the alerts corrected.
   */
  correct(series: string): Promise<number[]>;
}

/** One outbox job: post a pending alert, edit a posted one, post a correction's follow-up, or send a held one for review. */
export interface Delivery {
  kind: 'send' | 'edit' | 'followup' | 'review';
  alert: Alert;
}

/** The outcome of a delivery, as the outbox records it. */
export type DeliveryRecord =
  /**
   * `messageUrl`: a link to the message, when the notifier knows where it is. `shownSources`: how many sources
   * the delivered message showed; a source linked while it was on its way (eager delivery makes that common)
   * leaves more in the store, and the message is edited to show them.
   */
  | { status: 'sent'; messageId: string | null; messageUrl?: string | null; shownSources?: number }
  /** `nextAttemptAt` set: try again then; null: give up (the alert is failed, or the edit dropped). */
  | { status: 'failed'; reason: string; nextAttemptAt: string | null };

/** What a person's `alerts --confirm` or `--reject` did. */
export type AlertDecision =
  /** Confirmed: the held alert is pending and the next tick posts it. */
  | { status: 'released'; alert: Alert }
  /** Rejected before it was posted: it never will be. */
  | { status: 'rejected'; alert: Alert }
  /** Rejected after it was posted (or may have been): the message is corrected and a follow-up posted. */
  | { status: 'corrected'; alert: Alert }
  | { status: 'not-found' }
  /** Nothing to do in this state (only held alerts are confirmed; corrected and rejected ones are final). */
  | { status: 'refused'; alert: Alert };

/** Whether this process may deliver an alert now: another replica may hold it, or have delivered it already. */
export type DeliveryClaim = { status: 'claimed'; interrupted: boolean } | { status: 'taken' };

/** Everything the worker keeps between ticks. Async and free of SQL types, so a networked store fits behind it. */
export interface Store extends SourceStore {
  /** True when the article at this URL was stored with this content hash (or any, when hash is omitted). */
  hasArticle(url: string, contentHash?: string): Promise<boolean>;
  /**
   * Runs `work` in one write transaction for `article`: a crash leaves all of it or none. `work` may use only
   * the `ArticleWrite` it is given (on SQLite the store's other calls wait for it to finish).
   */
  writeArticle<T>(article: ArticleRecord, work: (write: ArticleWrite) => Promise<T>): Promise<T>;
  /** The series' month values (consensus of observations over the seed; held and rejected figures left out). */
  monthValues(series: string): Promise<MonthValues>;
  /** The series' months with outlets, conflicts, alerts and disputed claims, and its record chain. */
  history(series: string): Promise<SeriesHistory>;
  /** Loads known month values from `origin` (a file name); rows for months already imported are replaced. */
  importSeed(
    series: string,
    rows: ReadonlyArray<{ month: YearMonth; value: number; note: string | null }>,
    origin?: string,
  ): Promise<number>;
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
  /** A person confirms a held alert (it is posted) or rejects any alert (held: never posted; posted: corrected). */
  decideAlert(alertId: number, decision: 'confirm' | 'reject'): Promise<AlertDecision>;
  alerts(): Promise<Alert[]>;
  /** Keeps a finished tick in the journal (the newest few hundred are kept). */
  recordTick(tick: TickRecord): Promise<void>;
  /** The newest `limit` ticks of the journal, newest first. */
  recentTicks(limit: number): Promise<TickEntry[]>;
  close(): Promise<void>;
}

/** A finished tick as the journal keeps it: when, why, how it ended and its one-line summary. */
export interface TickRecord {
  startedAt: string;
  finishedAt: string;
  /** Why it ran: start-up, schedule, run (the CLI), forced (`run --force`). */
  reason: string;
  /** `failed`: a source or a delivery failed, the rest ran; `crashed`: a bug stopped the tick. */
  outcome: 'ok' | 'failed' | 'crashed';
  /** The sentence the log's summary line says ("7 sources: 0 read, 7 failed (network unreachable?)"). */
  summary: string;
  sources: number;
  read: number;
  unchanged: number;
  failed: number;
  notDue: number;
  articles: number;
  figures: number;
  alertsCreated: number;
  alertsSent: number;
  alertsFailed: number;
  /** What crashed the tick. */
  error: string | null;
}

/** A journal entry: a tick with its id. */
export interface TickEntry extends TickRecord {
  id: number;
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
  /** The key of the newest story the source listed when last read: another one there means it published. */
  newestLink: string | null;
  /** When a read last found the source had published. */
  lastPublishedAt: string | null;
  /** The learned gap between its publications (a moving average), from which its polling interval follows. */
  publishIntervalMs: number | null;
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
  /**
   * Makes sources due at the next tick, clearing the wait their backoff (or interval) set; their failure count
   * and disabled mark stay, so the next read decides. `all`, or these ids; returns the ids that were waiting.
   */
  retrySources(ids: readonly string[] | 'all'): Promise<string[]>;
  /** Saves a source's health and the validators of the documents its read used, in one transaction. */
  saveSourceRead(health: SourceHealth, validators: readonly StoredValidators[]): Promise<void>;
  validators(url: string): Promise<StoredValidators | null>;
  /** True when an article was processed under this key, or a page under it was given up. */
  articleKeySeen(key: string): Promise<boolean>;
  /** True when the last fetch of the page under this key hung (timed out) and it is still tried again. */
  articleHung(key: string): Promise<boolean>;
  /** True when an article known under any of these keys had this text. */
  articleTextSeen(keys: readonly string[], contentHash: string): Promise<boolean>;
  /** Remembers the keys of a processed article with the hash of its text. */
  rememberArticle(keys: readonly string[], entry: { url: string; contentHash: string }): Promise<void>;
  /**
   * Counts a failed fetch of the page under these keys; at `giveUpAfter` failures the page is given up
   * (`articleKeySeen` turns true) with `reason`. Returns the failures so far and whether it was given up.
   */
  recordArticleFailure(
    keys: readonly string[],
    entry: { url: string; reason: string; giveUpAfter: number; hung?: boolean },
  ): Promise<ArticleFailureCount>;
}

/** The replicas' turns at ticking, one row per schedule: who holds which slot until when (PostgreSQL only). */
export interface TickLeases {
  /** Takes `slot` for `holder` when it is newer than the last one and that one finished or expired. */
  claim(name: string, slot: Date, holder: string, ttlMs: number): Promise<boolean>;
  /** Pushes the lease's expiry forward; false when the holder no longer has it. */
  renew(name: string, slot: Date, holder: string, ttlMs: number): Promise<boolean>;
  /** Marks the slot's tick finished, so the next slot may start at once. */
  finish(name: string, slot: Date, holder: string): Promise<void>;
  close(): Promise<void>;
}
