import { monthConsensus } from '../history/consensus.js';
import { reviewRecords } from '../history/corrections.js';
import { countedEvidence } from '../history/counted.js';
import { correctAlert } from './alerts.js';
import type { Queries } from './database.js';
import { seriesState } from './series.js';

/**
 * Inside a write transaction: reviews a series' alerts against its month values as they now stand
 * (history/ decides which are wrong) and corrects them; returns the ids of the alerts changed.
 */
export async function correctSeries(
  q: Queries,
  series: string,
  opts: { minConfidence: number; at: string; untried: string },
): Promise<number[]> {
  const state = await seriesState(q, series);
  const consensus = monthConsensus(state.seed, countedEvidence(state.evidence, state.alerts), opts.minConfidence);
  const changed: number[] = [];
  for (const decision of reviewRecords(consensus, state.alerts)) {
    if ((await correctAlert(q, decision, opts.at, opts.untried)) !== 'unchanged') changed.push(decision.alertId);
  }
  return changed;
}
