import { FALL_WORDS, MOM_WORDS, YOY_WORDS } from '../lexicon/cues.js';
import type { PercentMention } from '../read/percent.js';
import type { ResolvedPeriod } from '../read/resolve.js';
import type { SentenceReading } from '../read/sentence.js';
import type { Change, ChangeBasis } from '../types.js';
import { windowText } from './window.js';

const YOY_PHRASES = [
  'year-on-year',
  'year-over-year',
  'year on year',
  'a year ago',
  'a year earlier',
  'same month',
  'same period',
  'previous year',
  'last year',
  'corresponding',
  'preceding year',
  'year-ago',
  'prior year',
];
const MOM_PHRASES = [
  'month-on-month',
  'month-over-month',
  'month on month',
  'previous month',
  'preceding month',
  'a month ago',
  'a month earlier',
  'last month',
  'prior month',
  'sequential',
];

/** A percentage read as a change: its sign and what it is measured against. */
export function readChange(reading: SentenceReading, p: PercentMention, periodAfter: ResolvedPeriod | null): Change {
  const { tokens } = reading;
  let falling = false;
  for (let k = p.tStart - 1; k >= Math.max(0, p.tStart - 5); k--) {
    const w = tokens[k]!.lower;
    if (reading.money.some((m) => m.tEnd === k + 1)) break;
    if (FALL_WORDS.has(w)) falling = true;
    if (['rose', 'up', 'increase', 'increased', 'grew', 'growth', 'higher', 'jumped', 'surged'].includes(w)) break;
  }
  if (reading.urdu) {
    for (let k = p.tEnd; k < Math.min(tokens.length, p.tEnd + 3); k++)
      if (FALL_WORDS.has(tokens[k]!.text)) falling = true;
  }
  return { pct: falling ? -p.pct : p.pct, basis: basisOf(reading, p, periodAfter) };
}

const URDU_YOY = ['سالانہ بنیاد', 'گزشتہ سال', 'پچھلے سال', 'گزشتہ برس'];
const URDU_MOM = ['ماہانہ بنیاد', 'گزشتہ ماہ', 'پچھلے ماہ', 'پچھلے مہینے'];

function basisOf(reading: SentenceReading, p: PercentMention, periodAfter: ResolvedPeriod | null): ChangeBasis {
  const { tokens } = reading;
  if (reading.urdu) {
    // "سالانہ بنیاد پر 37 فیصد": the basis comes before the percentage
    const before = tokens
      .slice(Math.max(0, p.tStart - 4), p.tStart)
      .map((t) => t.text)
      .join(' ');
    if (URDU_YOY.some((x) => before.includes(x))) return 'yoy';
    if (URDU_MOM.some((x) => before.includes(x))) return 'mom';
  }
  // the nearest cue after the percentage decides: "up 13% YoY and down 2% MoM"
  for (let k = p.tEnd; k < Math.min(tokens.length, p.tEnd + 12); k++) {
    if (reading.percents.some((q) => q.tStart === k)) break;
    const rest = windowText(tokens, k, k + 6);
    if (YOY_WORDS.has(tokens[k]!.lower) || YOY_PHRASES.some((x) => rest.startsWith(x))) return 'yoy';
    if (MOM_WORDS.has(tokens[k]!.lower) || MOM_PHRASES.some((x) => rest.startsWith(x))) return 'mom';
  }
  if (
    periodAfter?.base ||
    periodAfter?.relative === 'same-month-last-year' ||
    periodAfter?.relative === 'same-period-last-year' ||
    periodAfter?.relative === 'year-earlier'
  )
    return 'yoy';
  if (periodAfter?.relative === 'previous-month') return 'mom';
  const whole = windowText(tokens, 0, tokens.length);
  const fromWords = (text: string, words: ReadonlySet<string>): boolean => text.split(' ').some((w) => words.has(w));
  const yoy = YOY_PHRASES.some((x) => whole.includes(x)) || fromWords(whole, YOY_WORDS);
  const mom = MOM_PHRASES.some((x) => whole.includes(x)) || fromWords(whole, MOM_WORDS);
  if (yoy && !mom) return 'yoy';
  if (mom && !yoy) return 'mom';
  return 'unspecified';
}
