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
 * The headline and the body usually state the same figure, sometimes rounded ("$2.6bn" and "$2.593 billion"):
 * report it once, at its most precise, with everything said about it.
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
  // rounding: within 2.5% and one of them written with fewer digits
  const close = Math.abs(a.value - b.value) <= 0.025 * Math.max(a.value, b.value);
  return close && precision(a) !== precision(b);
}
