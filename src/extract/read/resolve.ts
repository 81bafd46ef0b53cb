import type { RelativeKind } from '../lexicon/relative.js';
import { addMonths, fiscalYearOf, fiscalYearRange, latestMonthOnOrBefore, parseYm, ym } from '../../calendar/months.js';
import type { Period, YearMonth } from '../types.js';
import type { PeriodAtom, PeriodMention } from './periods.js';

/** What turning a period expression into months needs besides the expression. */
export interface ResolveContext {
  /** Publication date, YYYY-MM-DD, if known. */
  published: string | null;
  /** Month (1–12) the series' country starts its fiscal year in. */
  fyStart: number;
  /** The month the sentence or article reports, for "the same month last year" and "the previous month". */
  refMonth: YearMonth | null;
  /** The multi-month period the sentence or article reports, for "the same period last year". */
  refRange: Period | null;
}

/** A period expression turned into months. */
export interface ResolvedPeriod {
  period: Period;
  /** A whole fiscal or calendar year. */
  whole: boolean;
  /** Some of it came from context, not from the words: a year not written, or a relative phrase. */
  inferred: boolean;
  /** "April of the previous year": the month a change is measured against. */
  base: boolean;
  relative: RelativeKind | null;
}

const single = (month: YearMonth): Period => ({ start: month, end: month });
const shift = (p: Period, months: number): Period => ({
  start: addMonths(p.start, months),
  end: addMonths(p.end, months),
});

/** True when the expression is relative to the month or period the sentence reports. */
export function isRelative(mention: PeriodMention): boolean {
  return mention.atoms.some((a) => a.kind === 'rel' && a.rel !== 'last-month');
}

/** Turns a period expression into months, or null when the context cannot pin it down. */
export function resolvePeriod(mention: PeriodMention, ctx: ResolveContext): ResolvedPeriod | null {
  const atoms = mention.atoms;
  const rel = find(atoms, 'rel');
  // a written year wins over "the current fiscal year" said alongside it
  const fy =
    atoms.find((a): a is Extract<PeriodAtom, { kind: 'fy' }> => a.kind === 'fy' && a.endYear !== null) ??
    find(atoms, 'fy');
  const cy = find(atoms, 'cy');
  const month = find(atoms, 'month');
  const range = find(atoms, 'range');
  const toDate = find(atoms, 'todate');
  const sub = find(atoms, 'sub');
  const soFar = find(atoms, 'sofar') !== undefined;
  const out = (period: Period | null, extra: Partial<ResolvedPeriod> = {}): ResolvedPeriod | null =>
    period ? { period, whole: false, inferred: false, base: false, relative: rel?.rel ?? null, ...extra } : null;

  if (rel) return resolveRelative(rel.rel, { fy, month, range }, ctx);
  const frame = fy ? fiscalFrame(fy, ctx) : cy ? { start: ym(cy.year, 1), end: ym(cy.year, 12) } : null;

  if (month) {
    if (month.year !== null) return out(single(ym(month.year, month.month)));
    if (frame) return out(single(monthInFrame(month.month, frame)), { inferred: fy?.endYear === null });
    const anchor = anchorMonth(ctx);
    if (!anchor) return null;
    const current = latestOnOrBefore(month.month, anchor);
    if (month.yearBack) return out(single(addMonths(current, -12)), { inferred: true, base: true });
    if (month.thisYear) return out(single(ym(parseYm(anchor).year, month.month)), { inferred: true });
    return out(single(current), { inferred: true });
  }
  if (toDate) {
    // "by March 2025": from the start of the fiscal year that March is in, to March
    let end: YearMonth | null = null;
    if (toDate.year !== null) end = ym(toDate.year, toDate.month);
    else if (frame) end = monthInFrame(toDate.month, frame);
    else {
      const anchor = anchorMonth(ctx);
      if (anchor) end = latestOnOrBefore(toDate.month, anchor);
    }
    if (!end) return null;
    const year = fiscalYearRange(fiscalYearOf(end, ctx.fyStart), ctx.fyStart);
    return out({ start: year.start, end }, { whole: end === year.end, inferred: toDate.year === null && !frame });
  }
  // "the first half of FY26 (July–November)": a gloss that disagrees with the named part is the typo
  if (range && !(sub && rangeLength(range) !== sub.length)) {
    let end: YearMonth | null = null;
    if (range.toYear !== null) end = ym(range.toYear, range.to);
    else if (frame) end = monthInFrame(range.to, frame);
    else {
      const anchor = anchorMonth(ctx);
      if (anchor) end = latestOnOrBefore(range.to, anchor);
    }
    if (!end) return null;
    // "March 2024 to March 2025" spans thirteen months, no period anyone reports a total for
    const length = rangeLength(range);
    if (length < 1 || length > 12) return null;
    const period = { start: addMonths(end, -(length - 1)), end };
    return out(period, {
      whole: length === 12 && isYearFrame(period, ctx.fyStart),
      inferred: range.toYear === null && !frame,
    });
  }
  if (sub) {
    const base = frame ?? currentFiscalYear(ctx);
    if (!base) return null;
    return out(
      { start: addMonths(base.start, sub.offset), end: addMonths(base.start, sub.offset + sub.length - 1) },
      {
        whole: sub.offset === 0 && sub.length === 12,
        inferred: !frame,
      },
    );
  }
  if (frame) {
    // "so far this fiscal year", "IT exports in FY26 reached …" before FY26 is over: a year not over by publication
    // can only be reported to date, up to the month the article reports or the last month before publication
    const latest = soFar || fy?.relative === 'current' ? toDateEnd(frame, ctx) : null;
    if (latest) return out({ start: frame.start, end: latest }, { inferred: true });
    // "$2.123 billion in the fiscal year" while the running one is not over: the last one that is
    if (fy?.relative === 'the' && ctx.published && frame.end >= ctx.published.slice(0, 7))
      return out(shift(frame, -12), { whole: true, inferred: true });
    return out(frame, { whole: true, inferred: fy?.endYear === null });
  }
  return null;
}

// The last month of a fiscal or calendar year that has been reported when the year is not over, else null.
function toDateEnd(frame: Period, ctx: ResolveContext): YearMonth | null {
  const inFrame = (m: YearMonth | null): m is YearMonth => m !== null && m >= frame.start && m <= frame.end;
  if (!ctx.published) return inFrame(ctx.refMonth) && ctx.refMonth < frame.end ? ctx.refMonth : null;
  const pubMonth = ctx.published.slice(0, 7);
  if (frame.end < pubMonth) return null;
  const last = addMonths(pubMonth, -1);
  if (inFrame(ctx.refMonth) && ctx.refMonth <= last) return ctx.refMonth;
  return inFrame(last) ? last : null;
}

function resolveRelative(
  rel: RelativeKind,
  parts: {
    fy?: Extract<PeriodAtom, { kind: 'fy' }>;
    month?: Extract<PeriodAtom, { kind: 'month' }>;
    range?: Extract<PeriodAtom, { kind: 'range' }>;
  },
  ctx: ResolveContext,
): ResolvedPeriod | null {
  const make = (period: Period | null): ResolvedPeriod | null =>
    period ? { period, whole: false, inferred: true, base: false, relative: rel } : null;
  const pubMonth = ctx.published ? ctx.published.slice(0, 7) : null;
  switch (rel) {
    case 'last-month': {
      if (pubMonth) return make(single(addMonths(pubMonth, -1)));
      return make(ctx.refMonth ? single(ctx.refMonth) : null);
    }
    case 'previous-month':
      return make(ctx.refMonth ? single(addMonths(ctx.refMonth, -1)) : null);
    case 'review-month':
      // "in the month of March" names its month
      if (parts.month) {
        const anchor = anchorMonth(ctx);
        return make(anchor ? single(latestOnOrBefore(parts.month.month, anchor)) : null);
      }
      return make(ctx.refMonth ? single(ctx.refMonth) : null);
    case 'review-period':
      return make(ctx.refRange ?? (ctx.refMonth ? single(ctx.refMonth) : null));
    case 'same-month-last-year':
      if (parts.month) {
        const anchor = anchorMonth(ctx);
        return make(anchor ? single(addMonths(latestOnOrBefore(parts.month.month, anchor), -12)) : null);
      }
      return make(ctx.refMonth ? single(addMonths(ctx.refMonth, -12)) : ctx.refRange ? shift(ctx.refRange, -12) : null);
    case 'same-period-last-year': {
      const ref = ctx.refRange ?? (ctx.refMonth ? single(ctx.refMonth) : null);
      if (!ref) return null;
      // "the same period of FY23": the reported months, moved into that fiscal year
      if (parts.fy?.endYear) {
        const refFy = fiscalYearOf(ref.end, ctx.fyStart);
        return make(shift(ref, (parts.fy.endYear - refFy) * 12));
      }
      return make(shift(ref, -12));
    }
    case 'year-earlier': {
      if (parts.month) {
        const anchor = anchorMonth(ctx);
        return make(anchor ? single(addMonths(latestOnOrBefore(parts.month.month, anchor), -12)) : null);
      }
      if (parts.range && ctx.published) {
        const end = addMonths(latestOnOrBefore(parts.range.to, anchorMonth(ctx)!), -12);
        const length = ((parts.range.to - parts.range.from + 12) % 12) + 1;
        return make({ start: addMonths(end, -(length - 1)), end });
      }
      const ref = ctx.refMonth ? single(ctx.refMonth) : ctx.refRange;
      return make(ref ? shift(ref, -12) : null);
    }
  }
}

function rangeLength(range: Extract<PeriodAtom, { kind: 'range' }>): number {
  return range.fromYear !== null && range.toYear !== null
    ? (range.toYear - range.fromYear) * 12 + range.to - range.from + 1
    : ((range.to - range.from + 12) % 12) + 1;
}

function find<K extends PeriodAtom['kind']>(
  atoms: readonly PeriodAtom[],
  kind: K,
): Extract<PeriodAtom, { kind: K }> | undefined {
  return atoms.find((a) => a.kind === kind) as Extract<PeriodAtom, { kind: K }> | undefined;
}

// The month relative readings count back from: the reported month if known, else the month before publication.
function anchorMonth(ctx: ResolveContext): YearMonth | null {
  if (ctx.published) return ctx.published.slice(0, 7);
  return ctx.refMonth ?? ctx.refRange?.end ?? null;
}

function latestOnOrBefore(month: number, anchor: YearMonth): YearMonth {
  return latestMonthOnOrBefore(month, `${anchor}-01`);
}

function fiscalFrame(fy: Extract<PeriodAtom, { kind: 'fy' }>, ctx: ResolveContext): Period | null {
  if (fy.endYear !== null) return fiscalYearRange(fy.endYear, ctx.fyStart);
  const current = currentFiscalYear(ctx);
  if (!current) return null;
  // "the fiscal year that ended in June": the last one over by publication
  if (fy.relative === 'ended')
    return current.end < (ctx.published?.slice(0, 7) ?? '9999') ? current : shift(current, -12);
  if (fy.relative === 'last' || fy.relative === 'next') {
    // "$16.51 billion in the previous fiscal year" beside FY24's total is FY23: counted from the year reported;
    // with none, from the year the date falls in ("last fiscal year" in a July story is the one that just ended)
    const reported = ctx.refRange ? fiscalYearRange(fiscalYearOf(ctx.refRange.end, ctx.fyStart), ctx.fyStart) : null;
    const running = ctx.published
      ? fiscalYearRange(fiscalYearOf(ctx.published.slice(0, 7), ctx.fyStart), ctx.fyStart)
      : current;
    return shift(reported ?? running, fy.relative === 'last' ? -12 : 12);
  }
  return current;
}

// "The current fiscal year" is the one the publication date falls in; without a date, the reported month's.
function currentFiscalYear(ctx: ResolveContext): Period | null {
  const month = ctx.published ? addMonths(ctx.published.slice(0, 7), -1) : (ctx.refMonth ?? ctx.refRange?.end ?? null);
  if (!month) return null;
  return fiscalYearRange(fiscalYearOf(month, ctx.fyStart), ctx.fyStart);
}

function monthInFrame(month: number, frame: Period): YearMonth {
  const start = parseYm(frame.start);
  return ym(month >= start.month ? start.year : start.year + 1, month);
}

function isYearFrame(period: Period, fyStart: number): boolean {
  const m = parseYm(period.start).month;
  return m === fyStart || m === 1;
}
