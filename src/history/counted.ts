import type { YearMonth } from '../calendar/months.js';
import { sameFigure, type ArticleEvidence } from './consensus.js';
import { isIndependent, type ReportIdentity } from './independence.js';
import type { AlertStatus, CorrectionKind } from './types.js';

/** An alert as the record rule weighs it: its month, value and state, and the reports behind it. */
export interface AlertState {
  id: number;
  month: YearMonth;
  value: number;
  currency: string;
  status: AlertStatus;
  previous: { month: YearMonth; value: number } | null;
  /** Why it was corrected, if it was. */
  correction: CorrectionKind | null;
  /** The articles linked to it, with the sentences they gave the month's figure in. */
  sources: readonly ReportIdentity[];
}

/** Alerts still on their way to being, or standing as, the month's record. */
export function isLive(alert: Pick<AlertState, 'status'>): boolean {
  return alert.status === 'pending' || alert.status === 'sent' || alert.status === 'failed';
}

/** An alert whose value must not count: held as implausible, or rejected by a person. */
export function isDiscounted(alert: Pick<AlertState, 'status' | 'correction'>): boolean {
  return alert.status === 'held' || alert.correction === 'rejected';
}

/**
 * The observations that count toward month values. A figure held as implausible (verdict `held`) counts
 * only once confirmed: its month's alert was released at that value, or an independent report gives the
 * same value (a new source's baseline, which makes no alerts). Figures at the value of a held or
 * rejected alert never count: so a misread cannot become the maximum that hides the next real record.
 */
export function countedEvidence(
  evidence: readonly ArticleEvidence[],
  alerts: readonly AlertState[],
): ArticleEvidence[] {
  const alertOf = new Map(alerts.map((a) => [a.month, a]));
  return evidence.filter((e) => {
    const alert = alertOf.get(e.month);
    if (alert && isDiscounted(alert) && sameFigure(e.value, alert.value)) return false;
    if (e.verdict !== 'held') return true;
    if (alert && isLive(alert) && sameFigure(e.value, alert.value)) return true;
    return evidence.some(
      (o) =>
        o !== e && o.month === e.month && sameFigure(o.value, e.value) && isIndependent(identity(o), [identity(e)]),
    );
  });
}

/** A stored observation as a report of its figure. */
export function identity(e: ArticleEvidence): ReportIdentity {
  return { outlet: e.outlet, url: e.url, contentHash: e.contentHash ?? null, evidence: e.evidence ?? null };
}
