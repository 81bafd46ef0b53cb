import type { FetchError } from '../errors.js';

/** A fetched document. */
export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

/** The outcome of one GET. */
export type FetchOutcome =
  | { status: 'ok'; page: FetchedPage }
  | { status: 'not-modified'; url: string }
  | { status: 'error'; error: FetchError };

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** Fetches pages over HTTP; the only part of the program that talks to news sites. */
export interface HttpClient {
  get(url: string, validators?: Validators): Promise<FetchOutcome>;
  close(): Promise<void>;
}

/** A link to an article found by a source, with what the listing said about it. */
export interface ArticleLink {
  url: string;
  title: string | null;
  summary: string | null;
}

/** A fetched article page, ready for extraction. */
export interface ArticlePage {
  url: string;
  html: string;
  /** Title given by the listing (feed item), if any. */
  listedTitle: string | null;
}

/** What a source yielded in one tick. */
export type SourceOutcome =
  | { status: 'ok'; articles: ArticlePage[]; skipped: number; failures: ArticleFailure[] }
  | { status: 'not-modified' }
  | { status: 'error'; error: Error };

/** An article link that could not be fetched; its source still counts as read. */
export interface ArticleFailure {
  url: string;
  error: Error;
}

/** What a source kind needs to read one source. */
export interface SourceContext {
  http: HttpClient;
  /** True when a link's title, summary or URL names a tracked series: only those pages are fetched. */
  isRelevant(link: ArticleLink): boolean;
  /** True when this article URL was processed before and need not be fetched again. */
  alreadySeen(url: string): Promise<boolean>;
}

/** One kind of source (RSS feed, article page, …): one entry in the table in kinds/index.ts. */
export interface SourceKind {
  kind: string;
  read(url: string, ctx: SourceContext): Promise<SourceOutcome>;
}
