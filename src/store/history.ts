import { monthConsensus, monthValues } from '../history/consensus.js';
import { buildHistory } from '../history/table.js';
import type { DisputedClaim, ObservationView } from '../history/types.js';
import type { Database } from './database.js';
import { alertsOf, evidenceOf, seedOf } from './series.js';
import type { Store } from './types.js';

const DISPUTED = `
  SELECT period_start AS month, value, outlet, article_url AS url, evidence FROM observations
  WHERE series = $1 AND record_claim = 1 AND verdict = 'not-above-maximum' AND superseded = 0 ORDER BY period_start, id`;

const OBSERVATIONS = `
  SELECT period_start AS month, value, role, confidence, record_claim AS "recordClaim", outlet, article_url AS url, published,
    evidence, verdict, mode FROM observations
  WHERE series = $1 AND period_start = period_end AND value IS NOT NULL AND superseded = 0 ORDER BY id`;

const UPSERT_SEED = `
  INSERT INTO seed_months (series, month, value, note, origin) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (series, month) DO UPDATE SET value = excluded.value, note = excluded.note, origin = excluded.origin`;

const HAS_HISTORY = `
  SELECT 1 AS one WHERE EXISTS (SELECT 1 FROM seed_months WHERE series = $1) OR EXISTS (SELECT 1 FROM observations WHERE series = $1)`;

/** A series' history as stored: month values and the full table, imported months, whether there is any. */
export function createHistoryStore(
  db: Database,
  minConfidence: number,
): Pick<Store, 'monthValues' | 'history' | 'importSeed' | 'hasHistory'> {
  return {
    monthValues(series) {
      return db.query(`reading the history of ${series}`, async (q) =>
        monthValues(await seedOf(q, series), await evidenceOf(q, series), minConfidence),
      );
    },
    history(series) {
      return db.query(`reading the history of ${series}`, async (q) => {
        const consensus = monthConsensus(await seedOf(q, series), await evidenceOf(q, series), minConfidence);
        const observations = await q.all<Omit<ObservationView, 'recordClaim'> & { month: string; recordClaim: number }>(
          OBSERVATIONS,
          [series],
        );
        return buildHistory(
          series,
          consensus,
          await alertsOf(q, series),
          await q.all<DisputedClaim>(DISPUTED, [series]),
          observations.map((o) => ({ ...o, recordClaim: o.recordClaim === 1 })),
        );
      });
    },
    importSeed(series, rows, origin = 'seed') {
      return db.transaction(`importing the history of ${series}`, async (q) => {
        for (const r of rows) await q.run(UPSERT_SEED, [series, r.month, r.value, r.note, origin]);
        return rows.length;
      });
    },
    async hasHistory(series) {
      return (await db.query('reading the history', (q) => q.get(HAS_HISTORY, [series]))) !== undefined;
    },
  };
}
