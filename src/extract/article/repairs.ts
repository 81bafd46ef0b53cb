import type { Candidate } from '../attribute/types.js';
import { parseYm } from '../../calendar/months.js';

// Level per month: a month's value, or a total spread over its months.
function monthlyLevel(c: Candidate): number {
  return (c.value ?? 0) / monthsIn(c);
}

function monthsIn(c: Candidate): number {
  const a = parseYm(c.period.start);
  const b = parseYm(c.period.end);
  return Math.max(1, (b.year - a.year) * 12 + (b.month - a.month) + 1);
}

/**
 * Monthly levels of each series' figures, sorted, so "the typical level of the other figures" costs a lookup:
 * the article-wide checks stay linear however many figures a page has.
 */
class Levels {
  private readonly bySeries = new Map<string, number[]>();

  constructor(candidates: readonly Candidate[], include: (c: Candidate) => boolean) {
    for (const c of candidates) {
      if (c.value === null || !include(c)) continue;
      const list = this.bySeries.get(c.series.id) ?? [];
      list.push(monthlyLevel(c));
      this.bySeries.set(c.series.id, list);
    }
    for (const list of this.bySeries.values()) list.sort((a, b) => a - b);
  }

  count(series: string): number {
    return this.bySeries.get(series)?.length ?? 0;
  }

  /** The median level of the series, leaving out one figure at `own` if it was counted. */
  median(series: string, own: number | null): number | null {
    const list = this.bySeries.get(series) ?? [];
    const skip = own === null ? -1 : indexOf(list, own);
    const n = list.length - (skip >= 0 ? 1 : 0);
    if (n <= 0) return null;
    const at = (i: number): number => list[skip >= 0 && i >= skip ? i + 1 : i]!;
    const mid = Math.floor(n / 2);
    return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  }
}

function indexOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else if (sorted[mid]! > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function describe(value: number): string {
  const [scale, word] = value >= 1e9 ? [1e9, 'billion'] : value >= 1e6 ? [1e6, 'million'] : [1e3, 'thousand'];
  return `${Number((value / scale).toFixed(3))} ${word}`;
}

const lower = (c: Candidate, by: number): void => {
  c.confidence = Math.round(Math.max(0.05, c.confidence - by) * 100) / 100;
};

/**
 * "export remittances increased by $298 million in June 2024" where $298m is June's level: a change that is as
 * large as the article's monthly levels is a level misworded; a small one ("up $49 million") is a change and
 * not a figure. With nothing to compare against, it is left out.
 */
export function settleChanges(candidates: Candidate[]): Candidate[] {
  const levels = new Levels(candidates, (c) => !c.asChange);
  return candidates.filter((c) => {
    if (!c.asChange || c.value === null) return true;
    const ref = levels.median(c.series.id, null);
    const ratio = ref ? monthlyLevel(c) / ref : 0;
    if (ratio < 0.6 || ratio > 1.7 || c.period.start !== c.period.end) return false;
    c.asChange = false;
    c.notes.push(
      `read '${c.money?.raw ?? c.value}' as the month's level although the text words it as an increase: it matches the article's other monthly figures`,
    );
    lower(c, 0.25);
    return true;
  });
}

/**
 * "$2.593 billion … compared to $2.135 million" and "1HFY24 stood at $1.46 million": a scale word a thousand
 * times off its twins. Repaired only when the article's other figures for the series agree on the level.
 */
export function repairScales(candidates: Candidate[]): void {
  const all = new Levels(candidates, () => true);
  const suspects = new Set<Candidate>();
  for (const c of candidates) {
    if (c.value === null || !c.money?.scaleWord) continue;
    const ref = all.median(c.series.id, monthlyLevel(c));
    if (ref === null) continue;
    const ratio = monthlyLevel(c) / ref;
    if (ratio < 1 / 200 || ratio > 200) suspects.add(c);
  }
  if (suspects.size === 0) return;
  // Twins that are each other's only reference: the one at a level no country's trade runs at is the typo.
  const implausible = new Set([...suspects].filter((c) => monthlyLevel(c) < 1e6 || monthlyLevel(c) > 1e11));
  const typos = implausible.size > 0 && implausible.size < suspects.size ? implausible : suspects;
  const trusted = new Levels(candidates, (c) => !typos.has(c));
  for (const c of typos) {
    const ref = trusted.median(c.series.id, null);
    if (ref === null || c.value === null || !c.money) continue;
    for (const factor of [1000, 1 / 1000]) {
      const fixed = (monthlyLevel(c) * factor) / ref;
      if (fixed < 1 / 3 || fixed > 3) continue;
      const value = Math.round(c.value * factor);
      c.notes.push(
        `read '${c.money.raw}' as ${describe(value)}: its scale word is a thousand times off the article's other figures for the series`,
      );
      c.value = value;
      lower(c, 0.25);
      break;
    }
  }
}

/**
 * A figure four times off the article's other figures for the same series is another measure read as this one
 * ("Overall, exports rose to $2.6bn" in an IT-exports story). Dropped when at least two others agree.
 */
export function dropOutliers(candidates: Candidate[]): Candidate[] {
  const levels = new Levels(candidates, () => true);
  return candidates.filter((c) => {
    if (c.value === null || levels.count(c.series.id) < 3) return true;
    const ref = levels.median(c.series.id, monthlyLevel(c));
    if (ref === null) return true;
    const ratio = monthlyLevel(c) / ref;
    return ratio >= 0.25 && ratio <= 4;
  });
}
