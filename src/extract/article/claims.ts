import type { Candidate, PendingClaim } from '../attribute/types.js';

/**
 * Record claims whose sentence had no figure of its own: "hits all-time high of $306m" in a headline with no
 * month, "This is the highest-ever monthly figure" at the end of a story. They go to the figure the rest of the
 * article gives for that value or month, or to the month the story leads with.
 */
export function settleClaims(candidates: readonly Candidate[], claims: readonly PendingClaim[]): void {
  // "IT exports hit all-time high" over a body that calls the fiscal year's total the all-time high: the
  // headline's claim is that total's, not the month the story leads with.
  const totals = new Set(claims.filter((c) => c.kind === 'total').map((c) => c.series));
  for (const claim of claims) {
    if (claim.kind === 'total' || (claim.kind === 'lead' && totals.has(claim.series))) continue;
    const ofSeries = candidates.filter(
      (c) => c.series.id === claim.series && c.period.start === c.period.end && c.value !== null,
    );
    let target: Candidate | undefined;
    if (claim.kind === 'value') target = ofSeries.find((c) => c.value === claim.value && c.role !== 'previous-record');
    else if (claim.kind === 'month')
      target = ofSeries.find((c) => c.period.start === claim.month && c.role !== 'previous-record');
    else
      target =
        ofSeries.find((c) => c.role === 'reported-month' && !c.headline) ??
        ofSeries.find((c) => c.role === 'reported-month');
    if (target) target.recordClaim = true;
  }
}
