import type { LooseAmount } from '../attribute/context.js';
import type { Candidate } from '../attribute/types.js';
import { fiscalYearOf, fiscalYearRange, monthRange } from '../../calendar/months.js';

// A to-date total is about the months so far times the reported month's level: a total this far off is something
// else (a full year, a target, another measure's).
const FIT = { min: 0.75, max: 1.33 };

/**
 * "IT exports came to $310 million in April. … with a total value of $2.593 billion": releases on a month's figure give
 * the fiscal year's total to date beside it, and copy that drops its period still means that one. A series' level
 * stated with no period at all, beside the month the article reports, is the fiscal year to that month when its
 * size fits that many months at the month's level; noted, and less sure than a total whose period is written.
 */
export function undatedToDate(candidates: Candidate[], loose: readonly LooseAmount[]): void {
  const seen = new Set<string>();
  for (const amount of loose) {
    const key = `${amount.series} ${amount.money.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const month = reportedMonth(candidates, amount.series);
    if (!month || month.value === null) continue;
    const { series } = month;
    const fy = fiscalYearRange(
      fiscalYearOf(month.period.start, series.fiscalYearStartMonth),
      series.fiscalYearStartMonth,
    );
    const span = { start: fy.start, end: month.period.start };
    const months = monthRange(span.start, span.end).length;
    if (months < 2) continue;
    const fit = amount.money.value / (month.value * months);
    if (fit < FIT.min || fit > FIT.max) continue;
    const stated = candidates.some(
      (c) =>
        c.series.id === amount.series &&
        (c.value === amount.money.value || (c.period.start === span.start && c.period.end === span.end)),
    );
    if (stated) continue;
    candidates.push({
      series,
      period: span,
      value: amount.money.value,
      currency: series.currency,
      role: 'cumulative',
      changes: [],
      recordClaim: false,
      evidence: amount.evidence,
      confidence: 0.65,
      notes: [
        `no period is written for '${amount.money.raw}': read as the fiscal year to ${month.period.start}, the month the article reports, whose level it fits ${months} times over`,
      ],
      sentence: amount.sentence,
      headline: false,
      money: amount.money,
      asChange: false,
      carried: false,
      hedged: false,
      comparison: false,
      inferred: true,
    });
  }
}

// The latest month the article reports for the series (not a comparison's).
function reportedMonth(candidates: readonly Candidate[], series: string): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.series.id !== series || c.role !== 'reported-month' || c.comparison || c.value === null) continue;
    if (best === null || c.period.start > best.period.start) best = c;
  }
  return best;
}
