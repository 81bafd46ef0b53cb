import {
  CLAUSE_BREAKS,
  COMPARISON_WORDS,
  NOT_A_MONTHLY_RECORD_AFTER,
  NOT_A_MONTHLY_RECORD_BEFORE,
  RECORD_ELSEWHERE_BEFORE,
  SURPASS_VERBS,
  URDU_PURPOSE,
} from '../lexicon/cues.js';
import { COUNT_WORDS } from '../lexicon/numbers.js';
import { MONTHS, URDU_MONTHS } from '../lexicon/months.js';
import type { Topic } from '../read/lexicon.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import type { AmountGroup } from './binding.js';
import { windowText } from './window.js';

/** What a record claim in a sentence is about. */
export type ClaimTarget =
  | { kind: 'amount'; group: number }
  | { kind: 'period'; period: number }
  /** The sentence's reported month, or failing that the article's. */
  | { kind: 'subject' }
  /** Only a figure this sentence itself reports: "sending record remittances" says nothing of an earlier month. */
  | { kind: 'sentence' };

/** A record claim tied to what it is about, and the measure named before it. */
export interface BoundClaim {
  target: ClaimTarget;
  topic: Span<{ topic: Topic }> | null;
  /** "surpassing the previous record": the claim is the subject's, never the amount after the phrase. */
  surpassed: boolean;
}

const ALL_TIME_SINCE = new Set([
  'records',
  'record',
  'inception',
  'began',
  'compiling',
  'compilation',
  'independence',
  'ever',
]);
const MONTH_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(URDU_MONTHS)]);
// Words before an Urdu span that bound it: several, this, current, fiscal ("کئی ماہ", "رواں سال", "مالی سال").
const URDU_SPAN_LIMITERS = new Set(['کئی', 'متعدد', 'رواں', 'اس', 'موجودہ', 'جاری', 'مالی', 'گزشتہ', 'گذشتہ', 'پچھلے']);
const PLURAL_SPANS = new Set(['months', 'years', 'weeks', 'decades', 'quarters', 'ماہ', 'مہینوں', 'سال', 'برس']);
const SPAN_OPENERS = new Set(['in', 'over', 'since', 'for', 'within']);
const SCOPE_LIMITS = [
  'for the month of',
  'this year',
  'so far this',
  'of the year',
  'for the year',
  'this fiscal',
  'current fiscal',
  'of the fiscal',
  'in fy',
  'of fy',
  'for a month of',
  'for the months of',
  'in the region',
  'among',
  'of any december',
  'for december',
  'so far in',
  'year to date',
];

/** Finds the record claims of a sentence that are about one month, and what each is about. */
export function bindClaims(reading: SentenceReading, groups: readonly AmountGroup[]): BoundClaim[] {
  const out: BoundClaim[] = [];
  for (const c of reading.claims) {
    const topic = [...reading.topics].reverse().find((t) => t.tEnd <= c.tStart) ?? null;
    const before = wordsBefore(reading, c.tStart, 3);
    const surpassed = before.some((w) => SURPASS_VERBS.has(w));
    // "which itself had been a record": a past record, not this one
    const past =
      before.includes('had') ||
      before.includes('previously') ||
      before.includes('once') ||
      before[0] === 'on' ||
      brokenLater(reading, c.tEnd);
    if (c.claim === 'previous' || past) {
      if (surpassed) out.push({ target: { kind: 'subject' }, topic, surpassed: true });
      continue;
    }
    if (isLimited(reading, c) || isVerb(reading, c) || isAim(reading, c)) continue;
    const after = groups.findIndex(
      (g) => g.tStart >= c.tEnd && g.tStart - c.tEnd <= 6 && !contrasted(reading, c.tEnd, g.tStart),
    );
    const weak = before.some((w) => RECORD_ELSEWHERE_BEFORE.has(w));
    if (surpassed) {
      // "broke the record": the subject set it
      out.push({ target: { kind: 'subject' }, topic, surpassed: true });
      continue;
    }
    if (
      after >= 0 &&
      !reading.periods.some(
        (p) => p.tStart >= c.tEnd && p.tEnd <= groups[after]!.tStart && isDatedElsewhere(p.tStart, c.tEnd),
      )
    ) {
      out.push({ target: { kind: 'amount', group: after }, topic, surpassed: false });
      continue;
    }
    if (weak) continue;
    const beforeGroup = findLast(groups, (g) => g.tEnd <= c.tStart && fillerBetween(reading, g.tEnd, c.tStart) <= 3);
    if (beforeGroup >= 0) {
      out.push({ target: { kind: 'amount', group: beforeGroup }, topic, surpassed: false });
      continue;
    }
    // "for the first time" with no amount beside it ("for the first time, the SBP published …") claims nothing
    if (c.claim === 'first') continue;
    const period = reading.periods.findIndex(
      (p) => (p.tStart >= c.tEnd && p.tStart - c.tEnd <= 2) || (p.tEnd <= c.tStart && c.tStart - p.tEnd <= 1),
    );
    if (period >= 0 && groups.length === 0) {
      out.push({ target: { kind: 'period', period }, topic, surpassed: false });
      continue;
    }
    // A bare "record" ("record remittances") is only tied to something next to it or in its own sentence.
    const bare =
      c.tEnd - c.tStart === 1 && ['record', 'ریکارڈ', 'unprecedented'].includes(reading.tokens[c.tStart]!.lower);
    out.push({ target: { kind: bare ? 'sentence' : 'subject' }, topic, surpassed: false });
  }
  return out;
}

// A period between a claim and the amount after it belongs to the claim ("record in March of $306m") unless far.
function isDatedElsewhere(periodStart: number, claimEnd: number): boolean {
  return periodStart - claimEnd > 3;
}

// A surpassing verb or a comparison between a claim and an amount: the amount is the one beaten or compared.
function contrasted(reading: SentenceReading, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = reading.tokens[k]!.lower;
    if (SURPASS_VERBS.has(w) || COMPARISON_WORDS.has(w) || w === 'over') return true;
  }
  return false;
}

// Urdu "اضافہ ریکارڈ کیا گیا" is "an increase was recorded": the verb, not a record. So is a bare "ریکارڈ" right
// after an amount, as headlines drop the auxiliary ("حجم 2 ارب ڈالر ریکارڈ", a volume of $2bn recorded); a record
// after an amount is "… کا ریکارڈ", "… کی ریکارڈ سطح" or "جو ایک ریکارڈ ہے".
const URDU_VERB_AFTER = new Set([
  'کیا',
  'کی',
  'کیے',
  'کئے',
  'کیں',
  'ہوا',
  'ہوئی',
  'ہوئے',
  'ہوئیں',
  'کر',
  'کرنے',
  'کرتے',
  'کرائی',
  'کرایا',
]);
function isVerb(reading: SentenceReading, c: Span<{ claim: string }>): boolean {
  if (reading.tokens[c.tEnd - 1]?.text !== 'ریکارڈ') return false;
  if (URDU_VERB_AFTER.has(reading.tokens[c.tEnd]?.text ?? '')) return true;
  return (
    c.tEnd - c.tStart === 1 && reading.money.some((m) => m.tEnd === c.tStart) && reading.tokens[c.tEnd]?.text !== 'سطح'
  );
}

// Urdu "برآمدات کو ریکارڈ سطح پر لے جانے کے لیے" (in order to take exports to a record level), "… پہنچانے کا ہدف"
// (the target of bringing them to …): a record aimed at, not reached.
function isAim(reading: SentenceReading, c: Span<{ claim: string }>): boolean {
  const { tokens } = reading;
  for (let k = c.tEnd; k < Math.min(tokens.length, c.tEnd + 6); k++) {
    const w = tokens[k]!.text;
    if (URDU_PURPOSE.has(w) || w === 'ہدف') return true;
    if (w === ',' || w === '۔' || CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}

// Urdu "… ریکارڈ قائم ہوا تھا جو ایک ماہ بعد ہی ٹوٹ گیا" (a record was set, which broke a month later)
function brokenLater(reading: SentenceReading, from: number): boolean {
  for (let k = from; k < Math.min(reading.tokens.length, from + 12); k++)
    if (reading.tokens[k]!.text === 'ٹوٹ') return true;
  return false;
}

// Words between an amount and a claim after it, not counting its period or punctuation:
// "$3.2bn in FY24, the highest ever" is next to its claim.
function fillerBetween(reading: SentenceReading, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const w = reading.tokens[k]!.lower;
    if (reading.periods.some((p) => p.tStart <= k && k < p.tEnd)) continue;
    if ([',', 'the', 'a', 'an', 'its', 'in', 'for', 'during', '-'].includes(w)) continue;
    n++;
  }
  return n;
}

function wordsBefore(reading: SentenceReading, index: number, count: number): string[] {
  const out: string[] = [];
  for (let k = index - 1; k >= 0 && out.length < count; k--) {
    const w = reading.tokens[k]!.lower;
    if (w === '-' || w === 'the' || w === 'a' || w === 'an' || w === 'its' || w === 'just') continue;
    out.push(w);
  }
  return out;
}

// "highest in 12 months", "highest since March 2022", "highest-ever inflow for the month of December",
// "second-highest", "record annual exports", "12 ماہ کی بلند ترین سطح": records of something other than all months.
function isLimited(reading: SentenceReading, c: Span<{ claim: string }>): boolean {
  const { tokens } = reading;
  const prev = wordsBefore(reading, c.tStart, 2);
  if (prev.some((w) => NOT_A_MONTHLY_RECORD_BEFORE.has(w))) return true;
  // "a record 31% rise", "ریکارڈ 28 فیصد بڑھوتری": the rate is the record, not the level
  if (reading.percents.some((p) => p.tStart === c.tEnd)) return true;
  // "the best-ever December", "highest-ever June inflow": a record for one calendar month
  if (
    MONTH_WORDS.has(tokens[c.tEnd]?.lower ?? '') &&
    !reading.periods.some((p) => p.tStart === c.tEnd && p.tEnd - p.tStart > 1)
  )
    return true;
  for (let k = c.tEnd; k < Math.min(tokens.length, c.tEnd + 2); k++) {
    const w = tokens[k]!.lower;
    if (w === '-') continue;
    if (NOT_A_MONTHLY_RECORD_AFTER.has(w)) return true;
    if (/^\d+$/.test(w) && tokens[k + 1]?.text === '-') return true;
    if (COUNT_WORDS.has(w) && ['-', 'month', 'months'].includes(tokens[k + 1]?.lower ?? '')) return true;
  }
  const stop = reading.money.find((m) => m.tStart >= c.tEnd)?.tStart ?? tokens.length;
  const end = Math.min(stop, c.tEnd + 9);
  for (let k = c.tEnd; k < end; k++) {
    const w = tokens[k]!.lower;
    // "highest since March 2022" is not all-time; "highest since records began" is
    if (w === 'since')
      return !windowText(tokens, k + 1, k + 5)
        .split(' ')
        .some((x) => ALL_TIME_SINCE.has(x));
    // "highest for any December" is a calendar-month record; "highest for any month" is all-time
    if (w === 'any' && MONTH_WORDS.has(tokens[k + 1]?.lower ?? '')) return true;
    if (!SPAN_OPENERS.has(w)) continue;
    for (let j = k + 1; j < Math.min(end + 2, k + 6, tokens.length); j++) {
      const x = tokens[j]!.lower;
      if (PLURAL_SPANS.has(x) && x !== 'سال') return true;
      if ((x === 'year' || x === 'decade') && ['a', 'one', 'over'].includes(tokens[j - 1]?.lower ?? '')) return true;
    }
  }
  const window = windowText(tokens, c.tEnd, end + 3);
  if (SCOPE_LIMITS.some((s) => window.includes(s))) return true;
  // Urdu puts the span first: "20 ماہ کی بلند ترین سطح", "کئی ماہ کی" (several months'), "رواں سال کی" (this
  // year's), "مالی سال کی" (the fiscal year's); "سالانہ ریکارڈ" is an annual record.
  for (let k = c.tStart - 1; k >= Math.max(0, c.tStart - 4); k--) {
    const w = tokens[k]!.text;
    if (w === 'سالانہ') return true;
    const count = tokens[k - 1];
    if (
      PLURAL_SPANS.has(w) &&
      (count?.kind === 'num' || COUNT_WORDS.has(count?.text ?? '') || URDU_SPAN_LIMITERS.has(count?.text ?? ''))
    )
      return true;
  }
  return tokens.slice(c.tEnd, c.tEnd + 2).some((t) => t.text === 'سالانہ');
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
