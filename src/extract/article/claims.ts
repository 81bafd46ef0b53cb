import type { Candidate, PendingClaim } from '../attribute/types.js';

/**
 * Record claims whose sentence had no figure of its own: "hits all-time high of $306m" in a headline with no
 * month, "This is the highest-ever monthly figure" at the end of a story. They go to the figure the rest of the
 * article gives for that value or month, or to the month the story leads with.
 */
export function settleClaims(candidates: readonly Candidate[], claims: readonly PendingClaim[]): void {
  for (const claim of claims) {
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
