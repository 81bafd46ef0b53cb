import {
  URDU_ADJUSTERS,
  URDU_DECIMAL_POINT,
  URDU_FRACTIONS,
  URDU_HUNDRED,
  URDU_NUMBERS,
} from '../lexicon/urdu-numbers.js';
import type { Token } from '../text/tokens.js';

/** A number read from Urdu words, and the token after it. */
export interface UrduNumber {
  value: number;
  next: number;
}

/**
 * Reads an Urdu number written in words, or in words with digits after the decimal point: "اکیاسی" (81),
 * "نو سو اٹھاون" (958), "ڈیڑھ سو" (150), "ساڑھے تین" (3.5), "سوا" (1.25), "پانچ اعشاریہ نو" (5.9),
 * "ایک اعشاریہ 55" (1.55). Scale words (ہزار، لاکھ، کروڑ، ارب) are the caller's: they decide what the number counts.
 */
export function readUrduNumber(tokens: readonly Token[], i: number): UrduNumber | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !isArabicScript(t.text)) return null;
  let value: number;
  let k = i + 1;
  const adjust = URDU_ADJUSTERS.get(t.text);
  if (adjust !== undefined) {
    // "ساڑھے تین" is three and a half; "سوا ارب" alone is one and a quarter
    const base = URDU_NUMBERS.get(tokens[k]?.text ?? '');
    value = (base ?? 1) + adjust;
    if (base !== undefined) k++;
  } else if (t.text === URDU_HUNDRED) {
    return { value: 100, next: k };
  } else {
    const unit = URDU_FRACTIONS.get(t.text) ?? URDU_NUMBERS.get(t.text);
    if (unit === undefined) return null;
    value = unit;
  }
  if (tokens[k]?.text === URDU_HUNDRED) {
    value *= 100;
    k++;
    const rest = URDU_NUMBERS.get(tokens[k]?.text ?? '');
    if (rest !== undefined && rest > 0) {
      value += rest;
      k++;
    }
  }
  return readDecimalTail(tokens, k, value);
}

// Most words a page holds are not Urdu: one character tells them apart before any lookup.
const isArabicScript = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
};

/**
 * "… اعشاریہ 55", "… اعشاریہ پانچ پانچ", "… اعشاریہ پچپن": the digits after a decimal point written as a word,
 * added to a whole number read before it. Without a decimal point the number is returned as it was.
 */
export function readDecimalTail(tokens: readonly Token[], k: number, whole: number): UrduNumber {
  if (tokens[k]?.text !== URDU_DECIMAL_POINT || !Number.isInteger(whole)) return { value: whole, next: k };
  const first = tokens[k + 1];
  let digits = '';
  let next = k + 1;
  if (first?.kind === 'num' && /^\d+$/.test(first.text)) {
    digits = first.text;
    next = k + 2;
  } else {
    // Digits said one by one ("پانچ پانچ"), or the fraction said as one number ("پچپن")
    for (let j = k + 1; j < tokens.length; j++) {
      const d = URDU_NUMBERS.get(tokens[j]!.text);
      if (d === undefined || (d > 9 && digits !== '')) break;
      digits += String(d);
      next = j + 1;
      if (d > 9) break;
    }
  }
  if (digits === '') return { value: whole, next: k };
  return { value: Number(`${whole}.${digits}`), next };
}

/** "دو ہزار پندرہ" (2015), "انیس سو ننانوے" (1999): a year written in words. */
export function readUrduYear(tokens: readonly Token[], k: number): UrduNumber | null {
  const head = readUrduNumber(tokens, k);
  if (!head || !Number.isInteger(head.value)) return null;
  let { value, next } = head;
  if (tokens[next]?.text === 'ہزار') {
    value *= 1000;
    next++;
    const rest = readUrduNumber(tokens, next);
    if (rest && Number.isInteger(rest.value) && rest.value < 1000) {
      value += rest.value;
      next = rest.next;
    }
  }
  return value >= 1990 && value <= 2100 ? { value, next } : null;
}
