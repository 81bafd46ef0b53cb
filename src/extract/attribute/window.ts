import type { Token } from '../text/tokens.js';

/** Lower-cased tokens [from, to) joined by spaces, hyphens closed up: "year - on - year" reads "year-on-year". */
export function windowText(tokens: readonly Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) parts.push(tokens[k]!.lower);
  return parts.join(' ').replace(/ - /g, '-');
}

/** The token before index `i`, skipping the given filler words. */
export function previousWord(tokens: readonly Token[], i: number, skip: ReadonlySet<string> = new Set()): { token: Token; index: number } | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (skip.has(t.lower)) continue;
    return { token: t, index: k };
  }
  return null;
}
