import type { LooseAmount } from '../attribute/context.js';
import type { Candidate } from '../attribute/types.js';

// Significant digits as written: "$2.593 billion" is more precise than "$2.6bn".
function precision(c: Candidate): number {
  const digits = [...(c.money?.raw ?? '')].filter((ch) => ch >= '0' && ch <= '9');
  let first = 0;
  let last = digits.length;
  while (first < last && digits[first] === '0') first++;
  while (last > first && digits[last - 1] === '0') last--;
  return last - first + (c.hedged ? -10 : 0);
}

/**
 * The headline and the body usually state the same figure, sometimes rounded ("$2.6bn" and "$2.593 billion",
 * "tops $350 million in June" and "$352 million in June 2025"): report it once, at its most precise, with
 * everything said about it. The exact figure is the month's value; the rounded one never adds a second.
 */
export function mergeDuplicates(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const same = out.find(
      (o) =>
        o.series.id === c.series.id &&
        o.period.start === c.period.start &&
        o.period.end === c.period.end &&
        o.currency === c.currency &&
        sameFigure(o, c),
    );
    if (!same) {
      out.push({ ...c, changes: [...c.changes], notes: [...c.notes] });
      continue;
    }
    if (same.value === null || (c.value !== null && precision(c) > precision(same))) {
      same.value = c.value;
      same.money = c.money;
      same.hedged = c.hedged;
      same.hedge = c.hedge;
      same.evidence = c.evidence;
    }
    same.recordClaim ||= c.recordClaim;
    same.confidence = Math.max(same.confidence, c.confidence);
    if (same.role !== 'reported-month' && c.role === 'reported-month') same.role = c.role;
    for (const change of c.changes) {
      const seen = same.changes.findIndex((s) => s.pct === change.pct);
      if (seen < 0) same.changes.push(change);
      else if (same.changes[seen]!.basis === 'unspecified') same.changes[seen] = change;
    }
    for (const n of c.notes) if (!same.notes.includes(n)) same.notes.push(n);
    // stated exactly somewhere: not approximate
    if (!same.hedged || !c.hedged) same.notes = same.notes.filter((n) => !n.includes('approximate'));
  }
  return out;
}

function sameFigure(a: Candidate, b: Candidate): boolean {
  if (a.value === null || b.value === null) return true;
  if (a.value === b.value) return true;
  return roundingOf(a, b.value) || roundingOf(b, a.value);
}

// The last digit an amount is written to, as a power of ten: "$350 million" → 10 million, "2 ارب 38 کروڑ" → 10 million.
function unitOf(value: number): number {
  let unit = 1;
  while (value % (unit * 10) === 0 && unit < 1e12) unit *= 10;
  return unit;
}

/**
 * "$350 million" beside "$352 million", "$2 billion" beside "2 ارب 12 کروڑ 30 لاکھ ڈالر", "more than $2.38 billion"
 * beside "$2.381 billion": the rough figure is the exact one rounded to its last written digit (a hedged one, cut
 * there), so the two are one fact. Two figures written to the same digit are two figures.
 */
function roundingOf(rough: Candidate, exact: number): boolean {
  if (rough.value === null) return false;
  const unit = unitOf(rough.value);
  if (unit <= unitOf(exact)) return false;
  const gap = exact - rough.value;
  if (rough.hedge === 'above') return gap >= 0 && gap < unit;
  if (rough.hedge === 'below') return gap <= 0 && -gap < unit;
  return Math.abs(gap) <= unit / 2;
}

/**
 * "Pakistan's ICT Export Remittances Top $3.2 Billion in FY 2024" over "… hit a historic peak of $3.223 billion":
 * a figure the article states rounded with its period and exactly without one is one fact, at its exact value.
 */
export function exactValues(candidates: readonly Candidate[], loose: readonly LooseAmount[]): void {
  for (const amount of loose) {
    for (const c of candidates) {
      if (c.series.id !== amount.series || c.comparison || !roundingOf(c, amount.money.value)) continue;
      c.notes.push(
        `'${c.money?.raw ?? c.value}' is '${amount.money.raw}' rounded, stated exactly without its period: "${amount.evidence}"`,
      );
      c.value = amount.money.value;
      c.money = amount.money;
      c.hedged = false;
      c.hedge = null;
      c.notes = c.notes.filter((n) => !n.includes('approximate'));
    }
  }
}
