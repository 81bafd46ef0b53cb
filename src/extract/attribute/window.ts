import type { Token } from '../text/tokens.js';

/** Lower-cased tokens [from, to) joined by spaces, hyphens closed up: "year - on - year" reads "year-on-year". */
export function windowText(tokens: readonly Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) parts.push(tokens[k]!.lower);
  return parts.join(' ').replace(/ - /g, '-');
}
