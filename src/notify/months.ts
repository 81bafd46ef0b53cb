// Month arithmetic for messages; kept here so notify does not depend on extract's internals.

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-04" → { year: 2024, month: 4 }. */
export function splitMonth(value: string): { year: number; month: number } {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)) };
}

/** { 2024, 4 } → "2024-04". */
export function joinMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Shifts a month by `delta` months (negative goes back). */
export function shiftMonth(value: string, delta: number): string {
  const { year, month } = splitMonth(value);
  const index = year * 12 + (month - 1) + delta;
  return joinMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** "2024-04" → "April 2024". */
export function monthLabel(value: string): string {
  const { year, month } = splitMonth(value);
  return `${NAMES[month - 1] ?? value} ${year}`;
}

/** "2024-04" → "Apr 2024"; `short` gives "Apr '24" for chart axes. */
export function monthAbbrev(value: string, short = false): string {
  const { year, month } = splitMonth(value);
  const name = (NAMES[month - 1] ?? '???').slice(0, 3);
  return short ? `${name} '${String(year).slice(2)}` : `${name} ${year}`;
}

/** The months from `start` to `end`, both included. */
export function monthRange(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = start; m <= end; m = shiftMonth(m, 1)) out.push(m);
  return out;
}
