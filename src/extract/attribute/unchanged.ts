import { CLAUSE_BREAKS } from '../lexicon/cues.js';
import { parseYm } from '../../calendar/months.js';
import { resolvePeriod } from '../read/resolve.js';
import type { GroupReading, SentenceInput } from './context.js';
import type { ArticleState, Candidate } from './types.js';

// "unchanged from", "the same as in", "identical to": the level stated is the compared period's level too. "Flat",
// "steady" and "roughly unchanged" say it was close, not equal, and give the other period no value.
const SAME_LEVEL = new Set(['unchanged', 'same', 'identical']);
const HEDGES = new Set([
  'roughly',
  'nearly',
  'almost',
  'broadly',
  'largely',
  'mostly',
  'virtually',
  'about',
  'practically',
  'essentially',
  'approximately',
  'little',
  'somewhat',
  'relatively',
  'more',
  'less',
  'much',
]);
const BASE_PREPOSITIONS = new Set(['from', 'with', 'to', 'as', 'against', 'since', 'compared', 'on', 'versus', 'vs']);
const FILLER = new Set([
  'the',
  'in',
  'that',
  'of',
  'at',
  'to',
  'with',
  'compared',
  'level',
  'levels',
  'figure',
  "'",
  's',
]);

/**
 * "$236 million in June 2023, unchanged from June 2022": a figure stated as no change from another period gives
 * that period the same value, as a comparison figure.
 */
export function sameLevelBases(
  input: SentenceInput,
  readings: readonly GroupReading[],
  state: ArticleState,
): Candidate[] {
  const { tokens, periods } = input.reading;
  const out: Candidate[] = [];
  readings.forEach((r, ri) => {
    const c = r.candidate;
    if (!c || c.comparison || c.asChange || c.value === null) return;
    const stop = readings[ri + 1]?.group.tStart ?? tokens.length;
    for (let k = r.group.tEnd; k < Math.min(stop, r.group.tEnd + 12); k++) {
      const w = tokens[k]!.lower;
      if (CLAUSE_BREAKS.has(w) || w === ';') return;
      if (!SAME_LEVEL.has(w) || HEDGES.has(tokens[k - 1]?.lower ?? '') || HEDGES.has(tokens[k - 2]?.lower ?? ''))
        continue;
      let j = k + 1;
      while (j < k + 4 && !BASE_PREPOSITIONS.has(tokens[j]?.lower ?? '')) j++;
      if (!BASE_PREPOSITIONS.has(tokens[j]?.lower ?? '')) continue;
      j++;
      while (j < stop && FILLER.has(tokens[j]!.lower) && !periods.some((p) => p.tStart === j)) j++;
      const mention = periods.find((p) => p.tStart === j);
      if (!mention) continue;
      const single = c.period.start === c.period.end;
      const base = resolvePeriod(mention, {
        published: state.published,
        fyStart: c.series.fiscalYearStartMonth,
        refMonth: single ? c.period.start : null,
        refRange: single ? null : c.period,
      });
      if (!base || (base.period.start === c.period.start && base.period.end === c.period.end)) return;
      if ((base.period.start === base.period.end) !== single) return;
      // "unchanged" is a change of zero, year on year or month on month by the period compared against
      const back = monthsBetween(base.period.start, c.period.start);
      const basis = back === 12 ? 'yoy' : back === 1 && single ? 'mom' : 'unspecified';
      if (!c.changes.some((x) => x.basis === basis)) c.changes.push({ pct: 0, basis });
      out.push({
        ...c,
        period: base.period,
        role: 'comparison',
        comparison: true,
        recordClaim: false,
        changes: [],
        notes: [
          ...c.notes,
          `the text gives ${base.period.start === base.period.end ? base.period.start : `${base.period.start}..${base.period.end}`} the same level ('${tokens[k]!.text}')`,
        ],
        confidence: c.confidence - 0.05,
      });
      return;
    }
  });
  return out;
}

function monthsBetween(from: string, to: string): number {
  const a = parseYm(from);
  const b = parseYm(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
