import { findMoney, type MoneyMention } from './money.js';
import { changeBasis, findPercents } from './percent.js';
import { findPeriods, type PeriodMention } from './periods.js';
import type { Figure, FigureRole, Period, SeriesSpec } from './types.js';

/** What reading one sentence needs to know about the article so far. */
export interface SentenceContext {
  series: SeriesSpec;
  published: string | null;
  /** The last multi-month period named earlier, for "the same period last year". */
  previousRange: Period | null;
}

// Claims of an all-time monthly high. Not: "highest in 12 months", "record growth", "record annual".
const RECORD = /\b(?:highest[- ]ever|all[- ]time (?:high|record)|(?:new|fresh|historic) (?:monthly )?(?:record|high)|record[- ](?:breaking|high|monthly|level)|(?:surpass|beat|broke|break|eclips|exceed|top)\w*\s+(?:the\s+)?previous\s+(?:record|high|best)|highest (?:monthly )?(?:figure|level|amount|inflows?|exports?) (?:ever|in (?:the )?(?:country's )?history))\b/i;
const NOT_RECORD = /\b(?:highest in \w+ (?:months|years)|highest (?:\w+[- ])?month figure|record (?:growth|increase|rise|jump|surge)|record (?:annual|yearly)|pinnacle for the year|(?:\w+[- ])?months? high)\b/i;
const COMPARISON_BEFORE = /\b(?:from|compared (?:to|with)|against|versus|vs\.?|than|over)\s*(?:the\s+)?(?:\w+\s+){0,3}$/i;
const PREVIOUS_RECORD_BEFORE = /\b(?:previous|earlier|last|prior|old)\s+(?:monthly\s+)?(?:record|high|best|peak)\b[^.]{0,40}$/i;
const HEDGE_BEFORE = /\b(?:over|about|nearly|almost|around|approximately|roughly|some|more than|close to)\s*$/i;
const FOREIGN = /\b(?:India|Indian|Bangladesh\w*|Vietnam\w*|Sri Lanka\w*|China|Chinese|Philippines|Egypt\w*)\b/;
const PAKISTAN = /\bPakistan\w*\b|پاکستان/;

/** Reads the figures one sentence gives for one series. */
export function readSentence(sentence: string, ctx: SentenceContext): Figure[] {
  if (FOREIGN.test(sentence) && !PAKISTAN.test(sentence)) return [];
  const periods = findPeriods(sentence, {
    published: ctx.published,
    fiscalYearStartMonth: ctx.series.fiscalYearStartMonth,
    previousRange: ctx.previousRange,
  });
  const money = findMoney(sentence).filter((m) => m.currency === ctx.series.currency);
  const claim = RECORD.test(sentence) && !NOT_RECORD.test(sentence);
  const basis = changeBasis(sentence);
  const evidence = sentence.length > 500 ? `${sentence.slice(0, 497)}…` : sentence;

  const figures: Figure[] = [];
  for (const amount of money) {
    const period = nearestPeriod(amount, periods);
    if (!period) continue;
    const role = roleOf(sentence, amount, period);
    figures.push({
      series: ctx.series.id,
      period: period.period,
      value: amount.value,
      currency: amount.currency,
      changes: [],
      recordClaim: claim && role === 'reported-month',
      evidence,
      confidence: confidence(amount, period, sentence),
      role,
      notes: [...amount.notes],
    });
  }

  for (const percent of findPercents(sentence)) {
    const change = { pct: percent.pct, basis };
    const owner = [...figures].reverse().find((f) => f.role !== 'comparison' && f.role !== 'previous-record');
    if (owner) {
      owner.changes.push(change);
      continue;
    }
    const period = periods.find((p) => p.comparisonBase) ?? periods.find((p) => p.period.start === p.period.end);
    if (!period) continue;
    figures.push({
      series: ctx.series.id,
      period: period.period,
      value: null,
      currency: ctx.series.currency,
      changes: [change],
      recordClaim: false,
      evidence,
      confidence: period.inferred ? 0.7 : 0.8,
      role: 'reported-month',
      notes: [],
    });
  }
  return figures;
}

// "$303 million in December 2023" names its period after the amount; "During July and April, … $2.5bn" before it.
function nearestPeriod(amount: MoneyMention, periods: PeriodMention[]): PeriodMention | undefined {
  let best: PeriodMention | undefined;
  let bestDistance = Infinity;
  for (const p of periods) {
    if (p.comparisonBase) continue;
    const distance = p.index >= amount.end ? (p.index - amount.end) * 0.8 : amount.index - p.end;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

function roleOf(sentence: string, amount: MoneyMention, period: PeriodMention): FigureRole {
  if (period.period.start !== period.period.end) return period.wholeYear ? 'annual' : 'cumulative';
  const before = sentence.slice(Math.max(0, amount.index - 60), amount.index);
  if (PREVIOUS_RECORD_BEFORE.test(before)) return 'previous-record';
  if (COMPARISON_BEFORE.test(before)) return 'comparison';
  return 'reported-month';
}

function confidence(amount: MoneyMention, period: PeriodMention, sentence: string): number {
  let c = 0.9 - amount.penalty;
  if (period.inferred) c -= 0.1;
  if (HEDGE_BEFORE.test(sentence.slice(0, amount.index))) c -= 0.05;
  return Math.round(Math.max(0.05, c) * 100) / 100;
}
