import type { ArticleEvidence, SeedMonth } from '../history/consensus.js';
import type { AlertState } from '../history/counted.js';
import type { ReportIdentity } from '../history/independence.js';
import type { SeriesState } from '../history/moment.js';
import type { AlertStatus, CorrectionKind } from '../history/types.js';
import type { Queries } from './database.js';

// Single-month figures with a value, from an article's current version, with what tells a copy from a second
// report: the verdict (held figures count only once confirmed), the sentence and the article's text hash.
const EVIDENCE = `
  SELECT o.period_start AS month, o.value, o.role, o.outlet, o.confidence, o.published, o.article_url AS url,
    o.verdict, o.evidence, a.content_hash AS "contentHash"
  FROM observations o LEFT JOIN articles a ON a.url = o.article_url
  WHERE o.series = $1 AND o.period_start = o.period_end AND o.value IS NOT NULL AND o.superseded = 0`;

const ALERTS = `
  SELECT id, month, value, currency, status, previous_month, previous_value, correction_kind FROM alerts
  WHERE series = $1 ORDER BY month`;

// Each alert's articles, with the sentences they gave the alert's month in (one row per sentence).
const ALERT_REPORTS = `
  SELECT s.alert_id, s.url, s.outlet, ar.content_hash, o.evidence
  FROM alert_sources s JOIN alerts al ON al.id = s.alert_id
  LEFT JOIN articles ar ON ar.url = s.url
  LEFT JOIN observations o ON o.article_url = s.url AND o.series = al.series AND o.period_start = al.month
    AND o.period_end = al.month AND o.superseded = 0
  WHERE al.series = $1`;

/** The series' imported history rows. */
export function seedOf(q: Queries, series: string): Promise<SeedMonth[]> {
  return q.all<SeedMonth>('SELECT month, value, origin FROM seed_months WHERE series = $1', [series]);
}

/** The series' observations as the consensus weighs them, with the article each came from. */
export function evidenceOf(q: Queries, series: string): Promise<ArticleEvidence[]> {
  return q.all<ArticleEvidence>(EVIDENCE, [series]);
}

/** The series' alerts as the record rule weighs them: month, value, state and the reports behind each. */
export async function alertStatesOf(q: Queries, series: string): Promise<AlertState[]> {
  const rows = await q.all<{
    id: number;
    month: string;
    value: number;
    currency: string;
    status: AlertStatus;
    previous_month: string | null;
    previous_value: number | null;
    correction_kind: CorrectionKind | null;
  }>(ALERTS, [series]);
  const reports = await q.all<{
    alert_id: number;
    url: string;
    outlet: string;
    content_hash: string | null;
    evidence: string | null;
  }>(ALERT_REPORTS, [series]);
  const byAlert = new Map<number, ReportIdentity[]>();
  for (const r of reports) {
    const list = byAlert.get(r.alert_id) ?? [];
    list.push({ outlet: r.outlet, url: r.url, contentHash: r.content_hash, evidence: r.evidence });
    byAlert.set(r.alert_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    month: r.month,
    value: r.value,
    currency: r.currency,
    status: r.status,
    previous:
      r.previous_month !== null && r.previous_value !== null
        ? { month: r.previous_month, value: r.previous_value }
        : null,
    correction: r.correction_kind,
    sources: byAlert.get(r.id) ?? [],
  }));
}

/** Everything the record rule needs of a series' history. */
export async function seriesState(q: Queries, series: string): Promise<SeriesState> {
  return {
    seed: await seedOf(q, series),
    evidence: await evidenceOf(q, series),
    alerts: await alertStatesOf(q, series),
  };
}
