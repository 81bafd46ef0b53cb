import type { Database } from './database.js';
import type { Store, TickEntry, TickRecord } from './types.js';

/** How many finished ticks are kept: a few days of half-hourly ticks, enough for the status page. */
export const TICKS_KEPT = 200;

interface TickRow {
  id: number;
  started_at: string;
  finished_at: string;
  reason: string;
  outcome: TickRecord['outcome'];
  summary: string;
  sources: number;
  sources_read: number;
  sources_unchanged: number;
  sources_failed: number;
  sources_not_due: number;
  articles: number;
  figures: number;
  alerts_created: number;
  alerts_sent: number;
  alerts_failed: number;
  error: string | null;
}

const toEntry = (r: TickRow): TickEntry => ({
  id: r.id,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  reason: r.reason,
  outcome: r.outcome,
  summary: r.summary,
  sources: r.sources,
  read: r.sources_read,
  unchanged: r.sources_unchanged,
  failed: r.sources_failed,
  notDue: r.sources_not_due,
  articles: r.articles,
  figures: r.figures,
  alertsCreated: r.alerts_created,
  alertsSent: r.alerts_sent,
  alertsFailed: r.alerts_failed,
  error: r.error,
});

/** The tick journal: the last TICKS_KEPT finished ticks, newest first when read. */
export function createTickJournal(db: Database): Pick<Store, 'recordTick' | 'recentTicks'> {
  return {
    async recordTick(t) {
      await db.transaction('recording a tick', async (q) => {
        await q.run(
          `
          INSERT INTO ticks (started_at, finished_at, reason, outcome, summary, sources, sources_read, sources_unchanged,
            sources_failed, sources_not_due, articles, figures, alerts_created, alerts_sent, alerts_failed, error)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
          [
            t.startedAt,
            t.finishedAt,
            t.reason,
            t.outcome,
            t.summary,
            t.sources,
            t.read,
            t.unchanged,
            t.failed,
            t.notDue,
            t.articles,
            t.figures,
            t.alertsCreated,
            t.alertsSent,
            t.alertsFailed,
            t.error,
          ],
        );
        await q.run(
          `DELETE FROM ticks WHERE id <= (SELECT id FROM ticks ORDER BY id DESC LIMIT 1 OFFSET ${TICKS_KEPT})`,
        );
      });
    },
    async recentTicks(limit) {
      const rows = await db.query('reading recent ticks', (q) =>
        q.all<TickRow>('SELECT * FROM ticks ORDER BY id DESC LIMIT $1', [Math.max(0, Math.floor(limit))]),
      );
      return rows.map(toEntry);
    },
  };
}
