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
    const t = tokens[i]!;
    if (t.kind !== 'num' || !/^\d+(?:\.\d+)?$/.test(t.text)) continue;
    const width = percentSignWidth(tokens, i + 1);
    if (width === 0) continue;
    const last = tokens[i + width]!;
    out.push({ tStart: i, tEnd: i + 1 + width, index: t.start, end: last.end, pct: Number(t.text) });
    i += width;
  }
  return out;
}

function percentSignWidth(tokens: readonly Token[], k: number): number {
  const a = tokens[k]?.lower;
  if (a === '%' || a === 'percent' || a === 'pct' || a === 'pc' || a === 'فیصد') return 1;
  if (a === 'per' && tokens[k + 1]?.lower === 'cent') return 2;
  return 0;
}
