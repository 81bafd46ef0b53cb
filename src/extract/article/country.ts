import { countryOfTopic } from '../attribute/binding.js';
import type { SentenceReading } from '../read/sentence.js';

/**
 * The country an article is about when a sentence does not say: a foreign country its headline (or, failing
 * that, its first sentence) names without naming the series' own: "Bangladesh remittances hit all-time high",
 * "DHAKA: Remittances sent home by Bangladeshis …". Null means the series' own country. Countries named as
 * destinations, sources or for comparison ("exports to the Middle East", "unlike India") do not count.
 */
export function articleCountry(
  headline: SentenceReading | null,
  lead: SentenceReading | undefined,
  home: string,
): string | null {
  for (const reading of [headline, lead]) {
    if (!reading || reading.countries.length === 0) continue;
    if (reading.countries.some((c) => c.code === home)) return null;
    const attached = reading.topics.map((t) => countryOfTopic(reading, t, true)).find((c) => c !== null && c !== home);
    // "IT exports to Middle East rise": a destination or a comparison does not make the story foreign
    const subject = reading.countries.find(
      (c) =>
        !DESTINATION.has(reading.tokens[c.tStart - 1]?.lower ?? '') &&
        !DESTINATION.has(reading.tokens[c.tStart - 2]?.lower ?? ''),
    );
    const foreign = attached ?? subject?.code ?? null;
    if (foreign) return foreign;
  }
  return null;
}

const DESTINATION = new Set(['to', 'from', 'with', 'than', 'against', 'vs', 'versus', 'in', 'into', 'like', 'unlike']);
