import type Database from 'better-sqlite3';
import type { ArticleFailureCount, SourceHealth, SourceStore, StoredValidators } from './types.js';

/** A source_health row, as both stores' tables hold it. */
export interface HealthRow {
  source_id: string;
  consecutive_failures: number;
  last_outcome: SourceHealth['lastOutcome'];
  last_error: string | null;
  last_error_at: string | null;
  last_success_at: string | null;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  disabled_at: string | null;
  last_articles: number;
  last_article_errors: number;
  last_article_error: string | null;
  pending_notice: SourceHealth['pendingNotice'];
}

export const toHealth = (r: HealthRow): SourceHealth => ({
  sourceId: r.source_id,
  consecutiveFailures: r.consecutive_failures,
  lastOutcome: r.last_outcome,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  lastSuccessAt: r.last_success_at,
  lastAttemptAt: r.last_attempt_at,
  nextAttemptAt: r.next_attempt_at,
  disabledAt: r.disabled_at,
  lastArticles: r.last_articles,
  lastArticleErrors: r.last_article_errors,
  lastArticleError: r.last_article_error,
  pendingNotice: r.pending_notice,
});

/** The source queries over an open database (schema from migrations.ts); `stamp` is the store's clock. */
export function createSourceStore(db: Database.Database, stamp: () => string): SourceStore {
  const q = {
    health: db.prepare<[], HealthRow>('SELECT * FROM source_health ORDER BY source_id'),
    saveHealth: db.prepare(`
      INSERT INTO source_health (source_id, consecutive_failures, last_outcome, last_error, last_error_at, last_success_at,
        last_attempt_at, next_attempt_at, disabled_at, last_articles, last_article_errors, last_article_error, pending_notice)
      VALUES (@sourceId, @consecutiveFailures, @lastOutcome, @lastError, @lastErrorAt, @lastSuccessAt,
        @lastAttemptAt, @nextAttemptAt, @disabledAt, @lastArticles, @lastArticleErrors, @lastArticleError, @pendingNotice)
      ON CONFLICT (source_id) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,
        last_outcome = excluded.last_outcome, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
        last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
        next_attempt_at = excluded.next_attempt_at, disabled_at = excluded.disabled_at, last_articles = excluded.last_articles,
        last_article_errors = excluded.last_article_errors, last_article_error = excluded.last_article_error,
        pending_notice = excluded.pending_notice`),
    validators: db.prepare<[string], { url: string; etag: string | null; last_modified: string | null }>(
      'SELECT url, etag, last_modified FROM http_validators WHERE url = ?',
    ),
    saveValidators: db.prepare(`
      INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES (@url, @etag, @lastModified, @now)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`),
    keySeen: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM article_keys WHERE key = ? AND (content_hash IS NOT NULL OR failure IS NOT NULL)'),
    keyHash: db.prepare<[string], { content_hash: string | null }>('SELECT content_hash FROM article_keys WHERE key = ?'),
    remember: db.prepare(`
      INSERT INTO article_keys (key, url, content_hash, first_seen, last_seen) VALUES (@key, @url, @contentHash, @now, @now)
      ON CONFLICT (key) DO UPDATE SET url = excluded.url, content_hash = excluded.content_hash, failure = NULL, failures = 0,
        last_seen = excluded.last_seen`),
    failed: db.prepare<[{ key: string; url: string; reason: string; giveUpAfter: number; now: string }], { failures: number; given_up: number }>(`
      INSERT INTO article_keys (key, url, failure, failures, first_seen, last_seen)
        VALUES (@key, @url, CASE WHEN @giveUpAfter <= 1 THEN @reason END, 1, @now, @now)
      ON CONFLICT (key) DO UPDATE SET failures = article_keys.failures + 1,
        failure = CASE WHEN article_keys.failures + 1 >= @giveUpAfter THEN @reason END, last_seen = excluded.last_seen
      RETURNING failures, failure IS NOT NULL AS given_up`),
  };

  const saveRead = db.transaction((health: SourceHealth, validators: readonly StoredValidators[]) => {
    q.saveHealth.run(health);
    const now = stamp();
    for (const v of validators) q.saveValidators.run({ ...v, now });
  });
  const remember = db.transaction((keys: readonly string[], entry: { url: string; contentHash: string }) => {
    const now = stamp();
    for (const key of keys) q.remember.run({ key, ...entry, now });
  });
  const fail = db.transaction((keys: readonly string[], entry: { url: string; reason: string; giveUpAfter: number }): ArticleFailureCount => {
    const now = stamp();
    const counts = keys.map((key) => q.failed.get({ key, ...entry, now })!);
    return { failures: Math.max(...counts.map((c) => c.failures)), givenUp: counts.some((c) => c.given_up === 1) };
  });

  return {
    async sourceHealth() {
      return q.health.all().map(toHealth);
    },
    async saveSourceRead(health, validators) {
      saveRead.immediate(health, validators);
    },
    async validators(url) {
      const row = q.validators.get(url);
      return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified } : null;
    },
    async articleKeySeen(key) {
      return q.keySeen.get(key) !== undefined;
    },
    async articleTextSeen(keys, contentHash) {
      return keys.some((key) => q.keyHash.get(key)?.content_hash === contentHash);
    },
    async rememberArticle(keys, entry) {
      remember.immediate(keys, entry);
    },
    async recordArticleFailure(keys, entry) {
      return fail.immediate(keys, entry);
    },
  };
}
