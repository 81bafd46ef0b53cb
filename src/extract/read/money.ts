import { SCALES, UNIT_WORDS } from '../lexicon/numbers.js';
import { URDU_CURRENCIES } from '../lexicon/urdu-words.js';
import type { Token } from '../text/tokens.js';
import { readDecimalTail, readUrduNumber } from './urdu-number.js';

/**
 * Currencies the reader tells apart; anything else is `OTHER` (still an amount, never a series value).
 * `UNSTATED` is "3.2bn" with no currency at all, which only a dollar series' own keyword can claim.
 */
export type Currency = 'USD' | 'PKR' | 'INR' | 'BDT' | 'OTHER' | 'UNSTATED';

/** An amount of money in a sentence, as written and as read. */
export interface MoneyMention {
  /** Token range [tStart, tEnd). */
  tStart: number;
  tEnd: number;
  /** Character range in the sentence. */
  index: number;
  end: number;
  value: number;
  currency: Currency;
  raw: string;
  /** The number as written before the scale word, and the scale it was multiplied by. */
  mantissa: number;
  scale: number;
  scaleWord: string | null;
  /** Written in words ("half a billion dollars"). */
  spelled: boolean;
  /** Repairs made while reading it. */
  notes: string[];
  /** How much a repair lowers confidence (0 when read as written). */
  penalty: number;
}

const PREFIX: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['usd', 'USD'],
  ['rs', 'PKR'],
  ['pkr', 'PKR'],
  ['inr', 'INR'],
  ['₹', 'INR'],
  ['tk', 'BDT'],
  ['bdt', 'BDT'],
  ['৳', 'BDT'],
  ['€', 'OTHER'],
  ['£', 'OTHER'],
  ['eur', 'OTHER'],
  ['gbp', 'OTHER'],
  ['aed', 'OTHER'],
  ['sar', 'OTHER'],
  ['lkr', 'OTHER'],
  ['vnd', 'OTHER'],
  ['rmb', 'OTHER'],
  ['cny', 'OTHER'],
  ['dhs', 'OTHER'],
]);

const SUFFIX: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['usd', 'USD'],
  ['rupees', 'PKR'],
  ['rupee', 'PKR'],
  ['taka', 'BDT'],
  ...URDU_CURRENCIES,
]);

// Scales that, written after a bare number ("IT exports rose to 3.2bn"), make it an amount of money in English copy.
// Crore, lakh and arab without a currency are as often rupees, so they do not.
const BARE_SCALES = new Set(['million', 'mn', 'mln', 'm', 'billion', 'bn', 'bln', 'b']);

// "A$", "S$", "HK$", "C$": dollars, but not US dollars.
const OTHER_DOLLARS = new Set(['a', 'c', 's', 'hk', 'nz', 'au', 'ca', 'sg', 'nt']);

// A "2,593 billion dollars" month or year would exceed any country's exports; news copy means 2.593.
const PLAUSIBLE_MAX_USD = 1e11;

/** Finds every amount of money in a token list, left to right. */
export function findMoney(tokens: readonly Token[], sentence: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = readMoneyAt(tokens, i, sentence);
    if (m) {
      out.push(m);
      i = m.tEnd;
    } else i++;
  }
  return out;
}

function readMoneyAt(tokens: readonly Token[], i: number, sentence: string): MoneyMention | null {
  const prefix = readPrefix(tokens, i);
  let j = prefix ? prefix.next : i;
  const first = readQuantity(tokens, j, prefix !== null);
  if (!first) return null;
  j = first.next;
  let value = first.mantissa * first.scale;
  let lastScale = first.scale;
  // "ایک ارب 45 کروڑ 50 لاکھ": a chain of descending scales adds up.
  let overrun: string | null = null;
  while (lastScale > 1) {
    let k = j;
    if (tokens[k]?.lower === 'and' || tokens[k]?.text === 'اور') k++;
    const part = readQuantity(tokens, k, true);
    if (!part || part.scale >= lastScale || part.scale === 1) break;
    let add = part.mantissa * part.scale;
    // "ایک ارب 488 کروڑ": no count of crores past 99 follows an arab; the writer ran the arab's decimals into it
    if (add >= lastScale && /^\d+$/.test(part.numeral)) {
      add = Number(`0.${part.numeral}`) * lastScale;
      overrun = part.numeral;
    }
    value += add;
    lastScale = part.scale;
    j = part.next;
  }
  const suffix = readSuffix(tokens, j);
  if (suffix) j = suffix.next;
  let currency = prefix?.currency ?? suffix?.currency ?? null;
  // "9M FY25", "6M 2024" count months, they are no amounts
  const monthCount = first.scaleWord === 'M' && /^(?:fy|cy|\d{4}$)/i.test(tokens[j]?.text ?? '');
  if (
    currency === null &&
    first.scaleWord &&
    !first.spelled &&
    lastScale === first.scale &&
    BARE_SCALES.has(first.scaleWord.toLowerCase()) &&
    !monthCount
  ) {
    currency = 'UNSTATED';
  }
  if (currency === null) return null;
  if (first.spelled && !suffix) return null;

  const startToken = tokens[i]!;
  const endToken = tokens[j - 1]!;
  const notes: string[] = [];
  let penalty = 0;
  if (
    currency === 'USD' &&
    value > PLAUSIBLE_MAX_USD &&
    first.commaGroups &&
    first.scaleWord &&
    lastScale === first.scale
  ) {
    const repaired = first.decimalReading * first.scale;
    notes.push(
      `read '${first.numeral} ${first.scaleWord}' as ${first.numeral.replace(',', '.')} ${first.scaleWord}: a comma used as a decimal point`,
    );
    value = repaired;
    penalty = 0.25;
  }
  if (overrun !== null) {
    notes.push(
      `read '${sentence.slice(startToken.start, endToken.end)}' with ${overrun} as decimals of the larger unit: ${overrun} of the smaller unit would exceed it`,
    );
    penalty = Math.max(penalty, 0.25);
  }
  // An amount too large to hold exactly is no figure anyone reported.
  if (!Number.isSafeInteger(Math.round(value)) || value <= 0) return null;
  return {
    tStart: i,
    tEnd: j,
    index: startToken.start,
    end: endToken.end,
    value: Math.round(value),
    currency,
    raw: sentence.slice(startToken.start, endToken.end),
    mantissa: first.mantissa,
    scale: first.scale,
    scaleWord: first.scaleWord,
    spelled: first.spelled,
    notes,
    penalty,
  };
}

function readPrefix(tokens: readonly Token[], i: number): { currency: Currency; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.text === '$') {
    const before = tokens[i - 1];
    if (before?.kind === 'word' && t.glued && OTHER_DOLLARS.has(before.lower))
      return { currency: 'OTHER', next: i + 1 };
    return { currency: 'USD', next: i + 1 };
  }
  if (t.lower === 'us' && tokens[i + 1]?.text === '$') return { currency: 'USD', next: i + 2 };
  const currency = PREFIX.get(t.lower);
  if (!currency) return null;
  // "Rs." and "Rs" both prefix an amount; "Rs" must be followed by the number (or its dot and the number).
  let next = i + 1;
  if (tokens[next]?.text === '.') next++;
  if (tokens[next]?.kind !== 'num') return null;
  return { currency, next };
}

function readSuffix(tokens: readonly Token[], j: number): { currency: Currency; next: number } | null {
  let k = j;
  // "US dollars", "American dollars", "امریکی ڈالر"
  if (['us', 'american', 'امریکی'].includes(tokens[k]?.lower ?? '') && SUFFIX.get(tokens[k + 1]?.lower ?? '') === 'USD')
    k++;
  const t = tokens[k];
  if (!t) return null;
  const currency = SUFFIX.get(t.lower);
  if (currency) return { currency, next: k + 1 };
  // "US$" written after the amount is rare but "USD" is not: "1.46 billion USD".
  return null;
}

interface Quantity {
  mantissa: number;
  scale: number;
  scaleWord: string | null;
  numeral: string;
  /** The numeral has groups like "2,593", which may be a decimal comma. */
  commaGroups: boolean;
  decimalReading: number;
  spelled: boolean;
  next: number;
}

function readQuantity(tokens: readonly Token[], i: number, hasCurrency: boolean): Quantity | null {
  const t = tokens[i];
  if (!t) return null;
  let mantissa: number | null = null;
  let next = i + 1;
  let spelled = false;
  let commaGroups = false;
  let decimalReading = NaN;
  if (t.kind === 'num') {
    const read = readNumeral(t.text);
    if (read === null) return null;
    // "5 اعشاریہ 9": digits, then the decimal point as a word
    const tail = readDecimalTail(tokens, next, read.value);
    mantissa = tail.value;
    next = tail.next;
    commaGroups = read.commaGroups && tail.next === i + 1;
    decimalReading = read.decimalReading;
  } else {
    const words = readNumberWords(tokens, i);
    if (!words) return null;
    mantissa = words.value;
    next = words.next;
    spelled = true;
  }
  // "a $1.2-billion deal"
  if (tokens[next]?.text === '-' && tokens[next]!.glued && SCALES.has(tokens[next + 1]?.lower ?? '')) next++;
  const scaleToken = tokens[next];
  const scale = scaleToken ? SCALES.get(scaleToken.lower) : undefined;
  if (scale && (!scale.gluedOnly || scaleToken!.glued)) {
    let factor = scale.factor;
    let end = next + 1;
    // "1.2 lakh crore", "5 thousand crore": an Indian compound scale multiplies.
    const second = tokens[end] ? SCALES.get(tokens[end]!.lower) : undefined;
    if (second && !second.gluedOnly && second.factor > factor && (factor === 1e5 || factor === 1e3)) {
      factor *= second.factor;
      end++;
    }
    return {
      mantissa,
      scale: factor,
      scaleWord: scaleToken!.text,
      numeral: t.text,
      commaGroups,
      decimalReading,
      spelled,
      next: end,
    };
  }
  if (spelled) return null;
  if (
    !hasCurrency &&
    !SUFFIX.has(tokens[next]?.lower ?? '') &&
    !['us', 'american', 'امریکی'].includes(tokens[next]?.lower ?? '')
  )
    return null;
  return { mantissa, scale: 1, scaleWord: null, numeral: t.text, commaGroups, decimalReading, spelled, next };
}

/** Reads "1,455", "2.5", "2,5" (a decimal comma) and "1.234.567". */
function readNumeral(text: string): { value: number; commaGroups: boolean; decimalReading: number } | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    const oneGroup = /^\d{1,3},\d{3}$/.test(text);
    return {
      value: Number(text.replace(/,/g, '')),
      commaGroups: oneGroup,
      decimalReading: oneGroup ? Number(text.replace(',', '.')) : NaN,
    };
  }
  if (/^\d+,\d{1,2}$/.test(text))
    return { value: Number(text.replace(',', '.')), commaGroups: false, decimalReading: NaN };
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text))
    return { value: Number(text.replace(/\./g, '')), commaGroups: false, decimalReading: NaN };
  if (/^\d+(?:\.\d+)?$/.test(text)) return { value: Number(text), commaGroups: false, decimalReading: NaN };
  return null;
}

/** Reads spelled-out numbers before a scale word: "three hundred and six", "half a", "a", "one and a half", "ساڑھے تین". */
function readNumberWords(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const nextIsScale = (k: number): boolean => SCALES.has(tokens[k]?.lower ?? '');
  const urdu = readUrduNumber(tokens, i);
  if (urdu) return nextIsScale(urdu.next) ? urdu : null;
  if (t.lower === 'half' && tokens[i + 1]?.lower === 'a' && nextIsScale(i + 2)) return { value: 0.5, next: i + 2 };
  if (t.lower === 'a' && nextIsScale(i + 1)) return { value: 1, next: i + 1 };
  let total = 0;
  let seen = false;
  let k = i;
  while (k < tokens.length) {
    const w = tokens[k]!;
    const unit = UNIT_WORDS.get(w.lower);
    if (unit !== undefined) {
      total += unit;
      seen = true;
      k++;
      continue;
    }
    if (seen && w.lower === 'hundred') {
      total *= 100;
      k++;
      continue;
    }
    if (seen && w.text === '-' && UNIT_WORDS.has(tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (seen && w.lower === 'and') {
      // "one and a half billion"
      if (tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'half') {
        total += 0.5;
        k += 3;
        continue;
      }
      if (UNIT_WORDS.has(tokens[k + 1]?.lower ?? '')) {
        k++;
        continue;
      }
    }
    break;
  }
  if (!seen || !nextIsScale(k)) return null;
  return { value: total, next: k };
}
