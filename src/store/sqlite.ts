import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';
import { consensus, type ObservationRow } from './consensus.js';
import { createSourceStore } from './sources.js';
import type { Alert, AlertDraft, AlertSource, ArticleRecord, IngestResult, MonthValues, Store } from './types.js';

interface AlertRow {
  id: number; series: string; month: string; value: number; currency: string;
  previous_month: string | null; previous_value: number | null; history_incomplete: number;
  created_at: string; status: Alert['status']; message_id: string | null; attempts: number; last_error: string | null;
}

/** Opens (creating and migrating as needed) the SQLite store at `path`; `:memory:` works for tests. */
export function createSqliteStore(path: string, now: () => Date = () => new Date()): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new StoreError(`cannot open database ${path}: ${(cause as Error).message}`, { cause });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db, path);
  const stamp = (): string => now().toISOString();

  const q = {
    articleByUrl: db.prepare<[string], { content_hash: string }>('SELECT content_hash FROM articles WHERE url = ?'),
    upsertArticle: db.prepare(`
      INSERT INTO articles (url, source_id, outlet, title, published, content_hash, first_seen, last_seen)
      VALUES (@url, @sourceId, @outlet, @title, @published, @contentHash, @now, @now)
      ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
        published = excluded.published, last_seen = excluded.last_seen`),
    insertObservation: db.prepare(`
      INSERT INTO observations (series, period_start, period_end, value, currency, role, record_claim, confidence,
        evidence, notes, article_url, outlet, published, observed_at)
      VALUES (@series, @start, @end, @value, @currency, @role, @recordClaim, @confidence, @evidence, @notes,
        @url, @outlet, @published, @now)`),
    singleMonthObservations: db.prepare<[string], ObservationRow>(`
      SELECT period_start AS month, value, role, outlet, confidence FROM observations
      WHERE series = ? AND period_start = period_end AND value IS NOT NULL`),
    seedMonths: db.prepare<[string], { month: string; value: number }>('SELECT month, value FROM seed_months WHERE series = ?'),
    deleteSeed: db.prepare('DELETE FROM seed_months WHERE series = ?'),
    insertSeed: db.prepare('INSERT INTO seed_months (series, month, value, note) VALUES (?, ?, ?, ?)'),
    alertFor: db.prepare<[string, string], { id: number }>('SELECT id FROM alerts WHERE series = ? AND month = ?'),
    insertAlert: db.prepare(`
      INSERT INTO alerts (series, month, value, currency, previous_month, previous_value, history_incomplete, created_at, status)
      VALUES (@series, @month, @value, @currency, @previousMonth, @previousValue, @historyIncomplete, @now, 'pending')`),
    insertAlertSource: db.prepare(`
      INSERT OR IGNORE INTO alert_sources (alert_id, url, outlet, title, published, added_at)
      VALUES (@alertId, @url, @outlet, @title, @published, @now)`),
    pending: db.prepare<[], AlertRow>("SELECT * FROM alerts WHERE status = 'pending' ORDER BY id"),
    all: db.prepare<[], AlertRow>('SELECT * FROM alerts ORDER BY id'),
    sources: db.prepare<[number], AlertSource>('SELECT url, outlet, title, published FROM alert_sources WHERE alert_id = ? ORDER BY added_at, url'),
    markSent: db.prepare("UPDATE alerts SET status = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?"),
    markFailed: db.prepare('UPDATE alerts SET status = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?'),
  };

  function monthValuesSync(series: string): MonthValues {
    return consensus(q.seedMonths.all(series), q.singleMonthObservations.all(series));
  }

  const ingest = db.transaction((article: ArticleRecord, figures: Parameters<Store['ingestArticle']>[1], decide: Parameters<Store['ingestArticle']>[2]): IngestResult => {
    const now = stamp();
    // Decide against the history as it stood before this article, then store the article's figures.
    const drafts = decide(figures, monthValuesSync);
    q.upsertArticle.run({ ...article, now });
    for (const f of figures) {
      q.insertObservation.run({
        series: f.series, start: f.period.start, end: f.period.end, value: f.value, currency: f.currency, role: f.role,
        recordClaim: f.recordClaim ? 1 : 0, confidence: f.confidence, evidence: f.evidence, notes: JSON.stringify(f.notes),
        url: article.url, outlet: article.outlet, published: article.published, now,
      });
    }
    const result: IngestResult = { observations: figures.length, newAlerts: [], extendedAlerts: [] };
    for (const draft of drafts) {
      const existing = q.alertFor.get(draft.series, draft.month);
      const alertId = existing ? existing.id : Number(q.insertAlert.run(alertParams(draft, now)).lastInsertRowid);
      const added = q.insertAlertSource.run({ alertId, url: article.url, outlet: article.outlet, title: article.title, published: article.published, now }).changes;
      if (!existing) result.newAlerts.push(alertId);
      else if (added > 0) result.extendedAlerts.push(alertId);
    }
    return result;
  });

  const toAlert = (row: AlertRow): Alert => ({
    id: row.id, series: row.series, month: row.month, value: row.value, currency: row.currency,
    previous: row.previous_month !== null && row.previous_value !== null ? { month: row.previous_month, value: row.previous_value } : null,
    historyIncomplete: row.history_incomplete === 1, status: row.status, messageId: row.message_id, attempts: row.attempts,
    lastError: row.last_error, createdAt: row.created_at, sources: q.sources.all(row.id),
  });

  return {
    ...createSourceStore(db, stamp),
    async hasArticle(url, contentHash) {
      const row = q.articleByUrl.get(url);
      return row !== undefined && (contentHash === undefined || row.content_hash === contentHash);
    },
    async ingestArticle(article, figures, decide) {
      return ingest.immediate(article, figures, decide);
    },
    async monthValues(series) {
      return monthValuesSync(series);
    },
    async importSeed(series, rows) {
      db.transaction(() => {
        q.deleteSeed.run(series);
        for (const r of rows) q.insertSeed.run(series, r.month, r.value, r.note);
      }).immediate();
      return rows.length;
    },
    async pendingAlerts() {
      return q.pending.all().map(toAlert);
    },
    async alerts() {
      return q.all.all().map(toAlert);
    },
    async markSent(alertId, messageId) {
      q.markSent.run(messageId, stamp(), alertId);
    },
    async markFailed(alertId, reason, retryable) {
      q.markFailed.run(retryable ? 'pending' : 'failed', reason, alertId);
    },
    async close() {
      db.close();
    },
  };
}

function alertParams(draft: AlertDraft, now: string): Record<string, unknown> {
  return {
    series: draft.series, month: draft.month, value: draft.value, currency: draft.currency,
    previousMonth: draft.previous?.month ?? null, previousValue: draft.previous?.value ?? null,
    historyIncomplete: draft.historyIncomplete ? 1 : 0, now,
  };
}

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new StoreError(
      `database ${path} has schema version ${version}, newer than this exportwatch understands (${MIGRATIONS.length}); upgrade exportwatch or point DATABASE_PATH elsewhere`,
    );
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
