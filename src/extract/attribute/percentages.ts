import type { Topic } from '../read/lexicon.js';
import { resolvePeriod, type ResolvedPeriod } from '../read/resolve.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import { addMonths } from '../../calendar/months.js';
import type { ChangeBasis, SeriesSpec } from '../types.js';
import { countryBefore, countryOfTopic } from './binding.js';
import { readChange } from './changes.js';
import {
  COMPARISON_RELATIVES,
  contextFor,
  evidenceOf,
  seriesOfTopic,
  type GroupReading,
  type SentenceInput,
} from './context.js';
import type { ArticleState, Candidate } from './types.js';

/**
 * Attaches a sentence's percentages to the figures they describe; a sentence that gives only a change
 * ("IT exports increased by 62.3% compared to April of the previous year") gets a figure with no value.
 */
export function applyPercents(
  input: SentenceInput,
  readings: GroupReading[],
  candidates: Candidate[],
  state: ArticleState,
): void {
  const { reading } = input;
  const levels = candidates.filter((c) => !c.comparison && !c.asChange);
  const percentOnly = new Map<string, Candidate>();
  for (const p of reading.percents) {
    const periodAfter = reading.periods.find((x) => x.tStart >= p.tEnd && x.tStart - p.tEnd <= 8);
    const target =
      levels.find((c) => c.money && c.money.tStart >= p.tEnd && c.money.tStart - p.tEnd <= 4) ??
      [...levels].reverse().find((c) => c.money && c.money.tEnd <= p.tStart) ??
      levels.find((c) => c.money && c.money.tStart >= p.tEnd);
    const seriesForPeriod = target?.series ?? seriesOfTopic(nearestTopic(reading, p.tStart), state, input.lexicon);
    const resolvedAfter =
      periodAfter && seriesForPeriod
        ? resolvePeriod(periodAfter, contextFor(seriesForPeriod, state, new Map(), new Map()))
        : null;
    const change = readChange(reading, p, resolvedAfter);
    if (target && change.basis === 'unspecified') change.basis = basisFromComparison(target, candidates, p.tEnd);
    if (target) {
      if (!target.changes.some((c) => c.pct === change.pct)) target.changes.push(change);
      continue;
    }
    if (candidates.length > 0 || readings.length > 0 || !seriesForPeriod) continue;
    // "Apparel exports from Sri Lanka slipped 0.04 per cent": another country's change is not the series'
    if ((changeCountry(reading, p.tStart, p.tEnd, state) ?? seriesForPeriod.country) !== seriesForPeriod.country)
      continue;
    // "IT exports increased by 62.3% compared to April of the previous year": a change with no level.
    const own = ownPeriod(reading, p.tStart, seriesForPeriod, state);
    if (!own) continue;
    const key = `${seriesForPeriod.id}|${own.period.start}|${own.period.end}`;
    const existing = percentOnly.get(key);
    if (existing) {
      if (!existing.changes.some((c) => c.pct === change.pct)) existing.changes.push(change);
      continue;
    }
    const figure: Candidate = {
      series: seriesForPeriod,
      period: own.period,
      value: null,
      currency: seriesForPeriod.currency,
      role: own.period.start === own.period.end ? 'reported-month' : own.whole ? 'annual' : 'cumulative',
      changes: [change],
      recordClaim: false,
      evidence: evidenceOf(reading.original),
      confidence: own.inferred ? 0.75 : 0.8,
      notes: [],
      sentence: input.index,
      headline: input.headline,
      money: null,
      asChange: false,
      carried: false,
      hedged: false,
      comparison: false,
    };
    percentOnly.set(key, figure);
    candidates.push(figure);
  }
}

// "fell 3.5 percent to $1.42 billion in December 2023 from $1.47 billion in November 2023": the month compared
// against says what the change is measured against.
function basisFromComparison(target: Candidate, candidates: readonly Candidate[], after: number): ChangeBasis {
  const base = candidates.find((c) => c.comparison && c.series === target.series && c.money && c.money.tStart >= after);
  if (!base) return 'unspecified';
  if (
    base.period.start === addMonths(target.period.start, -12) &&
    base.period.end === addMonths(target.period.end, -12)
  )
    return 'yoy';
  if (target.period.start === target.period.end && base.period.start === addMonths(target.period.start, -1))
    return 'mom';
  return 'unspecified';
}

function nearestTopic(reading: SentenceReading, before: number): Topic | null {
  return nearestTopicSpan(reading, before)?.topic ?? null;
}

function nearestTopicSpan(reading: SentenceReading, before: number): Span<{ topic: Topic }> | null {
  let best: Span<{ topic: Topic }> | null = null;
  for (const t of reading.topics) if (t.tEnd <= before) best = t;
  return best ?? reading.topics[0] ?? null;
}

// Whose change a percentage is: the country its measure is attached to, one named before it, or the article's.
function changeCountry(reading: SentenceReading, tStart: number, tEnd: number, state: ArticleState): string | null {
  const span = nearestTopicSpan(reading, tStart);
  const attached = span && span.topic.kind !== 'generic' ? countryOfTopic(reading, span) : null;
  return attached ?? countryBefore(reading, { members: [], tStart, tEnd }) ?? state.defaultCountry;
}

// The period a change with no amount is about: the sentence's own, or the month after its base month.
function ownPeriod(
  reading: SentenceReading,
  near: number,
  series: SeriesSpec,
  state: ArticleState,
): ResolvedPeriod | null {
  const ctx = contextFor(series, state, new Map(), new Map());
  const sorted = [...reading.periods].sort((a, b) => Math.abs(a.tStart - near) - Math.abs(b.tStart - near));
  for (const mention of sorted) {
    const r = resolvePeriod(mention, ctx);
    if (!r) continue;
    if (r.base)
      return { ...r, base: false, period: { start: addMonths(r.period.start, 12), end: addMonths(r.period.end, 12) } };
    if (r.relative && COMPARISON_RELATIVES.has(r.relative)) continue;
    if (state.published && r.period.end > state.published.slice(0, 7)) continue;
    return r;
  }
  return null;
}
