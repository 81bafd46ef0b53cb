import type { MoneyMention } from '../read/money.js';
import type { ResolvedPeriod } from '../read/resolve.js';
import { addMonths } from '../../calendar/months.js';
import type { Change } from '../types.js';
import type { GroupReading } from './context.js';
import type { Candidate } from './types.js';

/**
 * "IT exports rose 20% year-on-year to $1.057 billion in 1QFY26 from $877 million": an amount compared against that
 * names no period of its own is the base of the change the article states for its level, when the two amounts fit
 * that change ($1.057bn is 20.5% above $877m): a year before for a year-on-year change, the month before for a
 * month-on-month one. The change may be stated in an earlier sentence about the same level (`earlier`).
 */
export function impliedBase(
  r: GroupReading,
  value: number,
  candidates: readonly Candidate[],
  earlier: readonly Candidate[],
): { resolved: ResolvedPeriod; note: string } | null {
  if (!r.series || value <= 0) return null;
  const at = r.group.tStart;
  const levels = candidates
    .filter((c) => c.series === r.series && !c.comparison && !c.asChange && c.value !== null && c.money)
    .sort((a, b) => Math.abs(a.money!.tStart - at) - Math.abs(b.money!.tStart - at));
  const level = levels[0];
  if (!level || level.value === null) return null;
  const changes: Change[] = [
    ...level.changes,
    ...earlier
      .filter(
        (c) =>
          c.series === level.series &&
          c.value === level.value &&
          c.period.start === level.period.start &&
          c.period.end === level.period.end,
      )
      .flatMap((c) => c.changes),
  ];
  const implied = (level.value / value - 1) * 100;
  const single = level.period.start === level.period.end;
  for (const change of changes) {
    if (change.basis === 'unspecified' || (change.basis === 'mom' && !single)) continue;
    if (Math.abs(implied - change.pct) > precisionOf(change.pct)) continue;
    const back = change.basis === 'yoy' ? -12 : -1;
    return {
      resolved: {
        period: { start: addMonths(level.period.start, back), end: addMonths(level.period.end, back) },
        whole: level.role === 'annual',
        inferred: level.inferred ?? false,
        base: true,
        relative: null,
      },
      note: `no period is written for it: it is the base of the ${change.pct}% ${change.basis === 'yoy' ? 'year-on-year' : 'month-on-month'} change stated for ${level.value}`,
    };
  }
  return null;
}

// A change written "20 percent" is 20 rounded or cut to a whole number: 20.5% fits it; "4.45 percent" fits 4.44–4.46.
function precisionOf(pct: number): number {
  const decimals = String(Math.abs(pct)).split('.')[1]?.length ?? 0;
  return 10 ** -decimals;
}

/**
 * "Exports rose 2.15% to $190 million in January 2023, while in January 2023 they were $186 million": a month has one
 * value, so a second amount printed with its level's own period, that fits the change stated for the level, is the
 * base of that change with its year mistyped. A month-on-month base would bear another month's name, so it is the
 * same period a year before; noted, and a little less sure.
 */
export function mistypedBases(candidates: readonly Candidate[]): void {
  for (const level of candidates) {
    if (level.comparison || level.asChange || level.value === null || level.changes.length === 0) continue;
    for (const base of candidates) {
      if (base === level || base.series !== level.series || base.asChange || base.changes.length > 0) continue;
      if (base.value === null || base.value <= 0 || base.value === level.value) continue;
      if (base.period.start !== level.period.start || base.period.end !== level.period.end) continue;
      if (!fitsYearOnYear(level, base.value)) continue;
      const printed = base.period;
      base.period = { start: addMonths(printed.start, -12), end: addMonths(printed.end, -12) };
      base.comparison = true;
      if (base.role === 'reported-month') base.role = 'comparison';
      base.confidence -= 0.1;
      base.notes.push(
        `printed with the month of ${level.value} (${printed.start}), whose change it is the base of: read as a year before`,
      );
    }
  }
}

/**
 * "Exports rose 2.35% to $1.523 billion in the first seven months of the fiscal year. In the last fiscal year this
 * volume was $1.488 billion": a whole year is never within a few percent of part of the next one, so the previous
 * fiscal year's figure that fits the change stated for a to-date total is that total's base, the same months a year
 * before. The total may be stated in an earlier sentence (`earlier`).
 */
export function sameMonthsBases(candidates: readonly Candidate[], earlier: readonly Candidate[]): void {
  for (const base of candidates) {
    if (base.role !== 'annual' || base.comparison || base.value === null || base.value <= 0) continue;
    if (base.changes.length > 0) continue;
    const value = base.value;
    const level = [...candidates, ...earlier].find(
      (l) =>
        l !== base &&
        l.series.id === base.series.id &&
        l.role === 'cumulative' &&
        !l.comparison &&
        l.period.start === addMonths(base.period.start, 12) &&
        l.period.end < addMonths(base.period.end, 12) &&
        fitsYearOnYear(l, value),
    );
    if (!level) continue;
    base.period = { start: addMonths(level.period.start, -12), end: addMonths(level.period.end, -12) };
    base.role = 'cumulative';
    base.comparison = true;
    base.confidence -= 0.1;
    base.notes.push(
      `given for the whole previous fiscal year, but it is the base of the change stated for ${level.value}: read as the same months a year before`,
    );
  }
}

/** True when the level is `base` grown (or fallen) by one of the level's stated changes that is not month-on-month. */
export function fitsYearOnYear(level: Candidate, base: number): boolean {
  if (level.value === null || base <= 0) return false;
  const implied = (level.value / base - 1) * 100;
  return level.changes.some((c) => c.basis !== 'mom' && Math.abs(implied - c.pct) <= precisionOf(c.pct));
}

// The scales a figure of a country's trade is written in; a base printed without one took its level's, or a near one.
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e6, 'millions'],
  [1e9, 'billions'],
  [1e3, 'thousands'],
];

/**
 * "grew 23.42% to US $1.003 billion …, against US $812.648 in the same months of FY 2018-19": a base printed without
 * its scale word is read at the scale that makes it fit the change stated for a level of the same sentence; with no
 * such scale it stays unread, as a few dollars are no country's trade.
 */
export function scaledBase(money: MoneyMention, series: string, candidates: readonly Candidate[]): MoneyMention | null {
  if (money.scaleWord !== null || money.mantissa <= 0) return null;
  const levels = candidates.filter((c) => c.series.id === series && !c.comparison && !c.asChange);
  for (const [scale, word] of SCALES) {
    const value = Math.round(money.mantissa * scale);
    const level = levels.find((l) => fitsYearOnYear(l, value));
    if (!level) continue;
    return {
      ...money,
      value,
      scale,
      notes: [
        ...money.notes,
        `'${money.raw}' has no scale word: read in ${word}, where it is the base of the change stated for ${level.value}`,
      ],
      penalty: money.penalty + 0.1,
    };
  }
  return null;
}
