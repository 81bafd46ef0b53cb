import type { RelativeKind } from '../lexicon/relative.js';
import type { Token } from '../text/tokens.js';

/** One piece of a period expression; pieces next to each other combine ("first nine months" + "of FY24"). */
export type PeriodAtom =
  | { kind: 'month'; month: number; year: number | null; yearBack: boolean; thisYear: boolean }
  | { kind: 'range'; from: number; fromYear: number | null; to: number; toYear: number | null }
  /** The fiscal year to date ending in this month: "by March 2025", "till March", "مارچ تک". */
  | { kind: 'todate'; month: number; year: number | null }
  /** "so far", "to date": the year named beside it is reported up to its latest month. */
  | { kind: 'sofar' }
  /** `the`: "the fiscal year" named bare, the one the story is in (or, reported whole, the last one over). */
  | { kind: 'fy'; endYear: number | null; relative: 'current' | 'last' | 'next' | 'ended' | 'the' | null }
  | { kind: 'cy'; year: number }
  | { kind: 'sub'; offset: number; length: number }
  | { kind: 'rel'; rel: RelativeKind };

/** A value at a token range [tStart, tEnd). */
export type Located<T> = T & { tStart: number; tEnd: number };

/** A period expression in a sentence: its atoms, resolved against the article when an amount binds to it. */
export interface PeriodMention {
  tStart: number;
  tEnd: number;
  index: number;
  end: number;
  atoms: PeriodAtom[];
}

// Words allowed between pieces of one period: "first nine months (July-March) of the current fiscal year".
// "fiscal year 2021-22's first four months": a possessive joins a year to its part.
const GLUE = new Set([
  'of',
  'the',
  '(',
  ')',
  ',',
  'in',
  'during',
  'for',
  'i',
  'e',
  '.',
  'ie',
  '-',
  'that',
  'is',
  'namely',
  "'",
  's',
  'یعنی',
  'کی',
  'کے',
  'کا',
  'میں',
  'دوران',
]);

/** Pieces separated only by glue words form one period, as long as no kind repeats (or a repeat restates). */
export function groupAtoms(atoms: ReadonlyArray<Located<PeriodAtom>>, tokens: readonly Token[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  let current: Array<Located<PeriodAtom>> = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    out.push({
      tStart: first.tStart,
      tEnd: last.tEnd,
      index: tokens[first.tStart]!.start,
      end: tokens[last.tEnd - 1]!.end,
      atoms: current.map(({ tStart: _s, tEnd: _e, ...atom }) => atom as PeriodAtom),
    });
    current = [];
  };
  for (const atom of atoms) {
    const previous = current[current.length - 1];
    if (previous && joinable(current, atom) && onlyGlue(tokens, previous.tEnd, atom.tStart)) {
      current.push(atom);
      continue;
    }
    flush();
    current = [atom];
  }
  flush();
  return out;
}

function slot(atom: PeriodAtom): string {
  if (atom.kind === 'fy' || atom.kind === 'cy') return 'frame';
  if (atom.kind === 'month' || atom.kind === 'range' || atom.kind === 'todate') return 'months';
  return atom.kind;
}

function joinable(group: ReadonlyArray<PeriodAtom>, atom: PeriodAtom): boolean {
  const slots = new Set(group.map(slot));
  // "first five months (5MFY26) of the current fiscal year": a piece may repeat what the group already says
  if (slots.has(slot(atom))) return group.some((g) => restates(g, atom));
  // A relative phrase joins only a frame ("same period of FY23") or a month without its year.
  if (atom.kind === 'rel' || slots.has('rel')) {
    const others = [...group, atom].filter((a) => a.kind !== 'rel');
    return others.every(
      (a) => a.kind === 'fy' || (a.kind === 'month' && a.year === null) || (a.kind === 'range' && a.toYear === null),
    );
  }
  const dated = (a: PeriodAtom): boolean => (a.kind === 'month' || a.kind === 'todate') && a.year !== null;
  // A month with its year does not take a frame; "December 2023, FY24" are two periods.
  if (dated(atom) && slots.has('frame')) return false;
  if ((atom.kind === 'fy' || atom.kind === 'cy') && group.some(dated)) return false;
  if ((atom.kind === 'month' || atom.kind === 'todate') && slots.has('sub')) return false;
  if (atom.kind === 'sub' && group.some((a) => a.kind === 'month' || a.kind === 'todate')) return false;
  return true;
}

function restates(a: PeriodAtom, b: PeriodAtom): boolean {
  if (a.kind === 'sub' && b.kind === 'sub') return a.offset === b.offset && a.length === b.length;
  if (a.kind === 'fy' && b.kind === 'fy') return a.endYear === null || b.endYear === null || a.endYear === b.endYear;
  if (a.kind === 'range' && b.kind === 'range') return a.from === b.from && a.to === b.to;
  return false;
}

function onlyGlue(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!GLUE.has(tokens[k]!.lower)) return false;
  return true;
}
