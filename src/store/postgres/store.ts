import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import { StoreError } from '../../errors.js';
import { consensus, type ObservationRow } from '../consensus.js';
import type { Alert, AlertDraft, AlertSource, MonthValues, Store } from '../types.js';
import { migratePostgres } from './migrations.js';
import { createHeldDeliveries } from './outbox.js';
import { createPgPool, inTransaction, redactUrl } from './pool.js';

/** How the PostgreSQL store behaves; tests pass a clock. */
export interface PostgresStoreOptions {
  now?: () => Date;
  /** Called when a database connection breaks between queries; the next query reconnects. */
  onConnectionError?: (error: Error) => void;
}

interface AlertRow {
  id: number; series: string; month: string; value: number; currency: string;
  previous_month: string | null; previous_value: number | null; history_incomplete: number;
  created_at: string; status: Alert['status']; message_id: string | null; attempts: number; last_error: string | null;
}

// Writers take turns on this lock, as SQLite writers do with BEGIN IMMEDIATE: the record rule decides against
// the history as committed, so two replicas cannot both find the same month new.
const WRITE_LOCK = 7_470_012;

const PENDING = "status = 'pending'";

/** Opens the shared PostgreSQL store at `url`, creating or upgrading its schema. */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const stamp = (): string => now().toISOString();
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pool = createPgPool(url, { applicationName: `exportwatch ${holder}`.slice(0, 63), max: 5, onConnectionError: options.onConnectionError });
  try {
    await migratePostgres(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const outbox = createHeldDeliveries(pool, holder, stamp, options.onConnectionError);

  const query = async <R extends pg.QueryResultRow>(what: string, sql: string, params: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query<R>(sql, params)).rows;
    } catch (cause) {
      throw new StoreError(`${what} failed on ${redactUrl(url)}: ${(cause as Error).message}`, { cause });
    }
  };

  const monthValuesOn = async (db: pg.Pool | pg.PoolClient, series: string): Promise<MonthValues> => {
    const [seed, observations] = await Promise.all([
      db.query<{ month: string; value: number }>('SELECT month, value FROM seed_months WHERE series = $1', [series]),
      db.query<ObservationRow>(`
        SELECT period_start AS month, value, role, outlet, confidence FROM observations
        WHERE series = $1 AND period_start = period_end AND value IS NOT NULL`, [series]),
    ]);
    return consensus(seed.rows, observations.rows);
  };

  const toAlerts = async (rows: AlertRow[]): Promise<Alert[]> => {
    if (rows.length === 0) return [];
    const sources = await query<AlertSource & { alert_id: number }>('loading alert sources',
      'SELECT alert_id, url, outlet, title, published FROM alert_sources WHERE alert_id = ANY($1) ORDER BY added_at, url', [rows.map((r) => r.id)]);
    return rows.map((row) => ({
      id: row.id, series: row.series, month: row.month, value: row.value, currency: row.currency,
      previous: row.previous_month !== null && row.previous_value !== null ? { month: row.previous_month, value: row.previous_value } : null,
      historyIncomplete: row.history_incomplete === 1, status: row.status, messageId: row.message_id, attempts: row.attempts,
      lastError: row.last_error, createdAt: row.created_at,
      sources: sources.filter((s) => s.alert_id === row.id).map(({ url: u, outlet, title, published }) => ({ url: u, outlet, title, published })),
    }));
  };

  const write = async <T>(what: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    try {
      return await inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        return work(client);
      });
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError(`${what} failed on ${redactUrl(url)}: ${(cause as Error).message}`, { cause });
    }
  };

  return {
    async hasArticle(articleUrl, contentHash) {
      const rows = await query<{ content_hash: string }>('reading an article', 'SELECT content_hash FROM articles WHERE url = $1', [articleUrl]);
      return rows[0] !== undefined && (contentHash === undefined || rows[0].content_hash === contentHash);
    },
    async ingestArticle(article, figures, decide) {
      return write(`storing article ${article.url}`, async (client) => {
        const at = stamp();
        // Decide against the history as it stood before this article, as the SQLite store does.
        const series = [...new Set(figures.map((f) => f.series))];
        const history = new Map(await Promise.all(series.map(async (s) => [s, await monthValuesOn(client, s)] as const)));
        const drafts = decide(figures, (s) => history.get(s) ?? new Map());
        await client.query(`
          INSERT INTO articles (url, source_id, outlet, title, published, content_hash, first_seen, last_seen)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
          ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
            published = excluded.published, last_seen = excluded.last_seen`,
          [article.url, article.sourceId, article.outlet, article.title, article.published, article.contentHash, at]);
        for (const f of figures) {
          await client.query(`
            INSERT INTO observations (series, period_start, period_end, value, currency, role, record_claim, confidence,
              evidence, notes, article_url, outlet, published, observed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
            [f.series, f.period.start, f.period.end, f.value, f.currency, f.role, f.recordClaim ? 1 : 0, f.confidence, f.evidence,
              JSON.stringify(f.notes), article.url, article.outlet, article.published, at]);
        }
        const result = { observations: figures.length, newAlerts: [] as number[], extendedAlerts: [] as number[] };
        for (const draft of drafts) {
          const existing = await client.query<{ id: number }>('SELECT id FROM alerts WHERE series = $1 AND month = $2', [draft.series, draft.month]);
          const alertId = existing.rows[0]?.id ?? (await insertAlert(client, draft, at));
          const added = await client.query(`
            INSERT INTO alert_sources (alert_id, url, outlet, title, published, added_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT DO NOTHING`, [alertId, article.url, article.outlet, article.title, article.published, at]);
          if (!existing.rows[0]) result.newAlerts.push(alertId);
          else if ((added.rowCount ?? 0) > 0) result.extendedAlerts.push(alertId);
        }
        return result;
      });
    },
    async monthValues(series) {
      try {
        return await monthValuesOn(pool, series);
      } catch (cause) {
        throw new StoreError(`reading the history of ${series} failed on ${redactUrl(url)}: ${(cause as Error).message}`, { cause });
      }
    },
    async importSeed(series, rows) {
      return write(`importing the seed of ${series}`, async (client) => {
        await client.query('DELETE FROM seed_months WHERE series = $1', [series]);
        for (const r of rows) {
          await client.query('INSERT INTO seed_months (series, month, value, note) VALUES ($1, $2, $3, $4)', [series, r.month, r.value, r.note]);
        }
        return rows.length;
      });
    },
    async pendingAlerts() {
      return toAlerts(await query<AlertRow>('reading the outbox', `SELECT * FROM alerts WHERE ${PENDING} ORDER BY id`));
    },
    async alerts() {
      return toAlerts(await query<AlertRow>('reading alerts', 'SELECT * FROM alerts ORDER BY id'));
    },
    async beginDelivery(alertId) {
      const claim = await outbox.claim(alertId, PENDING, []);
      return claim.claimed ? { status: 'claimed', interrupted: claim.interrupted } : { status: 'taken' };
    },
    async markSent(alertId, messageId) {
      await outbox.settle(alertId, [{
        sql: "UPDATE alerts SET status = 'sent', message_id = $2, sent_at = $3, attempts = attempts + 1, last_error = NULL WHERE id = $1",
        params: [alertId, messageId, stamp()],
      }]);
    },
    async markFailed(alertId, reason, retryable) {
      await outbox.settle(alertId, [{
        sql: 'UPDATE alerts SET status = $2, last_error = $3, attempts = attempts + 1 WHERE id = $1',
        params: [alertId, retryable ? 'pending' : 'failed', reason],
      }]);
    },
    async close() {
      if (pool.ended) return;
      await outbox.abandonAll();
      await pool.end();
    },
  };
}

async function insertAlert(client: pg.PoolClient, draft: AlertDraft, at: string): Promise<number> {
  const { rows } = await client.query<{ id: number }>(`
    INSERT INTO alerts (series, month, value, currency, previous_month, previous_value, history_incomplete, created_at, status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') RETURNING id`,
    [draft.series, draft.month, draft.value, draft.currency, draft.previous?.month ?? null, draft.previous?.value ?? null, draft.historyIncomplete ? 1 : 0, at]);
  return rows[0]!.id;
}
