import type { Lexicon, Topic } from '../read/lexicon.js';
import type { MoneyMention } from '../read/money.js';
import type { ResolveContext, ResolvedPeriod } from '../read/resolve.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import type { Period, SeriesSpec, UndatedFigure, YearMonth } from '../types.js';
import type { AmountGroup } from './binding.js';
import type { AmountFlags } from './flags.js';
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
  /** Figures whose period has no year and that nothing on the page dates. */
  undated: UndatedFigure[];
  /** Levels of a series stated with no period at all ("hit a historic peak of $3.223 billion"). */
  loose: LooseAmount[];
}

/** A level of a series the sentence states without a period: the exact form of a rounded figure stated elsewhere. */
export interface LooseAmount {
  series: string;
  money: MoneyMention;
  evidence: string;
  /** Position of its sentence in the article. */
  sentence: number;
}

/** Relative periods that name the other side of a comparison, never the reported month. */
export const COMPARISON_RELATIVES: ReadonlySet<string> = new Set([
  'same-month-last-year',
  'same-period-last-year',
  'year-earlier',
  'previous-month',
]);

/** What one amount of a sentence was read as, step by step. */
export interface GroupReading {
  group: AmountGroup;
  series: SeriesSpec | null;
  carried: boolean;
  country: string | null;
  flags: AmountFlags;
  periodIndex: number | null;
  resolved: ResolvedPeriod | null;
  candidate: Candidate | null;
}

/** The flow a bare "exports" or "inflows" names. */
export function familyOfGeneric(span: Span<{ topic: Topic }> | null): string | null {
  if (span?.topic.kind !== 'generic') return null;
  return span.topic.family;
}

/** The measure an amount is about, continuing the previous sentences' when the sentence names none. */
export function resolveTopic(
  topic: Topic | null,
  state: ArticleState,
  lexicon: Lexicon,
): { topic: Topic | null; carried: boolean } {
  const carried = state.carried?.topic ?? null;
  if (topic === null) return { topic: carried, carried: true };
  // "Remittances came to $584 million" in a story about ICT export remittances: the bare head is the story's series.
  if (
    topic.kind === 'series' &&
    topic.headOf &&
    carried?.kind === 'series' &&
    carried.series.measure !== undefined &&
    topic.headOf.includes(carried.series.measure)
  )
    return { topic: carried, carried: true };
  if (topic.kind !== 'generic') return { topic, carried: false };
  if (carried?.kind === 'series') {
    const family = lexicon.family.get(carried.series.id);
    if (topic.family === 'any' || topic.family === family) return { topic: carried, carried: true };
  }
  if (carried?.kind === 'untracked' && topic.family !== 'inflows') return { topic: carried, carried: true };
  return { topic: { kind: 'untracked', label: topic.family }, carried: false };
}

/** The series a claim or change is about: its measure's, or the one carried from earlier sentences. */
export function seriesOfTopic(topic: Topic | null, state: ArticleState, lexicon: Lexicon): SeriesSpec | null {
  const { topic: resolved } = resolveTopic(topic, state, lexicon);
  return resolved?.kind === 'series' ? resolved.series : null;
}

/** What resolving a period for a series needs: the publication date, and the month and period reported. */
export function contextFor(
  series: SeriesSpec,
  state: ArticleState,
  month: Map<string, YearMonth>,
  range: Map<string, Period>,
): ResolveContext {
  // "In 5MFY23 exports were $7.44bn, down from $7.76bn a year before": a span the sentence reports is what its
  // relative phrases refer to, not a month an earlier sentence reported
  const ownRange = range.get(series.id);
  return {
    published: state.published,
    fyStart: series.fiscalYearStartMonth,
    refMonth: month.get(series.id) ?? (ownRange ? null : (state.refMonth.get(series.id) ?? state.articleMonth)),
    refRange: ownRange ?? state.refRange.get(series.id) ?? null,
  };
}

/** A sentence as evidence: quoted whole, up to 500 characters. */
export function evidenceOf(sentence: string): string {
  return sentence.length > 500 ? `${sentence.slice(0, 497)}…` : sentence;
}
