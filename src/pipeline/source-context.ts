import type { SourceConfig } from '../config.js';
import type {
  ArticleLink,
  ArticlePage,
  Expect,
  FetchOutcome,
  HostBudget,
  HttpClient,
  SourceContext,
} from '../scrapers/types.js';
import type { Store, StoredValidators } from '../store/types.js';

/** What the sources read in one tick share: which article keys are taken. */
export interface TickClaims {
  /** Article keys claimed by some source in this tick. */
  keys: Set<string>;
  /** Canonical key + text hash of articles being stored in this tick. */
  texts: Set<string>;
}

/** A source kind's context for one read, and the validators to save once the read has fully succeeded. */
export interface SourceReader {
  context: SourceContext;
  validators: StoredValidators[];
}

/** What bounds one source's read in a tick: its signal (the tick stopping, or its own deadline), the tick's budget per host, and the deadline of a page that hung before. */
export interface ReadLimits {
  signal: AbortSignal;
  budget: HostBudget;
  hungPageTimeoutMs: number;
}

/**
 * Builds the context one source is read with: conditional GET for its own documents (validators
 * are saved by the caller only after the read succeeded, so an interrupted read is repeated, not
 * lost), the keyword pre-filter unless the source turns it off, article claims shared by the tick,
 * and the read's limits on every request.
 */
export function createSourceReader(
  source: SourceConfig,
  deps: { http: HttpClient; store: Store },
  isRelevant: (link: ArticleLink) => boolean,
  claims: TickClaims,
  accept: (page: ArticlePage) => Promise<void>,
  limits: Partial<ReadLimits> = {},
): SourceReader {
  const validators: StoredValidators[] = [];
  const { signal, budget } = limits;
  const context: SourceContext = {
    async fetchDocument(url: string, expect: Expect): Promise<FetchOutcome> {
      const known = await deps.store.validators(url);
      const res = await deps.http.get(url, { expect, validators: known ?? {}, signal, budget });
      if (res.status === 'ok' && (res.page.etag || res.page.lastModified)) {
        const changed = res.page.etag !== known?.etag || res.page.lastModified !== known?.lastModified;
        if (changed) validators.push({ url, etag: res.page.etag, lastModified: res.page.lastModified });
      }
      return res;
    },
    async fetchArticle(url, key) {
      // A page that hung before gets a short deadline, not the full timeouts: it cannot cost every later read of
      // its listing as much again.
      const hungBefore = await deps.store.articleHung(key);
      const timeout = hungBefore && limits.hungPageTimeoutMs ? { timeoutMs: limits.hungPageTimeoutMs } : {};
      return deps.http.get(url, { expect: 'html', signal, budget, ...timeout });
    },
    isRelevant: source.prefilter === false ? () => true : isRelevant,
    async claim(key) {
      if (claims.keys.has(key)) return false;
      claims.keys.add(key);
      return !(await deps.store.articleKeySeen(key));
    },
    accept,
  };
  return { context, validators };
}
