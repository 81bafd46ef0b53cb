// Adds a corpus's case scores up into its categories, and flattens them into named metrics for bars and JSON.
import type { PrefilterScore } from './prefilter.js';
import type { CaseScore, Matching } from './score.js';

/** Counts of one precision/recall category. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** A corpus's scores per category. */
export interface CorpusScore {
  name: string;
  dir: string;
  cases: CaseScore[];
  months: Tally;
  monthsBySeries: Map<string, Tally>;
  periods: Tally;
  periodsBySeries: Map<string, Tally>;
  headline: { hits: number; total: number };
  headlineBySeries: Map<string, { hits: number; total: number }>;
  records: { right: number; scored: number; leftOut: number };
  /** Cases with a headline month whose figure was read with the right claim. */
  headlineRecords: { right: number; total: number };
  /** Record claims as months claimed: how often the bot would announce a right or a false record. */
  recordClaims: Tally;
  /** Figures read as each tracked series from cases about another series; undefined for `fixtures/`. */
  attributions?: Map<string, number>;
  /** Publication dates the extractor got right: all pages for `fixtures/`, pages with their own date otherwise. */
  dates: { right: number; total: number };
  /** Cases with tracked figures whose feed item (headline and URL) the pre-filter fetches; shared corpora only. */
  prefilter?: PrefilterScore;
  /** The scores by name ("months.f1", "months.pk-textile-exports.f1", "attributions.pk-it-exports"). */
  metrics: Record<string, number>;
}

/** Precision, recall and F1 of a tally; an empty side counts as perfect. */
export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Adds up the cases of one corpus; `dateOf` gives the date a case's page must yield, if it has one. */
export function tallyCorpus(
  name: string,
  dir: string,
  cases: CaseScore[],
  tracked: readonly string[],
  dateOf: (c: CaseScore) => string | null,
): CorpusScore {
  const months = empty();
  const periods = empty();
  const monthsBySeries = new Map<string, Tally>();
  const periodsBySeries = new Map<string, Tally>();
  const headline = { hits: 0, total: 0 };
  const headlineBySeries = new Map<string, { hits: number; total: number }>();
  const records = { right: 0, scored: 0, leftOut: 0 };
  const recordClaims = empty();
  const headlineRecords = { right: 0, total: 0 };
  const shared = cases.some((c) => c.truth.mainSeries !== undefined);
  const attributions = shared ? new Map(tracked.map((s) => [s, 0])) : undefined;
  const dates = { right: 0, total: 0 };
  for (const c of cases) {
    add(c.months, (m) => m.series, months, monthsBySeries);
    add(c.periods, (p) => p.series, periods, periodsBySeries);
    if (c.truth.headline !== null) {
      const h = at(headlineBySeries, c.truth.headline.series, () => ({ hits: 0, total: 0 }));
      for (const t of [headline, h]) {
        t.total++;
        if (c.headline) t.hits++;
      }
    }
    if (c.recordRight === null) records.leftOut++;
    else {
      records.scored++;
      if (c.recordRight) records.right++;
    }
    if (c.headlineRecord !== null) {
      headlineRecords.total++;
      if (c.headlineRecord) headlineRecords.right++;
    }
    recordClaims.tp += c.recordClaims.tp;
    recordClaims.fp += c.recordClaims.fp;
    recordClaims.fn += c.recordClaims.fn;
    for (const a of c.attributions) attributions?.set(a.series, (attributions.get(a.series) ?? 0) + 1);
    const date = dateOf(c);
    if (date !== null) {
      dates.total++;
      if (c.extraction.published === date) dates.right++;
    }
  }
  const metrics: Record<string, number> = {};
  const put = (prefix: string, t: Tally): void => {
    const s = prf(t);
    Object.assign(metrics, { [`${prefix}.precision`]: s.p, [`${prefix}.recall`]: s.r, [`${prefix}.f1`]: s.f1 });
  };
  put('months', months);
  for (const [series, t] of monthsBySeries) put(`months.${series}`, t);
  put('periods', periods);
  for (const [series, t] of periodsBySeries) put(`periods.${series}`, t);
  if (headline.total > 0) metrics['headline.recall'] = headline.hits / headline.total;
  for (const [series, h] of headlineBySeries) metrics[`headline.${series}.recall`] = h.hits / h.total;
  metrics['records.accuracy'] = records.scored === 0 ? 1 : records.right / records.scored;
  put('records.claims', recordClaims);
  if (headlineRecords.total > 0) metrics['records.headline'] = headlineRecords.right / headlineRecords.total;
  for (const [series, n] of attributions ?? []) metrics[`attributions.${series}`] = n;
  if (dates.total > 0) metrics['dates.right'] = dates.right / dates.total;
  return {
    name,
    dir,
    cases,
    months,
    monthsBySeries,
    periods,
    periodsBySeries,
    headline,
    headlineBySeries,
    records,
    headlineRecords,
    recordClaims,
    ...(attributions ? { attributions } : {}),
    dates,
    metrics,
  };
}

function add<T>(m: Matching<T>, seriesOf: (t: T) => string, all: Tally, bySeries: Map<string, Tally>): void {
  for (const h of m.hits) bump(all, bySeries, seriesOf(h), 'tp');
  for (const x of m.misses) bump(all, bySeries, seriesOf(x.want), 'fn');
  for (const f of m.falses) bump(all, bySeries, f.series, 'fp');
}

function bump(all: Tally, bySeries: Map<string, Tally>, series: string, key: keyof Tally): void {
  all[key]++;
  at(bySeries, series, empty)[key]++;
}

function at<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function empty(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}
