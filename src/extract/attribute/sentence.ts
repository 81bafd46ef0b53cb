import type { MoneyMention } from '../read/money.js';
import { isRelative, resolvePeriod } from '../read/resolve.js';
import type { PeriodMention } from '../read/periods.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import type { Topic } from '../read/lexicon.js';
import { CURRENCY_COUNTRY } from '../lexicon/countries.js';
import { addMonths } from '../../calendar/months.js';
import type { Period, SeriesSpec, UndatedFigure, YearMonth } from '../types.js';
import {
  asideSegments,
  countryAtAmount,
  countryBefore,
  countryOfTopic,
  groupAmounts,
  inCauseAdjunct,
  topicFor,
  type AmountGroup,
} from './binding.js';
import { impliedBase, mistypedBases, sameMonthsBases, scaledBase } from './bases.js';
import { applyClaims } from './claim-figures.js';
import { bindPeriods } from './periods.js';
import { sameLevelBases } from './unchanged.js';
import {
  COMPARISON_RELATIVES,
  contextFor,
  evidenceOf,
  familyOfGeneric,
  resolveTopic,
  type GroupReading,
  type LooseAmount,
  type SentenceFigures,
  type SentenceInput,
} from './context.js';
import { flagsFor } from './flags.js';
import { applyPercents } from './percentages.js';
import type { ArticleState, Candidate } from './types.js';

export type { SentenceFigures, SentenceInput } from './context.js';

// Smaller amounts are never a country's monthly or yearly total of anything tracked.
const MIN_VALUE = 1e6;

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
    const earlier =
      span?.topic.kind === 'generic'
        ? [...reading.topics].reverse().find((t) => t.tEnd <= span.tStart && t.topic.kind !== 'generic')
        : undefined;
    const { topic, carried } =
      earlier?.topic.kind === 'series' && input.lexicon.family.get(earlier.topic.series.id) === familyOfGeneric(span)
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

  unshareBases(readings, reading);

  // Absolute periods first: they tell which month and period the sentence reports, which relative ones need.
  const sentenceMonth = new Map<string, YearMonth>();
  const sentenceRange = new Map<string, Period>();
  for (const r of readings) {
    if (!r.series || r.periodIndex === null) continue;
    const mention = reading.periods[r.periodIndex]!;
    if (isRelative(mention)) continue;
    r.resolved = resolvePeriod(mention, contextFor(r.series, state, sentenceMonth, sentenceRange));
    if (
      !r.resolved ||
      r.flags.comparison ||
      r.flags.previousRecord ||
      r.flags.change ||
      r.flags.projection ||
      r.resolved.base
    )
      continue;
    const { start, end } = r.resolved.period;
    if (start === end && !sentenceMonth.has(r.series.id)) sentenceMonth.set(r.series.id, start);
    if (start !== end && !sentenceRange.has(r.series.id)) sentenceRange.set(r.series.id, r.resolved.period);
  }
  for (const r of readings) {
    if (!r.series || r.periodIndex === null || r.resolved) continue;
    const mention = reading.periods[r.periodIndex]!;
    const ctx = {
      ...contextFor(r.series, state, sentenceMonth, sentenceRange),
      ...namedBefore(readings, reading, mention, r.series),
    };
    r.resolved = resolvePeriod(mention, ctx);
    // "down from $348m last month", written about last month's figure: the month before it
    if (
      r.resolved?.relative === 'last-month' &&
      r.flags.comparison &&
      ctx.refMonth &&
      r.resolved.period.start === ctx.refMonth
    ) {
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
  candidates.push(...scalelessBases(readings, input, candidates, state));
  mistypedBases(candidates);
  sameMonthsBases(candidates, state.levels);
  candidates.push(...impliedBases(readings, input, candidates, state));
  candidates.push(...sameLevelBases(input, readings, state));
  updateState(input, candidates, state, aside);
  return {
    candidates,
    claims,
    undated: state.published === null ? undatedOf(readings, input) : [],
    loose: looseOf(readings, input),
  };
}

// "grew 23.42% to US $1.003 billion …, against US $812.648 in …": a base whose scale word was left out
function scalelessBases(
  readings: readonly GroupReading[],
  input: SentenceInput,
  candidates: readonly Candidate[],
  state: ArticleState,
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of readings) {
    if (r.candidate || !r.series || !r.resolved || !r.flags.comparison) continue;
    const at = r.group.members.findIndex((m) => m.currency === r.series!.currency && m.value < MIN_VALUE);
    const scaled = at < 0 ? null : scaledBase(r.group.members[at]!, r.series.id, candidates);
    if (!scaled) continue;
    r.group = { ...r.group, members: r.group.members.map((m, i) => (i === at ? scaled : m)) };
    r.candidate = candidateOf(r, input, state);
    if (r.candidate) out.push(r.candidate);
  }
  return out;
}

// "grew from $877 million to $1.057 billion", with no period for the first: the base of the change stated for the level
function impliedBases(
  readings: readonly GroupReading[],
  input: SentenceInput,
  candidates: readonly Candidate[],
  state: ArticleState,
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of readings) {
    if (r.candidate || r.periodIndex !== null || !r.flags.comparison || r.flags.previousRecord) continue;
    const money = levelOf(r, input);
    if (!money) continue;
    const base = impliedBase(r, money.value, candidates, state.levels);
    if (!base) continue;
    r.resolved = base.resolved;
    r.candidate = candidateOf(r, input, state);
    if (!r.candidate) continue;
    r.candidate.notes.push(base.note);
    out.push(r.candidate);
  }
  return out;
}

// "ICT export remittances hit a historic peak of $3.223 billion", with the year only in the headline's "$3.2 Billion
// in FY 2024": a level with no period is kept aside, to be matched with a rounded figure that has one.
function looseOf(readings: readonly GroupReading[], input: SentenceInput): LooseAmount[] {
  const out: LooseAmount[] = [];
  for (const r of readings) {
    if (
      r.periodIndex !== null ||
      !r.series ||
      r.flags.comparison ||
      r.flags.change ||
      r.flags.hedged ||
      r.flags.previousRecord
    )
      continue;
    const money = levelOf(r, input);
    if (money)
      out.push({ series: r.series.id, money, evidence: evidenceOf(input.reading.original), sentence: input.index });
  }
  return out;
}

// "$306 million in March" on a page nothing dates: reported with a note rather than dropped in silence.
function undatedOf(readings: readonly GroupReading[], input: SentenceInput): UndatedFigure[] {
  const out: UndatedFigure[] = [];
  for (const r of readings) {
    if (r.resolved || r.periodIndex === null || !r.series || r.flags.comparison || r.flags.change) continue;
    const money = levelOf(r, input);
    if (!money) continue;
    const mention = input.reading.periods[r.periodIndex]!;
    const written = input.reading.original.slice(mention.index, mention.end);
    out.push({
      series: r.series.id,
      periodAsWritten: written,
      value: money.value,
      currency: r.series.currency,
      evidence: evidenceOf(input.reading.original),
      note: `'${written}' has no year and nothing on the page gives one (no date, no year in the text)`,
    });
  }
  return out;
}

// The amount as a level of its series, or null when it is another country's, a forecast, a threshold or an average.
function levelOf(r: GroupReading, input: SentenceInput): MoneyMention | null {
  const { series, flags } = r;
  if (!series) return null;
  if ((r.country ?? series.country) !== series.country) return null;
  if (flags.projection || flags.threshold || flags.average) return null;
  const stated = r.group.members.find((m) => m.currency === series.currency);
  const money = stated ?? unstatedDollars(r, input.reading, series);
  return money && money.value >= MIN_VALUE ? money : null;
}

/**
 * "from $2.71 billion in June 2021 to $2.76 billion in the same period of the fiscal year 2021-22": "the same period"
 * moved into a named fiscal year is the period named just before it, whatever role that one plays.
 */
function namedBefore(
  readings: readonly GroupReading[],
  reading: SentenceReading,
  mention: PeriodMention,
  series: SeriesSpec,
): { refMonth: YearMonth | null; refRange: Period | null } | Record<string, never> {
  if (!mention.atoms.some((a) => a.kind === 'fy' && a.endYear !== null)) return {};
  let best: GroupReading | null = null;
  for (const o of readings) {
    if (o.series !== series || !o.resolved || o.periodIndex === null) continue;
    if (reading.periods[o.periodIndex]!.tEnd <= mention.tStart) best = o;
  }
  if (!best?.resolved) return {};
  const { period } = best.resolved;
  return period.start === period.end
    ? { refMonth: period.start, refRange: null }
    : { refMonth: null, refRange: period };
}

/**
 * "Over July to September, exports grew from $877 million to $1.057 billion": the amount compared against is of
 * another period than the level it is compared with, so the period named before both is the level's alone.
 */
function unshareBases(readings: GroupReading[], reading: SentenceReading): void {
  for (const r of readings) {
    if (r.periodIndex === null || !r.flags.comparison || r.flags.previousRecord) continue;
    if (reading.periods[r.periodIndex]!.tEnd > r.group.tStart) continue;
    const shared = readings.some(
      (o) => o !== r && o.periodIndex === r.periodIndex && !o.flags.comparison && o.series === r.series,
    );
    if (shared) r.periodIndex = null;
  }
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

function candidateOf(r: GroupReading, input: SentenceInput, state: ArticleState): Candidate | null {
  const { series, resolved, flags } = r;
  if (!series || !resolved) return null;
  const money = levelOf(r, input);
  if (!money) return null;
  let { period } = resolved;
  const notes = [...money.notes];
  let confidence = 0.9 - money.penalty - (money.currency === 'UNSTATED' ? 0.15 : 0);
  // Figures come out after their month ends: a period ending after the month of publication is a forecast or a
  // misreading. The month of publication itself is allowed: a date stamped in UTC can fall in the month before.
  if (state.published && period.end > state.published.slice(0, 7)) {
    const typo = yearTypo(period, resolved.inferred, state.published);
    if (!typo) return null;
    notes.push(
      `read '${monthText(period)}' as ${monthText(typo)}: printed a year after the page's date, ${state.published}`,
    );
    confidence -= 0.25;
    period = typo;
  }
  const single = period.start === period.end;
  const comparison =
    flags.comparison || resolved.base || (resolved.relative !== null && COMPARISON_RELATIVES.has(resolved.relative));
  const role = !single
    ? resolved.whole
      ? 'annual'
      : 'cumulative'
    : flags.previousRecord
      ? 'previous-record'
      : comparison
        ? 'comparison'
        : 'reported-month';
  if (money.currency === 'UNSTATED')
    notes.push(`the text gives no currency for '${money.raw}'; read as ${series.currency}, the series' currency`);
  if (flags.hedged) notes.push(`the text gives '${money.raw}' as an approximate figure`);
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
    hedge: flags.hedge,
    comparison: comparison || flags.previousRecord,
    inferred: resolved.inferred,
  };
}

// SBP and PBS publish a month's figures within weeks; a story names months up to a quarter back.
const REPORTING_LAG_MONTHS = 3;

/**
 * "$151 million for October 2021" on a page dated December 2020: a month printed with its year one too many, the
 * month a year earlier being one the story could report. Only a year written out can be mistyped.
 */
function yearTypo(period: Period, inferred: boolean, published: string): Period | null {
  if (inferred) return null;
  const pubMonth = published.slice(0, 7);
  const back = { start: addMonths(period.start, -12), end: addMonths(period.end, -12) };
  if (back.end > pubMonth || back.end < addMonths(pubMonth, -REPORTING_LAG_MONTHS)) return null;
  return back;
}

const monthText = (p: Period): string => (p.start === p.end ? p.start : `${p.start}..${p.end}`);

// Words that may follow a bare "3.2bn" when it is money; "1.2 million people" is followed by its noun.
const AFTER_BARE_AMOUNT = new Set([
  'in',
  'during',
  'for',
  'from',
  'against',
  'compared',
  'as',
  'while',
  'up',
  'down',
  'and',
  'on',
  'by',
  'at',
  'over',
  'till',
  'until',
  'to',
  'with',
  'this',
  'last',
  'the',
  'a',
  'versus',
  'vs',
  'than',
  'when',
  'which',
  'according',
  'so',
  'till',
  'between',
]);

/**
 * "IT exports rose to 3.2bn in FY24": an amount with a scale but no currency is the series' dollars only when
 * the series is named in the same sentence, the sentence states no other currency, and no noun follows it.
 */
function unstatedDollars(r: GroupReading, reading: SentenceReading, series: SeriesSpec): MoneyMention | undefined {
  if (series.currency !== 'USD' || r.carried) return undefined;
  const bare = r.group.members.find((m) => m.currency === 'UNSTATED');
  if (!bare || reading.money.some((m) => m.currency !== 'UNSTATED' && m.currency !== 'USD')) return undefined;
  const next = reading.tokens[bare.tEnd];
  if (
    next &&
    next.kind === 'word' &&
    !AFTER_BARE_AMOUNT.has(next.lower) &&
    !reading.periods.some((p) => p.tStart === bare.tEnd)
  )
    return undefined;
  return bare;
}

function updateState(
  input: SentenceInput,
  candidates: readonly Candidate[],
  state: ArticleState,
  aside: Int32Array,
): void {
  const { reading } = input;
  // What the next sentences continue is the measure the sentence is about, not the parts it lists in an aside
  // ("IT and ITeS exports, made up of computer services and call centres, rose …") nor one it names as a cause
  // ("IT exports rose 2 percent, thanks to a gain in telecom services").
  const named = [...reading.topics]
    .reverse()
    .filter((t) => t.topic.kind !== 'generic')
    .filter((t, _, all) => !inCauseAdjunct(reading.tokens, t.tStart) || all.length === 1);
  const explicit = named.find((t) => (aside[t.tStart] ?? 0) === 0) ?? named[0];
  if (explicit) {
    const country = countryOfTopic(reading, explicit) ?? countryNear(reading, explicit.tStart);
    const { topic } = resolveTopic(explicit.topic, state, input.lexicon);
    state.carried = {
      topic: topic ?? explicit.topic,
      country: topic === state.carried?.topic ? state.carried.country : country,
    };
  }
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.comparison || c.value === null || c.asChange) continue;
    state.levels.push(c);
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
