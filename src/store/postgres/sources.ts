import type pg from 'pg';
import { toHealth, type HealthRow } from '../sources.js';
import type { SourceStore, StoredValidators } from '../types.js';

/** The sources' share of the store on PostgreSQL: the same tables and statements as sources.ts. */
export function createPostgresSourceStore(
  read: <R extends pg.QueryResultRow>(what: string, sql: string, params?: unknown[]) => Promise<R[]>,
  write: <T>(what: string, work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
  stamp: () => string,
): SourceStore {
  return {
    async sourceHealth() {
      return (await read<HealthRow>('reading source health', 'SELECT * FROM source_health ORDER BY source_id')).map(toHealth);
    },
    async saveSourceRead(h, validators) {
      await write(`saving the read of source ${h.sourceId}`, async (client) => {
        await client.query(`
          INSERT INTO source_health (source_id, consecutive_failures, last_outcome, last_error, last_error_at, last_success_at,
            last_attempt_at, next_attempt_at, disabled_at, last_articles, last_article_errors, last_article_error, pending_notice)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
          ON CONFLICT (source_id) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,
            last_outcome = excluded.last_outcome, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
            last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
            next_attempt_at = excluded.next_attempt_at, disabled_at = excluded.disabled_at, last_articles = excluded.last_articles,
            last_article_errors = excluded.last_article_errors, last_article_error = excluded.last_article_error,
            pending_notice = excluded.pending_notice`,
          [h.sourceId, h.consecutiveFailures, h.lastOutcome, h.lastError, h.lastErrorAt, h.lastSuccessAt, h.lastAttemptAt,
            h.nextAttemptAt, h.disabledAt, h.lastArticles, h.lastArticleErrors, h.lastArticleError, h.pendingNotice]);
        const now = stamp();
        for (const v of validators) {
          await client.query(`
            INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
            [v.url, v.etag, v.lastModified, now]);
        }
      });
    },
    async validators(url) {
      const [row] = await read<{ url: string; etag: string | null; last_modified: string | null }>(
        'reading HTTP validators', 'SELECT url, etag, last_modified FROM http_validators WHERE url = $1', [url]);
      return row ? ({ url: row.url, etag: row.etag, lastModified: row.last_modified } satisfies StoredValidators) : null;
    },
    async articleKeySeen(key) {
      const sql = 'SELECT 1 FROM article_keys WHERE key = $1 AND (content_hash IS NOT NULL OR failure IS NOT NULL)';
      return (await read('reading article keys', sql, [key])).length > 0;
    },
    async articleTextSeen(keys, contentHash) {
      return (await read('reading article keys', 'SELECT 1 FROM article_keys WHERE key = ANY($1) AND content_hash = $2', [keys, contentHash])).length > 0;
    },
    async rememberArticle(keys, entry) {
      await write('remembering an article', async (client) => {
        const now = stamp();
        for (const key of keys) {
          await client.query(`
            INSERT INTO article_keys (key, url, content_hash, first_seen, last_seen) VALUES ($1, $2, $3, $4, $4)
            ON CONFLICT (key) DO UPDATE SET url = excluded.url, content_hash = excluded.content_hash, failure = NULL, failures = 0,
              last_seen = excluded.last_seen`, [key, entry.url, entry.contentHash, now]);
        }
      });
    },
    async recordArticleFailure(keys, entry) {
      return write(`counting a failed fetch of ${entry.url}`, async (client) => {
        const now = stamp();
        const counts: Array<{ failures: number; given_up: boolean }> = [];
        for (const key of keys) {
          const { rows } = await client.query<{ failures: number; given_up: boolean }>(`
            INSERT INTO article_keys (key, url, failure, failures, first_seen, last_seen)
              VALUES ($1, $2, CASE WHEN $4::int <= 1 THEN $3::text END, 1, $5, $5)
            ON CONFLICT (key) DO UPDATE SET failures = article_keys.failures + 1,
              failure = CASE WHEN article_keys.failures + 1 >= $4::int THEN $3::text END, last_seen = excluded.last_seen
            RETURNING failures, failure IS NOT NULL AS given_up`, [key, entry.url, entry.reason, entry.giveUpAfter, now]);
          counts.push(rows[0]!);
        }
        return { failures: Math.max(...counts.map((c) => c.failures)), givenUp: counts.some((c) => c.given_up) };
      });
    },
  };
}
