import type { Candidate } from '../attribute/types.js';
import { addMonths } from '../months.js';

// Level per month: a month's value, or a total spread over its months.
function monthlyLevel(c: Candidate): number {
  return (c.value ?? 0) / monthsIn(c);
}

function monthsIn(c: Candidate): number {
  let n = 1;
  for (let m = c.period.start; m < c.period.end && n < 400; m = addMonths(m, 1)) n++;
  return n;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The typical monthly level of a series in the article, from its figures other than `except`. */
function referenceLevel(all: readonly Candidate[], c: Candidate, except: ReadonlySet<Candidate>): number | null {
  return median(all.filter((o) => o !== c && !except.has(o) && o.series.id === c.series.id && o.value !== null && !o.asChange).map(monthlyLevel));
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
  const changes = new Set(candidates.filter((c) => c.asChange && c.value !== null));
  return candidates.filter((c) => {
    if (!changes.has(c)) return true;
    const ref = referenceLevel(candidates, c, changes);
    const ratio = ref ? monthlyLevel(c) / ref : 0;
    if (ratio < 0.6 || ratio > 1.7 || c.period.start !== c.period.end) return false;
    c.asChange = false;
    c.notes.push(`read '${c.money?.raw ?? c.value}' as the month's level although the text words it as an increase: it matches the article's other monthly figures`);
    lower(c, 0.25);
    return true;
  });
}

/**
 * "$2.593 billion … compared to $2.135 million" and "1HFY24 stood at $1.46 million": a scale word a thousand
 * times off its twins. Repaired only when the article's other figures for the series agree on the level.
 */
export function repairScales(candidates: Candidate[]): void {
  const suspects = new Set<Candidate>();
  for (const c of candidates) {
    if (c.value === null || !c.money?.scaleWord) continue;
    const ref = referenceLevel(candidates, c, new Set());
    if (ref === null) continue;
    const ratio = monthlyLevel(c) / ref;
    if (ratio < 1 / 200 || ratio > 200) suspects.add(c);
  }
  // Twins that are each other's only reference: the one at a level no country's trade runs at is the typo.
  const plausible = new Set([...suspects].filter((c) => monthlyLevel(c) < 1e6 || monthlyLevel(c) > 1e11));
  const trusted = plausible.size > 0 && plausible.size < suspects.size ? plausible : suspects;
  for (const c of suspects) {
    if (trusted !== suspects && !trusted.has(c)) continue;
    const ref = referenceLevel(candidates, c, trusted);
    if (ref === null || c.value === null || !c.money) continue;
    for (const factor of [1000, 1 / 1000]) {
      const fixed = (monthlyLevel(c) * factor) / ref;
      if (fixed < 1 / 3 || fixed > 3) continue;
      const value = Math.round(c.value * factor);
      c.notes.push(`read '${c.money.raw}' as ${describe(value)}: its scale word is a thousand times off the article's other figures for the series`);
      c.value = value;
      lower(c, 0.25);
      break;
    }
  }
}

/**
 * A figure four times off the article's other figures for the same series is another measure read as this one
 * ("Overall, exports rose to $2.6bn" in an IT-exports story). Dropped when the others agree among themselves.
 */
export function dropOutliers(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.value === null) return true;
    const others = candidates.filter((o) => o !== c && o.series.id === c.series.id && o.value !== null);
    if (others.length < 2) return true;
    const ref = referenceLevel(candidates, c, new Set());
    if (ref === null) return true;
    const ratio = monthlyLevel(c) / ref;
    return ratio >= 0.25 && ratio <= 4;
  });
}
