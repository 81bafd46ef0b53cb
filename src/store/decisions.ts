import { monthConsensus } from '../history/consensus.js';
import { rejection } from '../history/corrections.js';
import { countedEvidence } from '../history/counted.js';
import { correctAlert, readAlerts, rejectHeld, releaseAlert } from './alerts.js';
import { correctSeries } from './corrections.js';
import type { Database } from './database.js';
import { seriesState } from './series.js';
import type { AlertDecision, Store } from './types.js';

/** A person's say over an alert (`exportwatch alerts --confirm / --reject`), in one write transaction. */
export function createDecisions(
  db: Database,
  opts: { minConfidence: number; stamp: () => string; untried: string },
): Pick<Store, 'decideAlert'> {
  return {
    decideAlert(alertId, decision) {
      return db.transaction(`deciding on alert ${alertId}`, async (q): Promise<AlertDecision> => {
        const [alert] = await readAlerts(q, 'id = $1', [alertId]);
        if (!alert) return { status: 'not-found' };
        const at = opts.stamp();
        const corrections = { minConfidence: opts.minConfidence, at, untried: opts.untried };
        const reread = async () => (await readAlerts(q, 'id = $1', [alertId]))[0]!;
        if (decision === 'confirm') {
          if (!(await releaseAlert(q, alertId, 'a person'))) return { status: 'refused', alert };
          // The confirmed value now counts: a record posted since may no longer be one.
          await correctSeries(q, alert.series, corrections);
          return { status: 'released', alert: await reread() };
        }
        if (alert.status === 'corrected' || alert.status === 'rejected') return { status: 'refused', alert };
        // What the month holds once this alert's value no longer counts.
        const state = await seriesState(q, alert.series);
        const alerts = state.alerts.map((a) => (a.id === alertId ? { ...a, correction: 'rejected' as const } : a));
        const consensus = monthConsensus(state.seed, countedEvidence(state.evidence, alerts), opts.minConfidence);
        const correction = rejection(alert, consensus);
        if (alert.status === 'held') await rejectHeld(q, alertId, correction, at);
        else await correctAlert(q, { alertId, correction }, at, opts.untried);
        await correctSeries(q, alert.series, corrections);
        const after = await reread();
        return { status: after.status === 'rejected' ? 'rejected' : 'corrected', alert: after };
      });
    },
  };
}
