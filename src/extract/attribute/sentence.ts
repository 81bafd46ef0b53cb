import type { Lexicon, Topic } from '../read/lexicon.js';
import type { MoneyMention } from '../read/money.js';
import { isRelative, resolvePeriod, type ResolveContext, type ResolvedPeriod } from '../read/resolve.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import { CURRENCY_COUNTRY } from '../lexicon/countries.js';
import { addMonths } from '../months.js';
import type { ChangeBasis, Period, SeriesSpec, YearMonth } from '../types.js';
import {
  asideSegments, bindPeriods, countryAtAmount, countryBefore, countryOfTopic, groupAmounts, topicFor, type AmountGroup,
} from './binding.js';
import { readChange } from './changes.js';
import { bindClaims } from './claims.js';
import { flagsFor, type AmountFlags } from './flags.js';
import type { ArticleState, Candidate, PendingClaim } from './types.js';

/** One sentence of an article, read, with where it stands. */
export interface SentenceInput {
  reading: SentenceReading;
  index: number;
  headline: boolean;
  lexicon: Lexicon;
}

/** The figures a sentence states, and record claims it makes about figures stated elsewhere. */
export interface SentenceFigures {
  candidates: Candidate[];
  claims: PendingClaim[];
}

// Smaller amounts are never a country's monthly or yearly total of anything tracked.
const MIN_VALUE = 1e6;
const COMPARISON_RELATIVES = new Set(['same-month-last-year', 'same-period-last-year', 'year-earlier', 'previous-month']);

interface GroupReading {
  group: AmountGroup;
  series: SeriesSpec | null;
  carried: boolean;
  country: string | null;
  flags: AmountFlags;
  periodIndex: number | null;
  resolved: ResolvedPeriod | null;
  candidate: Candidate | null;
}

/** Reads the figures of one sentence, using and updating what the article has established so far. */
export function figuresOfSentence(input: SentenceInput, state: ArticleState): SentenceFigures {
  const { reading } = input;
  const groups = groupAmounts(reading);
  const aside = asideSegments(reading.tokens);
  const spans = groups.map((group) => topicFor(reading, group, aside));
  const periodOf = bindPeriods(reading, groups, spans);

  const readings: GroupReading[] = groups.map((group, gi) => {
    const span = spans[gi] ?? null;
    // "The textile group, the country's largest export sector, earned $1.62bn": the bare "export" is the textile group's
    const earlier = span?.topic.kind === 'generic' ? [...reading.topics].reverse().find((t) => t.tEnd <= span.tStart && t.topic.kind !== 'generic') : undefined;
    const { topic, carried } = earlier?.topic.kind === 'series' && input.lexicon.family.get(earlier.topic.series.id) === familyOfGeneric(span)
      ? { topic: earlier.topic, carried: false }
      : resolveTopic(span?.topic ?? null, state, input.lexicon);
    const series = topic?.kind === 'series' ? topic.series : null;
    return {
      group,
      series,
      carried,
      country: series ? countryFor(reading, group, span, carried, state) : null,
      flags: flagsFor(reading, group, gi > 0 ? groups[gi - 1]!.tEnd : 0, aside),
      periodIndex: periodOf[gi] ?? null,
      resolved: null,
      candidate: null,
    };
  });

  // Absolute periods first: they tell which month and period the sentence reports, which relative ones need.
  const sentenceMonth = new Map<string, YearMonth>();
  const sentenceRange = new Map<string, Period>();
  for (const r of readings) {
    if (!r.series || r.periodIndex === null) continue;
    const mention = reading.periods[r.periodIndex]!;
    if (isRelative(mention)) continue;
    r.resolved = resolvePeriod(mention, contextFor(r.series, state, sentenceMonth, sentenceRange));
    if (!r.resolved || r.flags.comparison || r.flags.previousRecord || r.flags.change || r.resolved.base) continue;
    const { start, end } = r.resolved.period;
    if (start === end && !sentenceMonth.has(r.series.id)) sentenceMonth.set(r.series.id, start);
    if (start !== end && !sentenceRange.has(r.series.id)) sentenceRange.set(r.series.id, r.resolved.period);
  }
  for (const r of readings) {
    if (!r.series || r.periodIndex === null || r.resolved) continue;
    const ctx = contextFor(r.series, state, sentenceMonth, sentenceRange);
    r.resolved = resolvePeriod(reading.periods[r.periodIndex]!, ctx);
    // "down from $348m last month", written about last month's figure: the month before it
    if (r.resolved?.relative === 'last-month' && r.flags.comparison && ctx.refMonth && r.resolved.period.start === ctx.refMonth) {
      r.resolved = { ...r.resolved, period: { start: addMonths(ctx.refMonth, -1), end: addMonths(ctx.refMonth, -1) } };
    }
  }

  const candidates: Candidate[] = [];
  for (const r of readings) {
    r.candidate = candidateOf(r, input, state);
    if (r.candidate) candidates.push(r.candidate);
  }
  const claims = applyClaims(input, readings, candidates, state);
  applyPercents(input, readings, candidates, state);
  updateState(input, candidates, state);
  return { candidates, claims };
}

function familyOfGeneric(span: Span<{ topic: Topic }> | null): string | null {
  if (span?.topic.kind !== 'generic') return null;
  return span.topic.family;
}

function resolveTopic(topic: Topic | null, state: ArticleState, lexicon: Lexicon): { topic: Topic | null; carried: boolean } {
  const carried = state.carried?.topic ?? null;
  if (topic === null) return { topic: carried, carried: true };
  if (topic.kind !== 'generic') return { topic, carried: false };
  if (carried?.kind === 'series') {
    const family = lexicon.family.get(carried.series.id);
    if (topic.family === 'any' || topic.family === family) return { topic: carried, carried: true };
  }
  if (carried?.kind === 'untracked' && topic.family !== 'inflows') return { topic: carried, carried: true };
  return { topic: { kind: 'untracked', label: topic.family }, carried: false };
}

function countryFor(
  reading: SentenceReading,
  group: AmountGroup,
  span: Span<{ topic: Topic }> | null,
  carried: boolean,
  state: ArticleState,
): string | null {
  for (const m of group.members) {
    const code = CURRENCY_COUNTRY[m.currency];
    if (code) return code;
  }
  const atAmount = countryAtAmount(reading, group);
  if (atAmount) return atAmount;
  if (span && span.topic.kind !== 'generic') {
    const attached = countryOfTopic(reading, span);
    if (attached) return attached;
  }
  const before = countryBefore(reading, group);
  if (before) return before;
  if (carried && state.carried?.country) return state.carried.country;
  return state.defaultCountry;
}

function contextFor(series: SeriesSpec, state: ArticleState, month: Map<string, YearMonth>, range: Map<string, Period>): ResolveContext {
  return {
    published: state.published,
    fyStart: series.fiscalYearStartMonth,
    refMonth: month.get(series.id) ?? state.refMonth.get(series.id) ?? state.articleMonth,
    refRange: range.get(series.id) ?? state.refRange.get(series.id) ?? null,
  };
}

function candidateOf(r: GroupReading, input: SentenceInput, state: ArticleState): Candidate | null {
  const { series, resolved, flags } = r;
  if (!series || !resolved) return null;
  if ((r.country ?? series.country) !== series.country) return null;
  if (flags.projection || flags.threshold || flags.average) return null;
  const stated = r.group.members.find((m) => m.currency === series.currency);
  const money: MoneyMention | undefined = stated ?? unstatedDollars(r, input.reading, series);
  if (!money || money.value < MIN_VALUE) return null;
  const { period } = resolved;
  // Figures are published after their month ends: a period not over by publication is a forecast or a misreading.
  if (state.published && period.end >= state.published.slice(0, 7)) return null;
  const single = period.start === period.end;
  const comparison = flags.comparison || resolved.base || (resolved.relative !== null && COMPARISON_RELATIVES.has(resolved.relative));
  const role = !single ? (resolved.whole ? 'annual' : 'cumulative') : flags.previousRecord ? 'previous-record' : comparison ? 'comparison' : 'reported-month';
  const notes = [...money.notes];
  if (money.currency === 'UNSTATED') notes.push(`the text gives no currency for '${money.raw}'; read as ${series.currency}, the series' currency`);
  if (flags.hedged) notes.push(`the text gives '${money.raw}' as an approximate figure`);
  let confidence = 0.9 - money.penalty - (money.currency === 'UNSTATED' ? 0.15 : 0);
  if (flags.hedged) confidence -= 0.25;
  if (resolved.inferred) confidence -= 0.05;
  if (r.carried) confidence -= 0.05;
  return {
    series,
    period,
    value: money.value,
    currency: series.currency,
    role,
    changes: [],
    recordClaim: false,
    evidence: evidenceOf(input.reading.original),
    confidence,
    notes,
    sentence: input.index,
    headline: input.headline,
    money,
    asChange: flags.change,
    carried: r.carried,
    hedged: flags.hedged,
    comparison: comparison || flags.previousRecord,
  };
}

// Words that may follow a bare "3.2bn" when it is money; "1.2 million people" is followed by its noun.
const AFTER_BARE_AMOUNT = new Set(['in', 'during', 'for', 'from', 'against', 'compared', 'as', 'while', 'up', 'down', 'and',
  'on', 'by', 'at', 'over', 'till', 'until', 'to', 'with', 'this', 'last', 'the', 'a', 'versus', 'vs', 'than', 'when', 'which',
  'according', 'so', 'till', 'between']);

/**
 * "IT exports rose to 3.2bn in FY24": an amount with a scale but no currency is the series' dollars only when
 * the series is named in the same sentence, the sentence states no other currency, and no noun follows it.
 */
function unstatedDollars(r: GroupReading, reading: SentenceReading, series: SeriesSpec): MoneyMention | undefined {
  if (series.currency !== 'USD' || r.carried) return undefined;
  const bare = r.group.members.find((m) => m.currency === 'UNSTATED');
  if (!bare || reading.money.some((m) => m.currency !== 'UNSTATED' && m.currency !== 'USD')) return undefined;
  const next = reading.tokens[bare.tEnd];
  if (next && next.kind === 'word' && !AFTER_BARE_AMOUNT.has(next.lower) && !reading.periods.some((p) => p.tStart === bare.tEnd)) return undefined;
  return bare;
}

function evidenceOf(sentence: string): string {
  return sentence.length > 500 ? `${sentence.slice(0, 497)}…` : sentence;
}

function applyClaims(input: SentenceInput, readings: GroupReading[], candidates: Candidate[], state: ArticleState): PendingClaim[] {
  const pending: PendingClaim[] = [];
  const { reading } = input;
  for (const claim of bindClaims(reading, readings.map((r) => r.group))) {
    const topicSeries = seriesOfClaim(claim.topic?.topic ?? null, state, input.lexicon);
    const target = claim.target;
    if (target.kind === 'amount') {
      const r = readings[target.group]!;
      if (r.candidate) {
        if (r.candidate.period.start === r.candidate.period.end && r.candidate.role !== 'previous-record') r.candidate.recordClaim = true;
        continue;
      }
      // A headline's "all-time high of $306m" with no month: the body will say which month had $306m.
      const series = r.series ?? topicSeries;
      const money = r.group.members.find((m) => m.currency === series?.currency);
      if (series && money && !r.resolved && !r.flags.projection) pending.push({ kind: 'value', series: series.id, value: money.value });
      continue;
    }
    if (target.kind === 'period') {
      if (!topicSeries) continue;
      const resolved = resolvePeriod(reading.periods[target.period]!, contextFor(topicSeries, state, new Map(), new Map()));
      if (resolved && resolved.period.start === resolved.period.end) pending.push({ kind: 'month', series: topicSeries.id, month: resolved.period.start });
      continue;
    }
    const main = candidates.find((c) => c.role === 'reported-month' && (!topicSeries || c.series.id === topicSeries.id)) ??
      candidates.find((c) => c.role === 'reported-month');
    if (main) {
      main.recordClaim = true;
      continue;
    }
    if (!topicSeries || target.kind === 'sentence') continue;
    // "IT exports hit a record high in March": a claim about a month named without an amount
    const periods = readings.length > 0 ? [] : reading.periods
      .map((p) => resolvePeriod(p, contextFor(topicSeries, state, new Map(), new Map())))
      .filter((p): p is ResolvedPeriod => p !== null && p.period.start === p.period.end && !p.base && !COMPARISON_RELATIVES.has(p.relative ?? ''));
    if (periods.length === 1) {
      pending.push({ kind: 'month', series: topicSeries.id, month: periods[0]!.period.start });
      continue;
    }
    // a claim in a sentence with amounts of its own is about them, never about an earlier sentence's month
    if (periods.length > 1 || readings.length > 0) continue;
    const last = state.lastReported.get(topicSeries.id);
    if (last) last.recordClaim = true;
    else pending.push({ kind: 'lead', series: topicSeries.id });
  }
  return pending;
}

function seriesOfClaim(topic: Topic | null, state: ArticleState, lexicon: Lexicon): SeriesSpec | null {
  const { topic: resolved } = resolveTopic(topic, state, lexicon);
  return resolved?.kind === 'series' ? resolved.series : null;
}

function applyPercents(input: SentenceInput, readings: GroupReading[], candidates: Candidate[], state: ArticleState): void {
  const { reading } = input;
  const levels = candidates.filter((c) => !c.comparison && !c.asChange);
  const percentOnly = new Map<string, Candidate>();
  for (const p of reading.percents) {
    const periodAfter = reading.periods.find((x) => x.tStart >= p.tEnd && x.tStart - p.tEnd <= 8);
    const target =
      levels.find((c) => c.money && c.money.tStart >= p.tEnd && c.money.tStart - p.tEnd <= 4) ??
      [...levels].reverse().find((c) => c.money && c.money.tEnd <= p.tStart) ??
      levels.find((c) => c.money && c.money.tStart >= p.tEnd);
    const seriesForPeriod = target?.series ?? seriesOfClaim(nearestTopic(reading, p.tStart), state, input.lexicon);
    const resolvedAfter = periodAfter && seriesForPeriod
      ? resolvePeriod(periodAfter, contextFor(seriesForPeriod, state, new Map(), new Map()))
      : null;
    const change = readChange(reading, p, resolvedAfter);
    if (target && change.basis === 'unspecified') change.basis = basisFromComparison(target, candidates, p.tEnd);
    if (target) {
      if (!target.changes.some((c) => c.pct === change.pct)) target.changes.push(change);
      continue;
    }
    if (candidates.length > 0 || readings.length > 0 || !seriesForPeriod) continue;
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
  if (base.period.start === addMonths(target.period.start, -12) && base.period.end === addMonths(target.period.end, -12)) return 'yoy';
  if (target.period.start === target.period.end && base.period.start === addMonths(target.period.start, -1)) return 'mom';
  return 'unspecified';
}

function nearestTopic(reading: SentenceReading, before: number): Topic | null {
  let best: Topic | null = null;
  for (const t of reading.topics) if (t.tEnd <= before) best = t.topic;
  return best ?? reading.topics[0]?.topic ?? null;
}

// The period a change with no amount is about: the sentence's own, or the month after its base month.
function ownPeriod(reading: SentenceReading, near: number, series: SeriesSpec, state: ArticleState): ResolvedPeriod | null {
  const ctx = contextFor(series, state, new Map(), new Map());
  const sorted = [...reading.periods].sort((a, b) => Math.abs(a.tStart - near) - Math.abs(b.tStart - near));
  for (const mention of sorted) {
    const r = resolvePeriod(mention, ctx);
    if (!r) continue;
    if (r.base) return { ...r, base: false, period: { start: addMonths(r.period.start, 12), end: addMonths(r.period.end, 12) } };
    if (r.relative && COMPARISON_RELATIVES.has(r.relative)) continue;
    if (state.published && r.period.end >= state.published.slice(0, 7)) continue;
    return r;
  }
  return null;
}

function updateState(input: SentenceInput, candidates: readonly Candidate[], state: ArticleState): void {
  const { reading } = input;
  const explicit = [...reading.topics].reverse().find((t) => t.topic.kind !== 'generic');
  if (explicit) {
    const country = countryOfTopic(reading, explicit) ?? countryNear(reading, explicit.tStart);
    state.carried = { topic: explicit.topic, country };
  }
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.comparison || c.value === null || c.asChange) continue;
    const id = c.series.id;
    if (c.period.start === c.period.end) {
      if (!seen.has(`m${id}`)) {
        state.refMonth.set(id, c.period.start);
        state.articleMonth ??= c.period.start;
        state.lastReported.set(id, c);
        seen.add(`m${id}`);
      }
    } else if (!seen.has(`r${id}`)) {
      state.refRange.set(id, c.period);
      seen.add(`r${id}`);
    }
  }
}

function countryNear(reading: SentenceReading, before: number): string | null {
  let best: string | null = null;
  for (const c of reading.countries) if (c.tEnd <= before) best = c.code;
  return best;
}
