import type { z } from 'zod';
import type { FetchError } from '../errors.js';

/** A fetched document, decoded to text. */
export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  body: string;
  /** The character set the body was decoded from, e.g. `utf-8` or `windows-1256`. */
  charset: string;
  etag: string | null;
  lastModified: string | null;
}

/** The outcome of one GET, redirects and retries included. */
export type FetchOutcome = { status: 'ok'; page: FetchedPage } | { status: 'not-modified'; url: string } | FetchFailure;

/** A GET that failed; `transient` says whether asking again later may succeed. */
export interface FetchFailure {
  status: 'error';
  error: FetchError;
  transient: boolean;
  /** How long the site asked us to wait (Retry-After), when it did. */
  retryAfterMs: number | null;
  /** The HTTP status of the last answer, when there was one. */
  httpStatus: number | null;
  /** It did not answer in time (a timeout, or the source's deadline passed while it was asked): asked again soon, it would likely hang again. */
  hung: boolean;
  /** Never asked, or cut off, because the caller gave up or the host's budget for this tick was spent: no verdict on the page. */
  aborted: boolean;
}

/**
 * The time each host may take in one tick, shared by all the tick's reads: once a host's requests have
 * taken `limitMs` together, its further requests in the tick fail at once and are tried in the next one.
 */
export interface HostBudget {
  readonly limitMs: number;
  /** Milliseconds each host's requests have taken so far in the tick. */
  readonly spentMs: Map<string, number>;
}

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** What a document may be: content types outside the expected family are refused unread. */
export type Expect = 'html' | 'xml' | 'text';

/** How to fetch one URL. */
export interface FetchOptions {
  validators?: Validators;
  expect?: Expect;
  /** Gives up at once, sending nothing more, when it aborts (the tick stopped, the source's deadline passed). */
  signal?: AbortSignal;
  /** A shorter deadline for the whole request than the client's (a page that hung before). */
  timeoutMs?: number;
  /** The tick's budget per host. */
  budget?: HostBudget;
}

/** Fetches pages over HTTP; the only part of the program that talks to news sites. */
export interface HttpClient {
  get(url: string, options?: FetchOptions): Promise<FetchOutcome>;
  /** The Crawl-delay the URL's host asks of us in its robots.txt (ms, uncapped); null when none or not read yet. */
  crawlDelayMs(url: string): number | null;
  close(): Promise<void>;
}

/** A link to an article found by a source, with what the listing said about it. */
export interface ArticleLink {
  url: string;
  title: string | null;
  summary: string | null;
  /** When the feed or sitemap says it was published, as written there (RSS `pubDate`, Atom `published`). */
  published?: string | null;
}

/** A fetched article page, ready for extraction. */
export interface ArticlePage {
  /** The article's canonical URL: rel=canonical when the page names one on its own site, tracking stripped. */
  url: string;
  html: string;
  /** Title given by the listing (feed item), if any. */
  listedTitle: string | null;
  /** Publication date given by the listing (feed item or sitemap entry), as written there, if any. */
  listedPublished?: string | null;
  /** Dedup keys the article is known by: the listed link, the fetched URL and the canonical URL. */
  keys: string[];
}

/** What a source yielded in one read; its articles went to `SourceContext.accept` as they arrived. */
export type SourceOutcome =
  /** `newest`: the key of the first link listed (the newest story), from which the pipeline learns how often the source publishes. */
  | { status: 'ok'; articles: number; skipped: number; failures: ArticleFailure[]; newest: string | null }
  | { status: 'not-modified' }
  | { status: 'error'; error: Error; transient: boolean; retryAfterMs: number | null };

/** An article link that could not be fetched; its source still counts as read. */
export interface ArticleFailure {
  url: string;
  keys: string[];
  error: Error;
  /** Asking again later may succeed (timeout, reset, 5xx, 429). */
  transient: boolean;
  /** The HTTP status of the last answer, when there was one (a 404 may be a page not published yet). */
  httpStatus: number | null;
  /** It did not answer in time: the next reads ask it with a short deadline. */
  hung: boolean;
  /** It was never asked (the source's deadline or the host's budget ran out first): it counts as no try. */
  untried: boolean;
}

/** What a source is, as a source kind needs it: the config entry minus scheduling. */
export interface SourceTarget {
  id: string;
  url: string;
  /** Listing: CSS selector of the article links (or of elements containing them). */
  selector?: string | undefined;
  /** Listing, sitemap: only links whose absolute URL matches this regular expression. */
  urlPattern?: string | undefined;
}

/** What a source kind needs to read one source. */
export interface SourceContext {
  /** Fetches the source's own documents (feed, listing, sitemap, page) with a conditional GET. */
  fetchDocument(url: string, expect: Expect): Promise<FetchOutcome>;
  /** Fetches an article page; `key` is the link's article key (a page that hung before gets a short deadline). */
  fetchArticle(url: string, key: string): Promise<FetchOutcome>;
  /** True when a link's title, summary or URL names a tracked series: only those pages are fetched. */
  isRelevant(link: ArticleLink): boolean;
  /** Claims an article key for this read; false when it was processed before or another source has it. */
  claim(key: string): Promise<boolean>;
  /** Takes a fetched article at once (the pipeline reads and stores it), so pages are never held in memory in bulk. */
  accept(page: ArticlePage): Promise<void>;
}

/** One kind of source (RSS feed, listing page, …): one entry in the table in kinds/index.ts. */
export interface SourceKind {
  kind: string;
  /** One line for `--help` and the docs. */
  description: string;
  /** The config keys only this kind takes; the config schema is built from them. */
  options: z.ZodRawShape;
  /** A rule across this kind's keys, naming the key at fault; null when the source is fine. */
  check?(source: Readonly<Record<string, unknown>>): { key: string; message: string } | null;
  /** Whether `exportwatch backfill` may read a source's archive pages as this kind. */
  archive: boolean;
  read(target: SourceTarget, ctx: SourceContext): Promise<SourceOutcome>;
}
