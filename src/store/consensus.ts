import type { MonthValues } from './types.js';

/** A single-month observation as the consensus needs it. */
export interface ObservationRow {
  month: string;
  value: number;
  role: string;
  outlet: string;
  confidence: number;
}

// A month reported as the month's own figure outweighs a passing comparison ("up from $225m in March 2023").
const ROLE_WEIGHT: Readonly<Record<string, number>> = { 'reported-month': 3, 'previous-record': 2, comparison: 1 };

/**
 * The value of each month: the observed value with the most weight (role × distinct outlets),
 * falling back to the seed where nothing was observed. Ties go to the seed's value, then the larger count of outlets.
 */
export function consensus(seed: ReadonlyArray<{ month: string; value: number }>, observations: readonly ObservationRow[]): MonthValues {
  const values = new Map<string, number>(seed.map((s) => [s.month, s.value]));
  const votes = new Map<string, Map<number, Map<string, number>>>();
  for (const o of observations) {
    const byValue = votes.get(o.month) ?? new Map<number, Map<string, number>>();
    const byOutlet = byValue.get(o.value) ?? new Map<string, number>();
    byOutlet.set(o.outlet, Math.max(byOutlet.get(o.outlet) ?? 0, (ROLE_WEIGHT[o.role] ?? 1) * o.confidence));
    byValue.set(o.value, byOutlet);
    votes.set(o.month, byValue);
  }
  for (const [month, byValue] of votes) {
    let best: number | undefined;
    let bestScore = -1;
    for (const [value, byOutlet] of byValue) {
      const score = [...byOutlet.values()].reduce((a, b) => a + b, 0) + (values.get(month) === value ? 0.5 : 0);
      if (score > bestScore) {
        best = value;
        bestScore = score;
      }
    }
    if (best !== undefined) values.set(month, best);
  }
  return values;
}
