import { readDecimalTail, readUrduNumber } from './urdu-number.js';
import type { Token } from '../text/tokens.js';

/** A percentage in a sentence ("62.3%", "36 per cent", "24pc", "17 فیصد"). */
export interface PercentMention {
  tStart: number;
  tEnd: number;
  index: number;
  end: number;
  pct: number;
}

/** Finds percentages; the sign is decided later from the words around them. */
export function findPercents(tokens: readonly Token[]): PercentMention[] {
  const out: PercentMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const number = readNumber(tokens, i);
    if (!number) continue;
    const width = percentSignWidth(tokens, number.next);
    if (width === 0) continue;
    const end = number.next + width;
    out.push({ tStart: i, tEnd: end, index: tokens[i]!.start, end: tokens[end - 1]!.end, pct: number.value });
    i = end - 1;
  }
  return out;
}

// "62.3", "5 اعشاریہ 9", "گیارہ", "پانچ اعشاریہ نو": Urdu copy writes small percentages in words.
function readNumber(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i]!;
  if (t.kind === 'word') return readUrduNumber(tokens, i);
  if (t.kind !== 'num' || !/^\d+(?:\.\d+)?$/.test(t.text)) return null;
  return readDecimalTail(tokens, i + 1, Number(t.text));
}

function percentSignWidth(tokens: readonly Token[], k: number): number {
  const a = tokens[k]?.lower;
  if (a === '%' || a === 'percent' || a === 'pct' || a === 'pc' || a === 'فیصد') return 1;
  if (a === 'per' && tokens[k + 1]?.lower === 'cent') return 2;
  return 0;
}
