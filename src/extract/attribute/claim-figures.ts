import { resolvePeriod, type ResolvedPeriod } from '../read/resolve.js';
import { bindClaims } from './claims.js';
import { COMPARISON_RELATIVES, contextFor, seriesOfTopic, type GroupReading, type SentenceInput } from './context.js';
import type { ArticleState, Candidate, PendingClaim } from './types.js';

/**
 * Marks the figures a sentence's record claims are about, and returns the claims that are about figures
 * elsewhere in the article (a headline's amount with no month, a month named without an amount).
 */
export function applyClaims(
  input: SentenceInput,
  readings: GroupReading[],
  candidates: Candidate[],
  state: ArticleState,
): PendingClaim[] {
  const pending: PendingClaim[] = [];
  const { reading } = input;
  for (const claim of bindClaims(
    reading,
    readings.map((r) => r.group),
  )) {
    const topicSeries = seriesOfTopic(claim.topic?.topic ?? null, state, input.lexicon);
    const target = claim.target;
    if (target.kind === 'amount') {
      const r = readings[target.group]!;
      if (r.candidate) {
        if (r.candidate.period.start === r.candidate.period.end) {
          if (r.candidate.role !== 'previous-record') r.candidate.recordClaim = true;
        } else if (!r.candidate.comparison) pending.push({ kind: 'total', series: r.candidate.series.id });
        continue;
      }
      // "crossed $340 million for the first time, reaching $342 million in March 2025": a mark passed has no month
      // of its own; the claim is the month's the sentence reports
      if ((r.flags.hedged || r.flags.threshold) && !r.resolved) {
        const main = candidates.find(
          (c) => c.role === 'reported-month' && (!topicSeries || c.series.id === topicSeries.id),
        );
        if (main) {
          main.recordClaim = true;
          continue;
        }
      }
      // A headline's "all-time high of $306m" with no month: the body will say which month had $306m.
      const series = r.series ?? topicSeries;
      const money = r.group.members.find((m) => m.currency === series?.currency);
      if (series && money && !r.resolved && !r.flags.projection)
        pending.push({ kind: 'value', series: series.id, value: money.value });
      continue;
    }
    if (target.kind === 'period') {
      if (!topicSeries) continue;
      const resolved = resolvePeriod(
        reading.periods[target.period]!,
        contextFor(topicSeries, state, new Map(), new Map()),
      );
      if (resolved && resolved.period.start === resolved.period.end)
        pending.push({ kind: 'month', series: topicSeries.id, month: resolved.period.start });
      continue;
    }
    const main =
      candidates.find((c) => c.role === 'reported-month' && (!topicSeries || c.series.id === topicSeries.id)) ??
      candidates.find((c) => c.role === 'reported-month');
    if (main) {
      main.recordClaim = true;
      continue;
    }
    // "reached $3.223 billion in FY24, an all-time high": the sentence's record is its total's
    const total = candidates.find(
      (c) => c.period.start !== c.period.end && !c.comparison && (!topicSeries || c.series.id === topicSeries.id),
    );
    if (total) {
      pending.push({ kind: 'total', series: total.series.id });
      continue;
    }
    if (!topicSeries || target.kind === 'sentence') continue;
    // "IT exports hit a record high in March": a claim about a month named without an amount
    // "That is the highest-ever figure for a single month; the previous highest was $303 million": the record
    // beaten or a comparison is no amount of the claim's own
    const own = readings.filter((r) => !r.flags.previousRecord && !r.flags.comparison);
    const periods =
      readings.length > 0
        ? []
        : reading.periods
            .map((p) => resolvePeriod(p, contextFor(topicSeries, state, new Map(), new Map())))
            .filter(
              (p): p is ResolvedPeriod =>
                p !== null && p.period.start === p.period.end && !p.base && !COMPARISON_RELATIVES.has(p.relative ?? ''),
            );
    if (periods.length === 1) {
      pending.push({ kind: 'month', series: topicSeries.id, month: periods[0]!.period.start });
      continue;
    }
    // a claim in a sentence with amounts of its own is about them, never about an earlier sentence's month
    if (periods.length > 1 || own.length > 0) continue;
    const last = state.lastReported.get(topicSeries.id);
    if (last) last.recordClaim = true;
    else pending.push({ kind: 'lead', series: topicSeries.id });
  }
  return pending;
}
