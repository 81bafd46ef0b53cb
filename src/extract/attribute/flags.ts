import {
  AVERAGE_WORDS,
  CHANGE_AFTER,
  CHANGE_BEFORE,
  CHANGE_NOUNS,
  CLAUSE_BREAKS,
  COMPARISON_WORDS,
  HEDGE_BEFORE,
  PROJECTION_PAIRS,
  PROJECTION_WORDS,
  SURPASS_VERBS,
  THRESHOLD_AFTER,
  URDU_CHANGE_STEMS,
} from '../lexicon/cues.js';
import type { SentenceReading } from '../read/sentence.js';
import type { AmountGroup } from './binding.js';

/** What the words around an amount say it is. */
export interface AmountFlags {
  /** "up $49 million", "an increase of $49m", "$700m more than". */
  change: boolean;
  /** "nearly $3 billion", "over $300 million". */
  hedged: boolean;
  /** Which side of the amount the hedged value lies on: "over $1.1bn" above it, "nearly $3bn" below, "about" either. */
  hedge: HedgeSide | null;
  /** A target, forecast or hypothesis: "aims to raise exports to $10 billion". */
  projection: boolean;
  /** "the $300 million mark", "a $5bn target". */
  threshold: boolean;
  /** "a monthly average of $415 million". */
  average: boolean;
  /** The other side of a comparison: "from $257m", "compared to $225m", "(May-23: USD 236mn)". */
  comparison: boolean;
  /** The record that was beaten: "surpassing the previous high of $303m". */
  previousRecord: boolean;
}

const LEVEL_VERBS = new Set([
  'rose',
  'increased',
  'grew',
  'jumped',
  'fell',
  'declined',
  'dropped',
  'surged',
  'climbed',
  'gained',
  'added',
  'edged',
  'slipped',
  'decreased',
  'soared',
  'plunged',
  'swelled',
  'expanded',
  'contracted',
]);
/** Words before an amount that make it a bound the level passed ("stayed above $2 billion"). */
const BOUND_WORDS = new Set(['above', 'below', 'beyond']);
const RATE_BEFORE_UNIT = new Set(['per', 'a', 'each', 'every']);
const RATE_UNITS = new Set(['day', 'week', 'month', 'hour']);
const RELATIVE_AFTER_UNIT = new Set(['earlier', 'ago', 'before', 'back', 'prior', 'later']);
const MULTIWORD_HEDGES = [
  'more than',
  'less than',
  'close to',
  'just over',
  'just under',
  'upwards of',
  'in excess of',
  'up to',
  'as much as',
  'لگ بھگ',
];

/** Which side of a hedged amount the value lies on. */
export type HedgeSide = 'above' | 'below' | 'about';

const HEDGE_ABOVE = new Set([
  'over',
  'above',
  'crossed',
  'crossing',
  'more than',
  'just over',
  'upwards of',
  'in excess of',
]);
const HEDGE_BELOW = new Set([
  'nearly',
  'almost',
  'under',
  'below',
  'less than',
  'close to',
  'just under',
  'up to',
  'as much as',
  'touched',
  'touching',
]);

/** Reads the words around an amount. `previousEnd` is where the amount before it (if any) ends. */
const URDU_ABOVE_AFTER = new Set(['زائد', 'زیادہ', 'تجاوز', 'اوپر', 'آگے']);

export function flagsFor(
  reading: SentenceReading,
  group: AmountGroup,
  previousEnd: number,
  aside: Int32Array,
): AmountFlags {
  const { tokens } = reading;
  const at = (k: number): string => tokens[k]?.lower ?? '';
  const before1 = at(group.tStart - 1);
  const before2 = at(group.tStart - 2);
  const after1 = at(group.tEnd);
  const after2 = at(group.tEnd + 1);
  const pair = `${before2} ${before1}`;

  // "a growth of 44 percent over $4.1 billion" compares; "over $300 million" hedges
  const overCompares =
    before1 === 'over' &&
    (reading.percents.some((p) => p.tEnd === group.tStart - 1) || CHANGE_NOUNS.has(before2) || before2 === 'up');
  // Urdu hedges after the amount: "… ڈالر سے زائد / زیادہ / تجاوز / اوپر" (more than, exceeded), "… سے کم" (less than)
  const urduAbove = after1 === 'سے' && URDU_ABOVE_AFTER.has(after2);
  const urduBelow = after1 === 'سے' && after2 === 'کم';
  const hedged =
    (HEDGE_BEFORE.has(before1) && !overCompares) ||
    MULTIWORD_HEDGES.some((h) => pair.endsWith(h)) ||
    urduAbove ||
    urduBelow;
  const hedgeWord = MULTIWORD_HEDGES.find((h) => pair.endsWith(h)) ?? before1;
  const hedge: HedgeSide | null = !hedged
    ? null
    : urduAbove || HEDGE_ABOVE.has(hedgeWord)
      ? 'above'
      : urduBelow || HEDGE_BELOW.has(hedgeWord)
        ? 'below'
        : 'about';
  // "up $49 million", "increased by $49m", "an increase of $49m", "rose $49m to $306m"
  const nextIsLevel = after1 === 'to' && reading.money.some((m) => m.tStart === group.tEnd + 1);
  const change =
    (CHANGE_BEFORE.has(before1) && !(before1 === 'up' && after1 === 'to')) ||
    (before1 === 'of' && CHANGE_NOUNS.has(before2)) ||
    (LEVEL_VERBS.has(before1) && nextIsLevel) ||
    (CHANGE_AFTER.has(after1) && !(after1 === 'سے')) ||
    // "$58 million above the previous month's $201 million": the amount is the gap between two levels
    (BOUND_WORDS.has(after1) && after2 !== '' && after2 !== ',') ||
    // "تین ارب ڈالر تک کمی" (a fall of up to three billion): the amount bounds the change
    (after1 === 'تک' && CHANGE_AFTER.has(after2)) ||
    (URDU_CHANGE_STEMS.has(after1) && ['گیا', 'گئی', 'گئیں', 'گئے'].includes(after2)) ||
    (after1 === 'کا' && (after2 === 'اضافہ' || after2 === 'اضافے')) ||
    (after1 === 'کی' && after2 === 'کمی');

  // "stayed above $2 billion" is a threshold the level passed; "6 per cent above the $2.84 billion of May" and
  // "above the $2 billion it earned" compare with a stated figure: a percent before, or a definite "the".
  const percentBefore = reading.percents.some((p) => p.tEnd === group.tStart - 1);
  const passedMark = BOUND_WORDS.has(before1) && !percentBefore;
  const boundComparison =
    (BOUND_WORDS.has(before1) && percentBefore) || (before1 === 'the' && BOUND_WORDS.has(before2));
  // "the $5 billion IT exports target": the amount qualifies a target named after the measure
  const namedAfter = reading.topics.find((t) => t.tStart === group.tEnd);
  const threshold =
    passedMark ||
    THRESHOLD_AFTER.has(after1) ||
    (after1 === "'" && THRESHOLD_AFTER.has(at(group.tEnd + 2))) ||
    (after1 === 'کی' && THRESHOLD_AFTER.has(after2)) ||
    (namedAfter !== undefined && THRESHOLD_AFTER.has(at(namedAfter.tEnd)));
  // "$15.4 million per working day", "$295 million a month on average": a rate, which is no month's value
  // ("$249 million a month earlier" is last month's level)
  const unitAt = after2 === 'working' || after2 === 'business' || after2 === '-' ? group.tEnd + 2 : group.tEnd + 1;
  const rate =
    (RATE_BEFORE_UNIT.has(after1) && RATE_UNITS.has(at(unitAt)) && !RELATIVE_AFTER_UNIT.has(at(unitAt + 1))) ||
    rateBefore(reading, group.tStart, previousEnd); // "proceeds per working day were $15 million"
  const average =
    AVERAGE_WORDS.has(before1) ||
    AVERAGE_WORDS.has(before2) ||
    (before1 === 'of' && AVERAGE_WORDS.has(before2)) ||
    (before1 === 'of' && AVERAGE_WORDS.has(at(group.tStart - 3))) ||
    rate ||
    (after1 === 'monthly' && after2 === 'average') ||
    (before1 === 'of' && before2 === 'rate' && at(group.tStart - 3) === 'run') || // "a run rate of $218 million"
    // "2.4 ارب ڈالر ماہانہ اوسط", "… کی ماہانہ اوسط": Urdu names the average after the amount
    AVERAGE_WORDS.has(after1) ||
    (AVERAGE_WORDS.has(after2) && ['ماہانہ', 'کی', 'کا', 'کے'].includes(after1));

  let comparison = boundComparison;
  // "from the all-time high of $303 million": the comparison word stands before the record phrase
  const claimBefore = reading.claims.find((c) => c.tEnd <= group.tStart && group.tStart - c.tEnd <= 2);
  const lookFrom = claimBefore ? claimBefore.tStart : group.tStart;
  // "lower than August's $298 million": possessives and month names do not count towards the distance
  for (let k = lookFrom - 1, seen = 0; k >= previousEnd && seen < 3; k--) {
    if (COMPARISON_WORDS.has(at(k))) comparison = true;
    if (!["'", 's', 'the', '-'].includes(at(k)) && !reading.periods.some((p) => p.tStart <= k && k < p.tEnd)) seen++;
  }
  for (let k = group.tStart - 1; k >= Math.max(previousEnd, group.tStart - 3); k--) {
    const w = at(k);
    if (COMPARISON_WORDS.has(w)) comparison = true;
    if (
      w === 'over' &&
      k > 0 &&
      (reading.percents.some((p) => p.tEnd === k) || ['up', 'growth', 'increase', 'rise'].includes(at(k - 1)))
    )
      comparison = true;
  }
  // "(May-23: USD 236mn)": a bracketed month and amount after the reported one
  if (before1 === ':' && reading.periods.some((p) => p.tEnd === group.tStart - 1 && at(p.tStart - 1) === '('))
    comparison = true;
  // "نومبر 2024 کے 31 کروڑ ڈالر کی نسبت" (compared with November 2024's $312m): Urdu puts the comparison after the base
  if ((after1 === 'کے' || after1 === 'کی') && (after2 === 'مقابلے' || after2 === 'نسبت')) comparison = true;

  let previousRecord = false;
  for (const c of reading.claims) {
    if (c.claim === 'previous' && c.tEnd <= group.tStart && group.tStart - c.tEnd <= 4) previousRecord = true;
  }
  // "beating April's $310m", "eclipsing the $354m recorded in July"
  for (let k = group.tStart - 1, seen = 0; k >= previousEnd && seen < 3; k--) {
    if (SURPASS_VERBS.has(at(k))) {
      comparison = true;
      // "beating April's $310m, itself a record": a figure of another month, beaten, is a record that was
      // ("topped $350 million" right before the amount is the level, hedged)
      if (k < group.tStart - 1) previousRecord = true;
    }
    if (!["'", 's', 'the', '-'].includes(at(k)) && !reading.periods.some((p) => p.tStart <= k && k < p.tEnd)) seen++;
  }

  return {
    change,
    hedged,
    hedge,
    projection: isProjection(reading, group, previousEnd, aside),
    threshold,
    average,
    comparison,
    previousRecord,
  };
}

// "per (working) day", "a week" a few words before the amount, in its clause.
function rateBefore(reading: SentenceReading, start: number, floor: number): boolean {
  const { tokens } = reading;
  for (let k = start - 1; k >= Math.max(floor, start - 6); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',') return false;
    if (w !== 'per') continue;
    const unit =
      tokens[k + 1]?.lower === 'working' || tokens[k + 1]?.lower === 'business' ? tokens[k + 2] : tokens[k + 1];
    if (unit && RATE_UNITS.has(unit.lower)) return true;
  }
  return false;
}

// Modal verbs hedge only what is close to them: "could not keep up, falling to $265m" is no forecast.
const MODALS = new Set(['could', 'would', 'will', 'shall', 'might', 'can', 'should', 'must', 'may']);

// A forecast word anywhere earlier in the amount's clause, or a future verb after it in Urdu.
function isProjection(reading: SentenceReading, group: AmountGroup, previousEnd: number, aside: Int32Array): boolean {
  const { tokens } = reading;
  const own = aside[group.tStart] ?? 0;
  for (let k = group.tStart - 1; k >= Math.max(0, previousEnd); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w)) break;
    if ((aside[k] ?? 0) !== 0 && aside[k] !== own) continue;
    if (MODALS.has(w) && tokens[k]!.text === w) {
      if (group.tStart - k <= 6 && tokens[k + 1]?.lower !== 'not') return true;
      continue;
    }
    if (PROJECTION_WORDS.has(w)) return true;
    const next = tokens[k + 1]?.lower ?? '';
    if (PROJECTION_PAIRS.some(([a, b]) => a === w && b === next)) return true;
  }
  // "$38bn are expected", "$5bn target by 2030"
  for (let k = group.tEnd; k < Math.min(tokens.length, group.tEnd + 3); k++) {
    const w = tokens[k]!.lower;
    if (['expected', 'projected', 'targeted', 'likely', 'envisaged', 'forecast', 'estimated'].includes(w)) return true;
  }
  if (reading.urdu) {
    for (let k = group.tEnd; k < Math.min(tokens.length, group.tEnd + 8); k++) {
      const w = tokens[k]!.text;
      if (CLAUSE_BREAKS.has(w) || w === '،' || w === ',' || w === '۔') break;
      if (PROJECTION_WORDS.has(w)) return true;
    }
  }
  return false;
}
