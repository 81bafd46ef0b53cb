import { addMonths, monthLabel, type YearMonth } from '../calendar/months.js';
import { moneyLabel } from './money.js';
import type { MonthValues } from './types.js';

/** How far a record may rise above what the series has done before it is held for confirmation. */
export interface PlausibilityPolicy {
  /** A record more than this multiple of the previous record is held (1.5: more than +50%). */
  maxJump: number;
  /** A record whose rise from the month before has a robust z-score above this is held. */
  maxRobustZ: number;
  /** The z-score is used only once the series has this many month-to-month changes to learn from. */
  minChanges: number;
}

/**
 * The defaults, measured on the shipped seed by replaying it month by month (`npm run measure:plausibility`):
 * its 18 records rose at most ×1.22 over the previous record (December 2019) and scored a robust z of at
 * most 1.3, while each of its 11 complete fiscal-year-to-date totals, read as the month, is ×1.73 the record
 * or more (two months of a year) and scores 4.3 or more where the z-score applies ($2.8 billion against
 * December 2025's $437 million: ×6.4, z 14.3). 1.5× and 4 leave real records more than twice the room they
 * ever needed (4 is near the usual robust-outlier line, 3.5); a real jump beyond them waits for a second outlet.
 */
export const DEFAULT_PLAUSIBILITY: PlausibilityPolicy = { maxJump: 1.5, maxRobustZ: 4, minChanges: 12 };

// A series that has moved very little would make every ordinary record look extreme: the spread is taken
// as at least 3% a month (Pakistan's IT exports move about 12% a month).
const MIN_SPREAD = 0.03;
// Beyond this many months the change from the last known month says little about one month's rise.
const MAX_GAP = 6;
// 1.4826 × MAD estimates the standard deviation of normally distributed changes.
const MAD_TO_SIGMA = 1.4826;

/** How a candidate record's rise compares with the series' own history. */
export interface Jump {
  /** The value over the previous record. */
  ratio: number;
  /** The month the month-to-month change is measured from (the latest month before, at most 6 back). */
  from: { month: YearMonth; value: number } | null;
  /** Robust z-score of that change; null without enough history to judge by. */
  z: number | null;
}

/** Whether a record is plausible; when not, why, in words a person can check. */
export type Plausibility =
  { plausible: true; jump: Jump } | { plausible: false; jump: Jump; test: 'ceiling' | 'robust-z'; reason: string };

/**
 * Judges a candidate record (`value` for `month`, above `previous`) against the series' other months:
 * it is implausible when it is more than `maxJump` times the previous record, or when its rise from the
 * month before is far outside the series' usual month-to-month changes: the log change's distance from
 * their median, in robust standard deviations (1.4826 × the median absolute deviation), scaled for gaps.
 */
export function judgePlausibility(
  candidate: { month: YearMonth; value: number; currency: string },
  previous: { month: YearMonth; value: number } | null,
  others: MonthValues,
  policy: PlausibilityPolicy,
): Plausibility {
  if (previous === null || previous.value <= 0) return { plausible: true, jump: { ratio: 1, from: null, z: null } };
  const ratio = candidate.value / previous.value;
  const from = latestBefore(candidate.month, others);
  const z = from ? robustZ(candidate, from, others, policy.minChanges) : null;
  const jump: Jump = { ratio, from, z };
  const money = (v: number): string => moneyLabel(v, candidate.currency);
  if (ratio > policy.maxJump)
    return {
      plausible: false,
      jump,
      test: 'ceiling',
      reason: `${money(candidate.value)} is ${ratio.toFixed(1)}× the previous record (${money(previous.value)} in ${monthLabel(previous.month)}); more than ${policy.maxJump}× is held until confirmed`,
    };
  if (z !== null && z > policy.maxRobustZ && from)
    return {
      plausible: false,
      jump,
      test: 'robust-z',
      reason: `a rise of ${percent(candidate.value / from.value)} on ${monthLabel(from.month)} (${money(from.value)}) is ${z.toFixed(1)} times the series' usual month-to-month spread; above ${policy.maxRobustZ} is held until confirmed`,
    };
  return { plausible: true, jump };
}

function percent(ratio: number): string {
  const pct = (ratio - 1) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(0)}%`;
}

function latestBefore(month: YearMonth, values: MonthValues): { month: YearMonth; value: number } | null {
  for (let gap = 1; gap <= MAX_GAP; gap++) {
    const m = addMonths(month, -gap);
    const value = values.get(m);
    if (value !== undefined && value > 0) return { month: m, value };
  }
  return null;
}

/** The change's robust z-score, or null when fewer than `minChanges` month-to-month changes are known. */
function robustZ(
  candidate: { month: YearMonth; value: number },
  from: { month: YearMonth; value: number },
  values: MonthValues,
  minChanges: number,
): number | null {
  const changes = monthlyLogChanges(values, candidate.month);
  if (changes.length < minChanges) return null;
  const centre = median(changes);
  const spread = Math.max(MIN_SPREAD, MAD_TO_SIGMA * median(changes.map((c) => Math.abs(c - centre))));
  const gap = monthsBetween(from.month, candidate.month);
  // Over `gap` months a random walk's change has `gap` times the median and √gap times the spread.
  return (Math.log(candidate.value / from.value) - gap * centre) / (spread * Math.sqrt(gap));
}

/** Log changes between consecutive months that both have a value, before `until`. */
export function monthlyLogChanges(values: MonthValues, until: YearMonth): number[] {
  const changes: number[] = [];
  for (const [month, value] of values) {
    if (month >= until || value <= 0) continue;
    const before = values.get(addMonths(month, -1));
    if (before !== undefined && before > 0) changes.push(Math.log(value / before));
  }
  return changes;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function monthsBetween(a: YearMonth, b: YearMonth): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}
