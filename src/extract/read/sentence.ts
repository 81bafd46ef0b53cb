import type { ClaimKind } from '../lexicon/cues.js';
import { OTHER_FLOW_OF, OTHER_MEASURE_BEFORE } from '../lexicon/measures.js';
import { URDU_RUN_TOGETHER } from '../lexicon/urdu-words.js';
import { normalizeText } from '../text/normalize.js';
import { splitRunTogether } from '../text/run-together.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { Lexicon, Topic } from './lexicon.js';
import { findMoney, type MoneyMention } from './money.js';
import { findPercents, type PercentMention } from './percent.js';
import { findPeriods, type PeriodMention } from './periods.js';

/** A span of tokens [tStart, tEnd) carrying a value. */
export type Span<T> = T & { tStart: number; tEnd: number };

/** Everything one sentence says, located by token. */
export interface SentenceReading {
  /** The sentence as written (evidence). */
  original: string;
  tokens: Token[];
  money: MoneyMention[];
  percents: PercentMention[];
  periods: PeriodMention[];
  topics: Array<Span<{ topic: Topic }>>;
  countries: Array<Span<{ code: string }>>;
  claims: Array<Span<{ claim: ClaimKind }>>;
  /** Written in Urdu: the verb comes last, so an amount's period usually comes before it. */
  urdu: boolean;
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/g;

// "Net IT exports", "net exports" (exports minus imports): a word before a measure's name that makes it another
// measure, never the series' own level.
function otherMeasure(tokens: readonly Token[], start: number): Topic | null {
  const before = tokens[start - 1]?.lower;
  if (before === undefined) return null;
  if (OTHER_MEASURE_BEFORE.has(before)) return { kind: 'untracked', label: `${before} ${tokens[start]!.lower}` };
  // "imports of IT and IT-enabled services": the flow named before "of" is the measure
  const flow = tokens[start - 2]?.lower;
  if ((before === 'of' || before === 'for') && flow !== undefined && OTHER_FLOW_OF.has(flow))
    return { kind: 'untracked', label: `${flow} of ${tokens[start]!.lower}` };
  return null;
}

/** The tokens of normalised text, with Urdu words run together or broken by a stray space put right. */
export function tokensOf(normalized: string): Token[] {
  return splitRunTogether(tokenize(normalized), URDU_RUN_TOGETHER);
}

/** Reads one sentence into located mentions of money, periods, measures, countries and record claims. */
export function readSentence(original: string, lexicon: Lexicon): SentenceReading {
  const text = normalizeText(original);
  const tokens = tokensOf(text);
  const taken = new Uint8Array(tokens.length);
  const money = findMoney(tokens, original);
  for (const m of money) taken.fill(1, m.tStart, m.tEnd);
  const percents = findPercents(tokens).filter((p) => !taken[p.tStart]);
  for (const p of percents) taken.fill(1, p.tStart, p.tEnd);
  const periods = findPeriods(tokens, (i) => taken[i] === 1);
  for (const p of periods) taken.fill(1, p.tStart, p.tEnd);

  const topics: SentenceReading['topics'] = [];
  const countries: SentenceReading['countries'] = [];
  const claims: SentenceReading['claims'] = [];
  for (const m of lexicon.phrases.findAll(tokens, (i) => taken[i] === 1)) {
    const v = m.value;
    if (v.type === 'topic')
      topics.push({ topic: otherMeasure(tokens, m.start) ?? v.topic, tStart: m.start, tEnd: m.end });
    // "the US $1.003 billion": a country's name right before "$" says which dollar, not whose figure
    else if (v.type === 'country') {
      if (tokens[m.end]?.text !== '$') countries.push({ code: v.code, tStart: m.start, tEnd: m.end });
    } else claims.push({ claim: v.claim, tStart: m.start, tEnd: m.end });
  }
  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  return { original, tokens, money, percents, periods, topics, countries, claims, urdu: arabic > text.length / 4 };
}
