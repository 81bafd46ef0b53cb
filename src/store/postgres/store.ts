import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import { StoreError } from '../../errors.js';
import { monthConsensus, monthValues, type ArticleEvidence, type SeedMonth } from '../../history/consensus.js';
import { DEFAULT_RECORD_RULE, type HistoryMoment } from '../../history/records.js';
import { buildHistory } from '../../history/table.js';
import { ingestResult, seriesMoment } from '../ingest-steps.js';
import type { AlertDraft, ArticleRecord, DisputedClaim, MonthValues, ObservationView, Store } from '../types.js';
import { migratePostgres } from './migrations.js';
import { createPostgresOutbox } from './outbox.js';
import { createPgPool, inTransaction, redactUrl } from './pool.js';
import { createPostgresSourceStore } from './sources.js';

/** How the PostgreSQL store behaves; tests pass a clock. */
export interface PostgresStoreOptions {
  now?: () => Date;
  /** Observations read with less confidence are kept but do not count towards month values. */
  minConfidence?: number;
  /** Called when a database connection breaks between queries; the next query reconnects. */
  onConnectionError?: (error: Error) => void;
}

interface AlertRef {
  id: number;
  status: string;
  message_id: string | null;
}

type Db = pg.Pool | pg.PoolClient;

// Writers take turns on this lock, as SQLite writers do with BEGIN IMMEDIATE: the record rule decides against
// the history as committed, so two replicas cannot both find the same month new.
const WRITE_LOCK = 7_470_012;

const SQL = {
  seedMonths: 'SELECT month, value, origin FROM seed_months WHERE series = $1',
  evidence: `
    SELECT period_start AS month, value, role, outlet, confidence, published, article_url AS url FROM observations
    WHERE series = $1 AND period_start = period_end AND value IS NOT NULL AND superseded = 0`,
  alertsOf: 'SELECT id, month, status, value FROM alerts WHERE series = $1 ORDER BY month',
  alertFor: 'SELECT id, status, message_id FROM alerts WHERE series = $1 AND month = $2',
};

/** Opens the shared PostgreSQL store at `url`, creating or upgrading its schema. Same contract as the SQLite store. */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const minConfidence = options.minConfidence ?? DEFAULT_RECORD_RULE.minConfidence;
  const stamp = (): string => now().toISOString();
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pool = createPgPool(url, { applicationName: `exportwatch ${holder}`.slice(0, 63), max: 5, onConnectionError: options.onConnectionError });
  try {
    await migratePostgres(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const failed = (what: string, cause: unknown): StoreError =>
    cause instanceof StoreError ? cause : new StoreError(`${what} failed on ${redactUrl(url)}: ${(cause as Error).message}`, { cause });

  const read = async <R extends pg.QueryResultRow>(what: string, sql: string, params: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query<R>(sql, params)).rows;
    } catch (cause) {
      throw failed(what, cause);
    }
  };

  const write = async <T>(what: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    try {
      return await inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        return work(client);
      });
    } catch (cause) {
      throw failed(what, cause);
    }
  };

  const seedOf = async (db: Db, series: string): Promise<SeedMonth[]> => (await db.query<SeedMonth>(SQL.seedMonths, [series])).rows;
  const evidenceOf = async (db: Db, series: string): Promise<ArticleEvidence[]> => (await db.query<ArticleEvidence>(SQL.evidence, [series])).rows;
  const valuesOf = async (db: Db, series: string): Promise<MonthValues> => monthValues(await seedOf(db, series), await evidenceOf(db, series), minConfidence);

  async function link(client: pg.PoolClient, alert: AlertRef, article: ArticleRecord, at: string): Promise<boolean> {
    const { rowCount } = await client.query(`
      INSERT INTO alert_sources (alert_id, url, outlet, title, published, added_at) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT DO NOTHING`, [alert.id, article.url, article.outlet, article.title, article.published, at]);
    const added = (rowCount ?? 0) > 0;
    // A posted message is rewritten to show the new outlet; a pending one will be posted with it.
    if (added && alert.status === 'sent' && alert.message_id !== null) await client.query('UPDATE alerts SET edit_pending = 1 WHERE id = $1', [alert.id]);
    return added;
  }

  const { abandonAll, ...outbox } = createPostgresOutbox(pool, { holder, stamp, read, failed, onConnectionError: options.onConnectionError });

  return {
    ...outbox,
    ...createPostgresSourceStore(read, write, stamp),
    async hasArticle(articleUrl, contentHash) {
      const [row] = await read<{ content_hash: string }>('reading an article', 'SELECT content_hash FROM articles WHERE url = $1', [articleUrl]);
      return row !== undefined && (contentHash === undefined || row.content_hash === contentHash);
    },
    async ingestArticle(article, figures, decide, mode = 'live') {
      return write(`storing article ${article.url}`, async (client) => {
        const at = stamp();
        const seriesIds = [...new Set(figures.map((f) => f.series))];
        const moments = new Map<string, HistoryMoment>();
        for (const s of seriesIds) {
          const values = seriesMoment(await seedOf(client, s), await evidenceOf(client, s), article, figures.filter((f) => f.series === s), minConfidence);
          const alerted = new Map((await client.query<{ month: string; value: number }>(SQL.alertsOf, [s])).rows.map((a) => [a.month, a.value]));
          moments.set(s, { ...values, alerted });
        }
        await client.query('UPDATE observations SET superseded = 1 WHERE article_url = $1 AND superseded = 0', [article.url]);
        await client.query(`
          INSERT INTO articles (url, source_id, outlet, title, published, content_hash, first_seen, last_seen)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
          ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
            published = excluded.published, last_seen = excluded.last_seen`,
          [article.url, article.sourceId, article.outlet, article.title, article.published, article.contentHash, at]);
        // The record rule runs synchronously on what was read above, inside this transaction and lock.
        const decision = decide(figures, (s) => moments.get(s) ?? { before: new Map(), after: new Map(), alerted: new Map() });
        for (const [i, f] of figures.entries()) {
          await client.query(`
            INSERT INTO observations (series, period_start, period_end, value, currency, role, record_claim, confidence,
              evidence, notes, article_url, outlet, published, observed_at, verdict, mode)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
            [f.series, f.period.start, f.period.end, f.value, f.currency, f.role, f.recordClaim ? 1 : 0, f.confidence, f.evidence,
              JSON.stringify(f.notes), article.url, article.outlet, article.published, at, decision.verdicts[i]?.verdict ?? null, mode]);
        }
        const result = ingestResult(figures, decision);
        if (mode === 'baseline') return result;
        for (const draft of decision.records) {
          const [existing] = (await client.query<AlertRef>(SQL.alertFor, [draft.series, draft.month])).rows;
          if (existing) {
            if (await link(client, existing, article, at)) result.extendedAlerts.push(existing.id);
            continue;
          }
          const id = await insertAlert(client, draft, at);
          await link(client, { id, status: 'pending', message_id: null }, article, at);
          result.newAlerts.push(id);
        }
        for (const { series, month } of decision.known) {
          const [existing] = (await client.query<AlertRef>(SQL.alertFor, [series, month])).rows;
          if (existing && (await link(client, existing, article, at))) result.extendedAlerts.push(existing.id);
        }
        return result;
      });
    },
    async monthValues(series) {
      try {
        return await valuesOf(pool, series);
      } catch (cause) {
        throw failed(`reading the history of ${series}`, cause);
      }
    },
    async history(series) {
      try {
        const consensus = monthConsensus(await seedOf(pool, series), await evidenceOf(pool, series), minConfidence);
        const alerts = (await pool.query<{ id: number; month: string; status: 'pending' | 'sent' | 'failed'; value: number }>(SQL.alertsOf, [series])).rows;
        const disputed = (await pool.query<DisputedClaim>(`
          SELECT period_start AS month, value, outlet, article_url AS url, evidence FROM observations
          WHERE series = $1 AND record_claim = 1 AND verdict = 'not-above-maximum' AND superseded = 0 ORDER BY period_start, id`, [series])).rows;
        const observations = (await pool.query<Omit<ObservationView, 'recordClaim'> & { month: string; recordClaim: number }>(`
          SELECT period_start AS month, value, role, confidence, record_claim AS "recordClaim", outlet, article_url AS url, published,
            evidence, verdict, mode FROM observations
          WHERE series = $1 AND period_start = period_end AND value IS NOT NULL AND superseded = 0 ORDER BY id`, [series])).rows;
        return buildHistory(series, consensus, alerts, disputed, observations.map((o) => ({ ...o, recordClaim: o.recordClaim === 1 })));
      } catch (cause) {
        throw failed(`reading the history of ${series}`, cause);
      }
    },
    async importSeed(series, rows, origin = 'seed') {
      return write(`importing the history of ${series}`, async (client) => {
        for (const r of rows) {
          await client.query(`
            INSERT INTO seed_months (series, month, value, note, origin) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (series, month) DO UPDATE SET value = excluded.value, note = excluded.note, origin = excluded.origin`,
            [series, r.month, r.value, r.note, origin]);
        }
        return rows.length;
      });
    },
    async hasHistory(series) {
      const rows = await read('reading the history', `
        SELECT 1 WHERE EXISTS (SELECT 1 FROM seed_months WHERE series = $1) OR EXISTS (SELECT 1 FROM observations WHERE series = $1)`, [series]);
      return rows.length > 0;
    },
    async isSourceKnown(sourceId) {
      return (await read('reading source baselines', 'SELECT 1 FROM source_baselines WHERE source_id = $1', [sourceId])).length > 0;
    },
    async markSourceKnown(sourceId) {
      await read('marking a source known', 'INSERT INTO source_baselines (source_id, baselined_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [sourceId, stamp()]);
    },
    async close() {
      if (pool.ended) return;
      await abandonAll();
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
