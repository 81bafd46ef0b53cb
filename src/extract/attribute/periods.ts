import { CLAUSE_BREAKS, COMPARISON_WORDS } from '../lexicon/cues.js';
import type { Topic } from '../read/lexicon.js';
import type { PeriodMention } from '../read/periods.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import type { Token } from '../text/tokens.js';
import type { AmountGroup } from './binding.js';

const STRICT_COMPARISON = new Set(['than', 'compared', 'against', 'versus', 'vs', 'relative', 'مقابلے', 'نسبت']);
// After a percentage these make what follows the base of the change: "20 percent above the level of June",
// "up 36% on March 2023".
const AFTER_PERCENT = new Set(['above', 'below', 'over', 'on', 'under']);

/**
 * True when the words between an amount and a period make the period the base of a comparison: "$306m, up 36pc
 * from March 2023", "$1.72bn, 11% higher than in the same period last year". "$3.1bn from overseas Pakistanis
 * in March" keeps its month: "from" counts only right before the period.
 */
function comparedPeriod(reading: SentenceReading, period: PeriodMention, floor: number): boolean {
  const { tokens } = reading;
  const periodStart = period.tStart;
  // "over July 2020 to January 2021", "37.81% over the fiscal period Jul-Jan": over a span is during it
  const during =
    period.atoms.some((a) => a.kind === 'range' || a.kind === 'sub' || a.kind === 'todate') &&
    !period.atoms.some((a) => a.kind === 'rel');
  for (let k = floor; k < periodStart; k++) {
    const w = tokens[k]!.lower;
    if (STRICT_COMPARISON.has(w)) return true;
    if (AFTER_PERCENT.has(w) && !(during && w === 'over') && reading.percents.some((p) => p.tEnd === k)) return true;
  }
  for (let k = periodStart - 1; k >= Math.max(floor, periodStart - 3); k--) {
    const w = tokens[k]!.lower;
    if (COMPARISON_WORDS.has(w) || (w === 'over' && !during) || w === 'with') return true;
    if (w !== 'the' && w !== 'to' && w !== 'in') return false;
  }
  return false;
}

function sameMeasure(a: Span<{ topic: Topic }>, b: Span<{ topic: Topic }> | null): boolean {
  if (a === b) return true;
  if (!b) return false;
  if (a.topic.kind === 'series' && b.topic.kind === 'series') return a.topic.series.id === b.topic.series.id;
  return a.topic.kind === 'untracked' && b.topic.kind === 'untracked' && a.topic.label === b.topic.label;
}

// A period named as what something is compared with, before it in English ("compared with July 2024", "against
// the same month last year") or after it in Urdu ("جولائی کے مقابلے میں", "پچھلے سال کی نسبت").
function isBase(reading: SentenceReading, period: PeriodMention): boolean {
  const { tokens } = reading;
  // "compared with the month before (July 2024)": the bracket restates the base
  for (let k = period.tStart - 1; k >= Math.max(0, period.tStart - 7); k--) {
    const w = tokens[k]!.lower;
    if (STRICT_COMPARISON.has(w)) return true;
    if (w === ',' || reading.money.some((m) => m.tEnd === k + 1)) break;
  }
  const after = tokens.slice(period.tEnd, period.tEnd + 3).map((t) => t.text);
  return after.includes('مقابلے') || after.includes('نسبت');
}

// "than in November 2024, when they were $310 million": the clause after the period gives that period's amount.
function whenClause(tokens: readonly Token[], at: number): boolean {
  const k = tokens[at]?.text === ',' ? at + 1 : at;
  return tokens[k]?.lower === 'when';
}

// Words that may stand between a clause's comma and the period it opens: "$298 million, according to the central
// bank, in June 2024".
const PERIOD_OPENERS = new Set([
  'in',
  'during',
  'for',
  'over',
  'through',
  'throughout',
  'the',
  'of',
  'by',
  'till',
  'until',
]);

// An aside in brackets is a few words; past this an unclosed "(" is not one (and the scan stays bounded).
const MAX_BRACKET_ASIDE = 30;

/** The index of the ")" closing a bracket opened at `open`, or null when no bracket opens there or none closes it. */
function closingBracket(tokens: readonly Token[], open: number): number | null {
  if (tokens[open]?.text !== '(') return null;
  const limit = Math.min(tokens.length, open + MAX_BRACKET_ASIDE);
  for (let k = open + 1; k < limit; k++) {
    const w = tokens[k]!.text;
    if (w === '(') return null;
    if (w === ')') return k;
  }
  return null;
}

/** Where a comma sets the period off from its amount, the index of the last such comma, else -1. */
function lastComma(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k]!.text === ',') return k;
  return -1;
}

// "$235 million in June, which then rose to $287 million": words of sequence put the later amount at a later time.
const SEQUENCE = ['then', 'later', 'subsequently', 'thereafter', 'afterwards', 'afterward'];
const CONTRAST = new Set([...COMPARISON_WORDS, ...CLAUSE_BREAKS, ...SEQUENCE, 'up', 'down']);

/**
 * Ties each amount to a period. English names a period after its amount ("$303 million in December 2023") or
 * before it ("During July-April FY24, IT exports were $2.593 billion"); Urdu names it before. A period taken by
 * the amount after it is not shared backwards, and a contrast ("compared to $225m") does not share one forwards.
 * A period inside a clause set off after the amount ("$238 million, a rebound after the dip seen in September",
 * "$2.6 billion, a 20% rise on the same period a year earlier") is that clause's, not the amount's: the month
 * before the amount, if any, wins ("In October … rose to $238 million, …").
 */
export function bindPeriods(
  reading: SentenceReading,
  groups: readonly AmountGroup[],
  topics: ReadonlyArray<Span<{ topic: Topic }> | null>,
): Array<number | null> {
  const { tokens, periods } = reading;
  const bound: Array<number | null> = [];
  const takenByFollowing = new Set<number>();
  // The periods after an amount, in its clause: the first it can take, and the first inside a trailing clause.
  const followingOf = (g: AmountGroup, gi: number): { own: number | null; trailing: number | null } => {
    // "$342 million (the best month so far) in March 2025": a bracketed aside right after the amount is read past,
    // with any amount in it; "$1.6 billion (December 2024)": a bracket that holds only a period gives the amount's
    const close = closingBracket(tokens, g.tEnd);
    if (close !== null) {
      const inside = periods.findIndex((x) => x.tStart === g.tEnd + 1 && x.tEnd === close);
      if (inside >= 0 && !comparedPeriod(reading, periods[inside]!, g.tEnd)) return { own: inside, trailing: null };
    }
    const end = close === null ? g.tEnd : close + 1;
    const next = groups.slice(gi + 1).find((o) => o.tStart >= end);
    let trailing: number | null = null;
    for (let p = 0; p < periods.length; p++) {
      const period = periods[p]!;
      if (period.tStart < end) continue;
      if (next && next.tStart < period.tStart) break;
      if (period.tStart - end > 16) break;
      let stop = false;
      for (let k = end; k < period.tStart && !stop; k++) {
        const w = tokens[k]!.lower;
        if ([';', '(', ')'].includes(w) || CLAUSE_BREAKS.has(w)) stop = true;
        // "$2.593 billion, and in April 2024 alone they were $310 million": a new clause starts
        if (w === ',' && ['and', 'with', 'while', 'but', 'as'].includes(tokens[k + 1]?.lower ?? '')) stop = true;
      }
      if (stop) break;
      // "…, and March 2022 $260m", "(Nov-24: USD 1.47bn)": a period heading the next amount is that amount's; but
      // "$342 million in March 2025, $36 million above …": one its preposition ties to this amount is this one's
      const introduced =
        period.tStart > end && tokens.slice(end, period.tStart).every((t) => PERIOD_OPENERS.has(t.lower));
      if (
        next &&
        next.tStart - period.tEnd <= 1 &&
        (next.tStart === period.tEnd ||
          [':', '-'].includes(tokens[period.tEnd]!.text) ||
          (tokens[period.tEnd]!.text === ',' && !introduced))
      )
        break;
      // "$306m, and textile exports in March": the month of another measure ("$3.2bn from IT exports in FY24" keeps it)
      // ("$186 million of ICT export remittances reported in January 2022" names its own measure again)
      if (
        reading.topics.some(
          (t) =>
            t.tStart >= end &&
            t.tEnd <= period.tStart &&
            t.topic.kind !== 'generic' &&
            !sameMeasure(t, topics[gi] ?? null),
        )
      )
        break;
      const comma = lastComma(tokens, end, period.tStart);
      let opens = true;
      for (let k = comma + 1; comma >= 0 && k < period.tStart; k++)
        if (!PERIOD_OPENERS.has(tokens[k]!.lower)) opens = false;
      if (comma >= 0 && !opens) {
        // inside a clause of its own: remembered, in case the amount has no other period
        if (trailing === null && !comparedPeriod(reading, period, comma + 1)) trailing = p;
        continue;
      }
      if (comparedPeriod(reading, period, comma >= 0 ? comma + 1 : end)) {
        if (comma < 0) break;
        continue;
      }
      if (period.tStart - end > 10 && comma < 0) break;
      return { own: p, trailing };
    }
    return { own: null, trailing };
  };
  const precedingOf = (g: AmountGroup, gi: number): number | null => {
    for (let p = periods.length - 1; p >= 0; p--) {
      const period = periods[p]!;
      if (period.tEnd > g.tStart) continue;
      // "Compared with the month before (July 2024), remittances grew … to reach $298 million": a base, not the month
      // ("than August's $337m" names the base's own amount)
      if (g.tStart - period.tEnd > 2 && !whenClause(tokens, period.tEnd) && isBase(reading, period)) continue;
      if (takenByFollowing.has(p) && !parallel(g, gi, period.tEnd)) return null;
      // an amount between the period and this one shares it only when nothing contrasts them
      const shared = reading.urdu && parallelAfter(g, gi);
      for (let h = gi - 1; h >= 0; h--) {
        const other = groups[h]!;
        if (other.tStart < period.tEnd) break;
        for (let k = other.tEnd; k < g.tStart; k++) if (CONTRAST.has(tokens[k]!.lower) && !shared) return null;
      }
      return p;
    }
    return null;
  };
  // "IT exports rose to $306m in March, while textile exports were $1.45bn": another measure in a clause of its
  // own, with no comparison between, shares the month.
  function parallel(g: AmountGroup, gi: number, after: number): boolean {
    const previous = groups[gi - 1];
    if (!previous || previous.tEnd > after) return false;
    const own = topics[gi];
    if (!own || own.tStart < after || own.topic.kind === 'generic' || own === topics[gi - 1]) return false;
    for (let k = after; k < g.tStart; k++)
      if (COMPARISON_WORDS.has(tokens[k]!.lower) || tokens[k]!.text === ';') return false;
    return true;
  }

  // "ستمبر میں آئی ٹی برآمدات 36 کروڑ ڈالر رہیں جبکہ ٹیکسٹائل برآمدات ڈیڑھ ارب ڈالر": Urdu names the month once,
  // before both clauses; another measure named after the amount before, with no comparison between, shares it.
  function parallelAfter(g: AmountGroup, gi: number): boolean {
    const previous = groups[gi - 1];
    const own = topics[gi];
    if (!previous || !own || own.tStart < previous.tEnd || own.topic.kind === 'generic' || own === topics[gi - 1])
      return false;
    for (let k = previous.tEnd; k < g.tStart; k++)
      if (COMPARISON_WORDS.has(tokens[k]!.lower) || tokens[k]!.text === ';') return false;
    return true;
  }

  groups.forEach((g, gi) => {
    let p: number | null;
    const heading = periods.findIndex(
      (x) =>
        x.tEnd <= g.tStart &&
        g.tStart - x.tEnd <= 1 &&
        (x.tEnd === g.tStart || [':', '-'].includes(tokens[x.tEnd]!.text)),
    );
    const following = (): { own: number | null; trailing: number | null } => followingOf(g, gi);
    if (heading >= 0 && !takenByFollowing.has(heading)) p = heading;
    else if (reading.urdu) p = precedingOf(g, gi) ?? following().own;
    else {
      const after = following();
      p = after.own;
      if (p !== null) takenByFollowing.add(p);
      else p = precedingOf(g, gi) ?? after.trailing;
    }
    bound.push(p);
  });
  return bound;
}
