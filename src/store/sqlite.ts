import type Database from 'better-sqlite3';
import type { Figure } from '../extract/types.js';
import { monthConsensus, monthValues, type ArticleEvidence, type SeedMonth } from '../history/consensus.js';
import { DEFAULT_RECORD_RULE, type HistoryMoment } from '../history/records.js';
import { buildHistory } from '../history/table.js';
import { ingestResult, seriesMoment } from './ingest-steps.js';
import { createSqliteOutbox } from './sqlite-outbox.js';
import { openDatabase } from './sqlite-open.js';
import { createSourceStore } from './sources.js';
import type {
  AlertDraft, ArticleRecord, DisputedClaim, IngestMode, IngestResult, MonthValues, ObservationView, RecordDecider, Store,
} from './types.js';

/** How the SQLite store behaves; tests pass a clock. */
export interface SqliteStoreOptions {
  now?: () => Date;
  /** Observations read with less confidence are kept but do not count towards month values. */
  minConfidence?: number;
}

interface AlertRef {
  id: number;
  status: string;
  message_id: string | null;
}

/** Opens (creating and migrating as needed) the SQLite store at `path`; `:memory:` works for tests. */
export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = openDatabase(path);
  const now = options.now ?? (() => new Date());
  const minConfidence = options.minConfidence ?? DEFAULT_RECORD_RULE.minConfidence;
  const stamp = (): string => now().toISOString();
  const q = statements(db);

  const seedOf = (series: string): SeedMonth[] => q.seedMonths.all(series);
  const evidenceOf = (series: string): ArticleEvidence[] => q.evidence.all(series);
  const valuesOf = (series: string): MonthValues => monthValues(seedOf(series), evidenceOf(series), minConfidence);

  function link(alert: AlertRef, article: ArticleRecord, at: string): boolean {
    const added = q.insertAlertSource.run({ alertId: alert.id, url: article.url, outlet: article.outlet, title: article.title, published: article.published, now: at }).changes > 0;
    // A posted message is rewritten to show the new outlet; a pending one will be posted with it.
    if (added && alert.status === 'sent' && alert.message_id !== null) q.markEditPending.run(alert.id);
    return added;
  }

  const ingest = db.transaction((article: ArticleRecord, figures: readonly Figure[], decide: RecordDecider, mode: IngestMode): IngestResult => {
    const at = stamp();
    const seriesIds = [...new Set(figures.map((f) => f.series))];
    const moments = new Map<string, HistoryMoment>();
    for (const s of seriesIds) {
      const values = seriesMoment(seedOf(s), evidenceOf(s), article, figures.filter((f) => f.series === s), minConfidence);
      moments.set(s, { ...values, alerted: new Map(q.alertsOf.all(s).map((a) => [a.month, a.value])) });
    }
    q.supersede.run(article.url);
    q.upsertArticle.run({ ...article, now: at });
    const decision = decide(figures, (s) => moments.get(s) ?? { before: new Map(), after: new Map(), alerted: new Map() });
    figures.forEach((f, i) => {
      q.insertObservation.run({
        series: f.series, start: f.period.start, end: f.period.end, value: f.value, currency: f.currency, role: f.role,
        recordClaim: f.recordClaim ? 1 : 0, confidence: f.confidence, evidence: f.evidence, notes: JSON.stringify(f.notes),
        url: article.url, outlet: article.outlet, published: article.published, now: at,
        verdict: decision.verdicts[i]?.verdict ?? null, mode,
      });
    });
    const result = ingestResult(figures, decision);
    if (mode === 'baseline') return result;
    for (const draft of decision.records) {
      const existing = q.alertFor.get(draft.series, draft.month);
      if (existing) {
        if (link(existing, article, at)) result.extendedAlerts.push(existing.id);
        continue;
      }
      const id = Number(q.insertAlert.run(alertParams(draft, at)).lastInsertRowid);
      link({ id, status: 'pending', message_id: null }, article, at);
      result.newAlerts.push(id);
    }
    for (const { series, month } of decision.known) {
      const existing = q.alertFor.get(series, month);
      if (existing && link(existing, article, at)) result.extendedAlerts.push(existing.id);
    }
    return result;
  });

  const importRows = db.transaction((series: string, rows: ReadonlyArray<{ month: string; value: number; note: string | null }>, origin: string) => {
    for (const r of rows) q.upsertSeed.run({ series, month: r.month, value: r.value, note: r.note, origin });
  });

  return {
    ...createSqliteOutbox(db, stamp),
    ...createSourceStore(db, stamp),
    async hasArticle(url, contentHash) {
      const row = q.articleByUrl.get(url);
      return row !== undefined && (contentHash === undefined || row.content_hash === contentHash);
    },
    async ingestArticle(article, figures, decide, mode = 'live') {
      return ingest.immediate(article, figures, decide, mode);
    },
    async monthValues(series) {
      return valuesOf(series);
    },
    async history(series) {
      const consensus = monthConsensus(seedOf(series), evidenceOf(series), minConfidence);
      const observations = q.observationsOf.all(series).map((o) => ({ ...o, recordClaim: o.recordClaim === 1 }));
      return buildHistory(series, consensus, q.alertsOf.all(series), q.disputed.all(series), observations);
    },
    async importSeed(series, rows, origin = 'seed') {
      importRows.immediate(series, rows, origin);
      return rows.length;
    },
    async hasHistory(series) {
      return q.hasHistory.get(series, series) !== undefined;
    },
    async isSourceKnown(sourceId) {
      return q.sourceKnown.get(sourceId) !== undefined;
    },
    async markSourceKnown(sourceId) {
      q.markSourceKnown.run(sourceId, stamp());
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

function statements(db: Database.Database) {
  return {
    articleByUrl: db.prepare<[string], { content_hash: string }>('SELECT content_hash FROM articles WHERE url = ?'),
    upsertArticle: db.prepare(`
      INSERT INTO articles (url, source_id, outlet, title, published, content_hash, first_seen, last_seen)
      VALUES (@url, @sourceId, @outlet, @title, @published, @contentHash, @now, @now)
      ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
        published = excluded.published, last_seen = excluded.last_seen`),
    supersede: db.prepare('UPDATE observations SET superseded = 1 WHERE article_url = ? AND superseded = 0'),
    insertObservation: db.prepare(`
      INSERT INTO observations (series, period_start, period_end, value, currency, role, record_claim, confidence,
        evidence, notes, article_url, outlet, published, observed_at, verdict, mode)
      VALUES (@series, @start, @end, @value, @currency, @role, @recordClaim, @confidence, @evidence, @notes,
        @url, @outlet, @published, @now, @verdict, @mode)`),
    evidence: db.prepare<[string], ArticleEvidence>(`
      SELECT period_start AS month, value, role, outlet, confidence, published, article_url AS url FROM observations
      WHERE series = ? AND period_start = period_end AND value IS NOT NULL AND superseded = 0`),
    disputed: db.prepare<[string], DisputedClaim>(`
      SELECT period_start AS month, value, outlet, article_url AS url, evidence FROM observations
      WHERE series = ? AND record_claim = 1 AND verdict = 'not-above-maximum' AND superseded = 0 ORDER BY period_start, id`),
    observationsOf: db.prepare<[string], Omit<ObservationView, 'recordClaim'> & { month: string; recordClaim: number }>(`
      SELECT period_start AS month, value, role, confidence, record_claim AS recordClaim, outlet, article_url AS url, published,
        evidence, verdict, mode FROM observations
      WHERE series = ? AND period_start = period_end AND value IS NOT NULL AND superseded = 0 ORDER BY id`),
    seedMonths: db.prepare<[string], SeedMonth>('SELECT month, value, origin FROM seed_months WHERE series = ?'),
    upsertSeed: db.prepare(`
      INSERT INTO seed_months (series, month, value, note, origin) VALUES (@series, @month, @value, @note, @origin)
      ON CONFLICT (series, month) DO UPDATE SET value = excluded.value, note = excluded.note, origin = excluded.origin`),
    hasHistory: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one WHERE EXISTS (SELECT 1 FROM seed_months WHERE series = ?) OR EXISTS (SELECT 1 FROM observations WHERE series = ?)'),
    sourceKnown: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM source_baselines WHERE source_id = ?'),
    markSourceKnown: db.prepare('INSERT OR IGNORE INTO source_baselines (source_id, baselined_at) VALUES (?, ?)'),
    alertFor: db.prepare<[string, string], AlertRef>('SELECT id, status, message_id FROM alerts WHERE series = ? AND month = ?'),
    alertsOf: db.prepare<[string], { id: number; month: string; status: 'pending' | 'sent' | 'failed'; value: number }>(
      'SELECT id, month, status, value FROM alerts WHERE series = ? ORDER BY month'),
    insertAlert: db.prepare(`
      INSERT INTO alerts (series, month, value, currency, previous_month, previous_value, history_incomplete, created_at, status)
      VALUES (@series, @month, @value, @currency, @previousMonth, @previousValue, @historyIncomplete, @now, 'pending')`),
    insertAlertSource: db.prepare(`
      INSERT OR IGNORE INTO alert_sources (alert_id, url, outlet, title, published, added_at)
      VALUES (@alertId, @url, @outlet, @title, @published, @now)`),
    markEditPending: db.prepare('UPDATE alerts SET edit_pending = 1 WHERE id = ?'),
  };
}
