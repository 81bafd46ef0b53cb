import {
  MONTH_NAME_PATTERN as MN, addMonths, fiscalYearOf, fiscalYearRange, fullYear, latestMonthOnOrBefore, monthNumber, ym,
} from './months.js';
import type { Period, YearMonth } from './types.js';

/** A time period named in a sentence. */
export interface PeriodMention {
  index: number;
  end: number;
  period: Period;
  /** True when the year was not written and came from the publication date. */
  inferred: boolean;
  /** "April of the previous year": the month a change is measured against, not the month reported. */
  comparisonBase: boolean;
  /** A whole fiscal or calendar year. */
  wholeYear: boolean;
}

/** What period resolution needs besides the sentence. */
export interface PeriodContext {
  published: string | null;
  fiscalYearStartMonth: number;
  /** The last multi-month period named earlier in the article, for "the same period last year". */
  previousRange: Period | null;
}

type Reader = (m: RegExpExecArray, ctx: PeriodContext) => Omit<PeriodMention, 'index' | 'end'> | null;

const single = (month: YearMonth, inferred = false): Omit<PeriodMention, 'index' | 'end'> => ({
  period: { start: month, end: month }, inferred, comparisonBase: false, wholeYear: false,
});
const range = (period: Period, wholeYear = false): Omit<PeriodMention, 'index' | 'end'> => ({
  period, inferred: false, comparisonBase: false, wholeYear,
});

/** "24", "2024", "2023-24" and "2023-2024" all name the fiscal year that ends in 2024. */
function fiscalEndYear(text: string): number {
  const parts = text.split('-');
  return fullYear(parts[parts.length - 1]!);
}

// Patterns in priority order: a span taken by an earlier pattern is not read again.
const READERS: ReadonlyArray<[RegExp, Reader]> = [
  // "July 2023 and April 2024", "July-April FY24", "July–March 2024-25", "between July and April"
  [
    new RegExp(String.raw`\b(${MN})\.?\s*(\d{4})?\s*(?:-|–|—|to|and|till|through|until)\s*(${MN})\.?\s*,?\s*(?:(?:of\s+)?FY\s?'?(\d{2,4}(?:-\d{2})?)|(\d{4}(?:-\d{2})?))?`, 'gi'),
    (m, ctx) => {
      const startMonth = monthNumber(m[1]!)!;
      const endMonth = monthNumber(m[3]!)!;
      const written = m[4] ?? m[5];
      let endYear: number | null = null;
      // "2023-24" after a month range is a fiscal year; "April 2024" is a plain year.
      if (written) endYear = m[4] || written.includes('-') ? fiscalEndYear(written) : Number(written);
      else if (m[2]) endYear = Number(m[2]) + (startMonth <= endMonth ? 0 : 1);
      if (endYear !== null) return rangeFromEnd(ym(endYear, endMonth), startMonth);
      return ctx.published ? rangeFromEnd(latestMonthOnOrBefore(endMonth, ctx.published), startMonth) : null;
    },
  ],
  // "1HFY24", "9MFY25", "first quarter of FY26", "Q1FY26", "FY24", "FY2023-24", "fiscal year 2023-24"
  [
    /\b(?:(1H|2H|H1|H2|first half of|second half of)|(\d{1,2})M|(Q[1-4]|first quarter of|second quarter of|third quarter of|fourth quarter of))?\s*(?:the\s+)?(?:FY\s?'?|fiscal year\s+)(\d{4}-\d{2,4}|\d{4}|\d{2})\b/gi,
    (m, ctx) => {
      const fy = fiscalYearRange(fiscalEndYear(m[4]!), ctx.fiscalYearStartMonth);
      const months = subPeriodMonths(m[1], m[2], m[3]);
      if (months === null) return range(fy, true);
      return range({ start: addMonths(fy.start, months.offset), end: addMonths(fy.start, months.offset + months.length - 1) });
    },
  ],
  // "December 2023", "Dec'23", "Dec. 24", "Sep-25" — a month and a year, not a day
  [
    new RegExp(String.raw`\b(${MN})\.?\s*(?:,\s*)?['’-]?\s*(\d{4}|\d{2})\b(?!\s*(?:%|per|pc|,\d))`, 'gi'),
    (m) => single(ym(fullYear(m[2]!), monthNumber(m[1]!)!)),
  ],
  // "April of the previous year", "April last year": the base of a year-on-year change
  [
    new RegExp(String.raw`\b(${MN})\s+(?:of\s+)?(?:the\s+)?(?:previous|last|preceding)\s+year\b`, 'gi'),
    (m, ctx) => {
      if (!ctx.published) return null;
      const current = latestMonthOnOrBefore(monthNumber(m[1]!)!, ctx.published);
      return { ...single(current, true), comparisonBase: true };
    },
  ],
  // "the same period last fiscal year": the previous range, a year back
  [
    /\bsame period (?:of |in )?(?:the )?(?:last|previous|preceding) (?:fiscal )?year\b/gi,
    (_m, ctx) => ctx.previousRange
      ? range({ start: addMonths(ctx.previousRange.start, -12), end: addMonths(ctx.previousRange.end, -12) })
      : null,
  ],
  // "last month", "the previous month": relative to publication
  [
    /\b(?:last|previous) month\b/gi,
    (_m, ctx) => (ctx.published ? single(addMonths(ctx.published.slice(0, 7), -1), true) : null),
  ],
  // "the first ten months of the current fiscal year"
  [
    /\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of (?:the )?(?:current|this) fiscal year\b/gi,
    (m, ctx) => {
      if (!ctx.published) return null;
      const count = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const fy = fiscalYearRange(fiscalYearOf(ctx.published.slice(0, 7), ctx.fiscalYearStartMonth), ctx.fiscalYearStartMonth);
      return range({ start: fy.start, end: addMonths(fy.start, count - 1) });
    },
  ],
  // "in March" with no year: the most recent March on or before publication
  [
    new RegExp(String.raw`\b(?:in|for|during|of)\s+(?:the\s+month\s+of\s+)?(${MN})\b`, 'gi'),
    (m, ctx) => (ctx.published ? single(latestMonthOnOrBefore(monthNumber(m[1]!)!, ctx.published), true) : null),
  ],
  // "calendar year 2023", "in 2023"
  [
    /\b(?:calendar year|CY|in|during)\s+(20\d{2})\b(?!-)/gi,
    (m) => range({ start: `${m[1]}-01`, end: `${m[1]}-12` }, true),
  ],
];

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
};

function rangeFromEnd(end: YearMonth, startMonth: number): Omit<PeriodMention, 'index' | 'end'> {
  const endMonth = Number(end.slice(5));
  const span = ((endMonth - startMonth + 12) % 12) + 1;
  return range({ start: addMonths(end, -(span - 1)), end });
}

function subPeriodMonths(half?: string, monthsText?: string, quarter?: string): { offset: number; length: number } | null {
  if (half) return /^(?:1H|H1|first)/i.test(half) ? { offset: 0, length: 6 } : { offset: 6, length: 6 };
  if (monthsText) return { offset: 0, length: Math.min(12, Number(monthsText)) };
  if (quarter) {
    const q = /1|first/i.test(quarter) ? 0 : /2|second/i.test(quarter) ? 1 : /3|third/i.test(quarter) ? 2 : 3;
    return { offset: q * 3, length: 3 };
  }
  return null;
}

/** Finds the periods a sentence names, resolving relative ones against the context. */
export function findPeriods(sentence: string, ctx: PeriodContext): PeriodMention[] {
  const taken: Array<[number, number]> = [];
  const out: PeriodMention[] = [];
  for (const [pattern, read] of READERS) {
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const mention = read(m as RegExpExecArray, ctx);
      if (!mention || !mention.period.start) continue;
      taken.push([start, end]);
      out.push({ ...mention, index: start, end });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
