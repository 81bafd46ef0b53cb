import type { Database } from './database.js';
import type { SourceHealth, SourceStore, Store } from './types.js';

/** A source_health row. */
interface HealthRow {
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
  newest_link: string | null;
  last_published_at: string | null;
  publish_interval_ms: number | null;
}

const toHealth = (r: HealthRow): SourceHealth => ({
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
  newestLink: r.newest_link,
  lastPublishedAt: r.last_published_at,
  publishIntervalMs: r.publish_interval_ms,
});

const SQL = {
  saveHealth: `
    INSERT INTO source_health (source_id, consecutive_failures, last_outcome, last_error, last_error_at, last_success_at,
      last_attempt_at, next_attempt_at, disabled_at, last_articles, last_article_errors, last_article_error, pending_notice,
      newest_link, last_published_at, publish_interval_ms)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
    ON CONFLICT (source_id) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,
      last_outcome = excluded.last_outcome, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
      last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
      next_attempt_at = excluded.next_attempt_at, disabled_at = excluded.disabled_at, last_articles = excluded.last_articles,
      last_article_errors = excluded.last_article_errors, last_article_error = excluded.last_article_error,
      pending_notice = excluded.pending_notice, newest_link = excluded.newest_link,
      last_published_at = excluded.last_published_at, publish_interval_ms = excluded.publish_interval_ms`,
  saveValidators: `
    INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES ($1, $2, $3, $4)
    ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
  keySeen: 'SELECT 1 AS one FROM article_keys WHERE key = $1 AND (content_hash IS NOT NULL OR failure IS NOT NULL)',
  textSeen: 'SELECT 1 AS one FROM article_keys WHERE key = $1 AND content_hash = $2',
  remember: `
    INSERT INTO article_keys (key, url, content_hash, first_seen, last_seen) VALUES ($1, $2, $3, $4, $4)
    ON CONFLICT (key) DO UPDATE SET url = excluded.url, content_hash = excluded.content_hash, failure = NULL, failures = 0,
      hung = 0, last_seen = excluded.last_seen`,
  // The failure count goes up on every failed fetch; the reason is kept once it reaches $4 (give up after). `hung`
  // says how the last fetch failed.
  failed: `
    INSERT INTO article_keys (key, url, failure, failures, hung, first_seen, last_seen)
      VALUES ($1, $2, CASE WHEN CAST($4 AS INTEGER) <= 1 THEN CAST($3 AS TEXT) END, 1, $6, $5, $5)
    ON CONFLICT (key) DO UPDATE SET failures = article_keys.failures + 1,
      failure = CASE WHEN article_keys.failures + 1 >= CAST($4 AS INTEGER) THEN CAST($3 AS TEXT) END,
      hung = excluded.hung, last_seen = excluded.last_seen
    RETURNING failures, CASE WHEN failure IS NOT NULL THEN 1 ELSE 0 END AS given_up`,
  hung: 'SELECT 1 AS one FROM article_keys WHERE key = $1 AND hung = 1 AND failure IS NULL',
};

/** The source queries (schema from the migrations); `stamp` is the store's clock. */
export function createSourceStore(
  db: Database,
  stamp: () => string,
  scrub: (text: string) => string,
): SourceStore & Pick<Store, 'isSourceKnown' | 'markSourceKnown'> {
  const scrubbed = (text: string | null): string | null => (text === null ? null : scrub(text));
  return {
    async sourceHealth() {
      return (
        await db.query('reading source health', (q) =>
          q.all<HealthRow>('SELECT * FROM source_health ORDER BY source_id'),
        )
      ).map(toHealth);
    },
    async retrySources(ids) {
      const all = ids === 'all';
      if (!all && ids.length === 0) return [];
      const which = all ? '' : ` AND source_id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`;
      return db.transaction('clearing source backoff', async (q) => {
        const waiting = await q.all<{ source_id: string }>(
          `SELECT source_id FROM source_health WHERE next_attempt_at IS NOT NULL${which} ORDER BY source_id`,
          all ? [] : ids,
        );
        await q.run(
          `UPDATE source_health SET next_attempt_at = NULL WHERE next_attempt_at IS NOT NULL${which}`,
          all ? [] : ids,
        );
        return waiting.map((r) => r.source_id);
      });
    },
    async saveSourceRead(h, validators) {
      await db.transaction(`saving the read of source ${h.sourceId}`, async (q) => {
        await q.run(SQL.saveHealth, [
          h.sourceId,
          h.consecutiveFailures,
          h.lastOutcome,
          scrubbed(h.lastError),
          h.lastErrorAt,
          h.lastSuccessAt,
          h.lastAttemptAt,
          h.nextAttemptAt,
          h.disabledAt,
          h.lastArticles,
          h.lastArticleErrors,
          scrubbed(h.lastArticleError),
          h.pendingNotice,
          h.newestLink,
          h.lastPublishedAt,
          h.publishIntervalMs,
        ]);
        const now = stamp();
        for (const v of validators) await q.run(SQL.saveValidators, [v.url, v.etag, v.lastModified, now]);
      });
    },
    async validators(url) {
      const row = await db.query('reading HTTP validators', (q) =>
        q.get<{ url: string; etag: string | null; last_modified: string | null }>(
          'SELECT url, etag, last_modified FROM http_validators WHERE url = $1',
          [url],
        ),
      );
      return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified } : null;
    },
    async articleKeySeen(key) {
      return (await db.query('reading article keys', (q) => q.get(SQL.keySeen, [key]))) !== undefined;
    },
    async articleHung(key) {
      return (await db.query('reading article keys', (q) => q.get(SQL.hung, [key]))) !== undefined;
    },
    articleTextSeen(keys, contentHash) {
      return db.query('reading article keys', async (q) => {
        for (const key of keys) if ((await q.get(SQL.textSeen, [key, contentHash])) !== undefined) return true;
        return false;
      });
    },
    async rememberArticle(keys, entry) {
      await db.transaction('remembering an article', async (q) => {
        const now = stamp();
        for (const key of keys) await q.run(SQL.remember, [key, entry.url, entry.contentHash, now]);
      });
    },
    recordArticleFailure(keys, entry) {
      return db.transaction(`counting a failed fetch of ${entry.url}`, async (q) => {
        const now = stamp();
        const counts: Array<{ failures: number; given_up: number }> = [];
        for (const key of keys)
          counts.push(
            (await q.get<{ failures: number; given_up: number }>(SQL.failed, [
              key,
              entry.url,
              scrub(entry.reason),
              entry.giveUpAfter,
              now,
              entry.hung ? 1 : 0,
            ]))!,
          );
        return { failures: Math.max(...counts.map((c) => c.failures)), givenUp: counts.some((c) => c.given_up === 1) };
      });
    },
    async isSourceKnown(sourceId) {
      return (
        (await db.query('reading source baselines', (q) =>
          q.get('SELECT 1 AS one FROM source_baselines WHERE source_id = $1', [sourceId]),
        )) !== undefined
      );
    },
    async markSourceKnown(sourceId) {
      await db.query('marking a source known', (q) =>
        q.run('INSERT INTO source_baselines (source_id, baselined_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          sourceId,
          stamp(),
        ]),
      );
    },
  };
}
