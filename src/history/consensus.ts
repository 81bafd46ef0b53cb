import type { YearMonth } from '../calendar/months.js';
import type { FigureRole } from '../extract/types.js';
import type { Candidate, MonthValues, ValueBasis } from './types.js';

/** A stored single-month observation, as month values are built from it. */
export interface MonthEvidence {
  month: YearMonth;
  value: number;
  role: FigureRole;
  outlet: string;
  confidence: number;
  published: string | null;
}

/** A month of imported history (the shipped seed or `history import`). */
export interface SeedMonth {
  month: YearMonth;
  value: number;
  /** Where the row came from, e.g. "pk-it-exports-monthly.csv"; shown as the supporting "outlet". */
  origin: string;
}

/** The value the history holds for a month, and the values that lost. */
export interface MonthConsensus {
  month: YearMonth;
  value: number;
  basis: ValueBasis;
  outlets: string[];
  /** Other values sources gave for the month: kept and shown, never silently dropped. */
  conflicts: Candidate[];
}

// A month's own figure outweighs a "previous record" aside, which outweighs a passing comparison
// ("up from $225 million in March 2023"). Seed rows were themselves reported-month figures.
const TIER: Readonly<Record<ValueBasis, number>> = {
  seed: 3,
  'reported-month': 3,
  'previous-record': 2,
  comparison: 1,
};

// "$303 million" and "$303.1 million" for the same month are one figure rounded differently, not a conflict.
const ROUNDING = 0.005;

interface Support {
  value: number;
  basis: ValueBasis;
  outlet: string;
  /** Seed rows sort before every article: a later report is a revision. */
  published: string;
}

/**
 * The consensus of every month: observations below `minConfidence` are ignored (a misread must not become
 * the maximum every later record is judged against), values within rounding of each other are one
 * candidate, and candidates rank by their strongest role, then by how many outlets agree, then by whether
 * the seed holds them (one outlet cannot overturn curated history), then by the latest report (a revision
 * wins a tie between outlets).
 */
export function monthConsensus(
  seed: readonly SeedMonth[],
  observations: readonly MonthEvidence[],
  minConfidence: number,
): Map<YearMonth, MonthConsensus> {
  const byMonth = new Map<YearMonth, Support[]>();
  const add = (month: YearMonth, support: Support): void => {
    const list = byMonth.get(month) ?? [];
    list.push(support);
    byMonth.set(month, list);
  };
  for (const s of seed) add(s.month, { value: s.value, basis: 'seed', outlet: s.origin, published: '' });
  for (const o of observations) {
    if (o.confidence < minConfidence || !(o.role in TIER)) continue;
    add(o.month, { value: o.value, basis: o.role as ValueBasis, outlet: o.outlet, published: o.published ?? '0000' });
  }
  const result = new Map<YearMonth, MonthConsensus>();
  for (const month of [...byMonth.keys()].sort()) {
    const ranked = cluster(byMonth.get(month)!).map(summarise).sort(compareCandidates);
    const [best, ...rest] = ranked;
    if (!best) continue;
    result.set(month, {
      month,
      value: best.value,
      basis: best.basis,
      outlets: best.outlets,
      conflicts: rest.map(({ value, basis, outlets }) => ({ value, basis, outlets })),
    });
  }
  return result;
}

/** Just the values: what the record rule judges against. */
export function monthValues(
  seed: readonly SeedMonth[],
  observations: readonly MonthEvidence[],
  minConfidence: number,
): MonthValues {
  return new Map([...monthConsensus(seed, observations, minConfidence)].map(([m, c]) => [m, c.value]));
}

/** A stored observation with the article it came from. */
export interface ArticleEvidence extends MonthEvidence {
  url: string;
}

/**
 * The month values once an article's own figures replace what an earlier version of it said:
 * equal to `monthValues(seed, [...evidence without the article's rows, ...own])`, but only the
 * months the article names, now or before, are worked out again (a month's value depends on that
 * month's evidence alone), so storing an article costs one pass over the history, not two.
 */
export function monthValuesAfter(
  before: MonthValues,
  seed: readonly SeedMonth[],
  evidence: readonly ArticleEvidence[],
  article: { url: string; own: readonly MonthEvidence[] },
  minConfidence: number,
): MonthValues {
  const touched = new Set(article.own.map((o) => o.month));
  for (const e of evidence) if (e.url === article.url) touched.add(e.month);
  const after = new Map(before);
  if (touched.size === 0) return after;
  const recomputed = monthValues(
    seed.filter((s) => touched.has(s.month)),
    [...evidence.filter((e) => touched.has(e.month) && e.url !== article.url), ...article.own],
    minConfidence,
  );
  for (const month of touched) {
    const value = recomputed.get(month);
    if (value === undefined) after.delete(month);
    else after.set(month, value);
  }
  return after;
}

function cluster(supports: Support[]): Support[][] {
  const sorted = [...supports].sort((a, b) => a.value - b.value);
  const groups: Support[][] = [];
  for (const s of sorted) {
    const group = groups[groups.length - 1];
    const floor = group?.[0]?.value;
    if (group && floor !== undefined && s.value - floor <= Math.abs(floor) * ROUNDING) group.push(s);
    else groups.push([s]);
  }
  return groups;
}

interface Ranked extends Candidate {
  tier: number;
  topTierOutlets: number;
  latest: string;
  seeded: boolean;
}

function summarise(group: Support[]): Ranked {
  const tier = Math.max(...group.map((s) => TIER[s.basis]));
  const top = group.filter((s) => TIER[s.basis] === tier);
  const outlets = [...new Set(group.map((s) => s.outlet))];
  return {
    value: representative(group),
    basis: top.some((s) => s.basis === 'reported-month') ? 'reported-month' : top[0]!.basis,
    outlets,
    tier,
    topTierOutlets: new Set(top.map((s) => s.outlet)).size,
    latest: group.reduce((max, s) => (s.published > max ? s.published : max), ''),
    seeded: group.some((s) => s.basis === 'seed'),
  };
}

// Within a cluster, the exact value most outlets printed; ties go to the latest report.
function representative(group: Support[]): number {
  const counts = new Map<number, { outlets: Set<string>; latest: string }>();
  for (const s of group) {
    const entry = counts.get(s.value) ?? { outlets: new Set<string>(), latest: '' };
    entry.outlets.add(s.outlet);
    if (s.published > entry.latest) entry.latest = s.published;
    counts.set(s.value, entry);
  }
  const [best] = [...counts].sort(
    ([va, a], [vb, b]) => b.outlets.size - a.outlets.size || b.latest.localeCompare(a.latest) || vb - va,
  );
  return best![0];
}

function compareCandidates(a: Ranked, b: Ranked): number {
  return (
    b.tier - a.tier ||
    b.topTierOutlets - a.topTierOutlets ||
    b.outlets.length - a.outlets.length ||
    Number(b.seeded) - Number(a.seeded) ||
    b.latest.localeCompare(a.latest) ||
    b.value - a.value
  );
}
