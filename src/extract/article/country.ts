import type { SentenceReading } from '../read/sentence.js';

/**
 * The country an article is about when a sentence does not say: the one its headline and lead name most, the
 * headline counting double. Null when they name none, or name the series' own country as much as any other.
 */
export function articleCountry(headline: SentenceReading | null, lead: readonly SentenceReading[], home: string): string | null {
  const counts = new Map<string, number>();
  const count = (r: SentenceReading, weight: number): void => {
    for (const c of r.countries) counts.set(c.code, (counts.get(c.code) ?? 0) + weight);
  };
  if (headline) count(headline, 2);
  for (const r of lead) count(r, 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (code === home) continue;
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  if (best === null || bestCount <= (counts.get(home) ?? 0)) return null;
  return best;
}
