import { countryOfTopic } from '../attribute/binding.js';
import type { SentenceReading } from '../read/sentence.js';

/**
 * The country an article is about when a sentence does not say: a foreign country its headline names without
 * naming the series' own ("Bangladesh remittances hit all-time high"), or the country its first sentence ties
 * to a measure ("Vietnam's textile exports rose …"). Null means the series' own country. Countries named as
 * sources or for comparison ("inflows from Saudi Arabia", "unlike India") do not make an article foreign.
 */
export function articleCountry(headline: SentenceReading | null, lead: SentenceReading | undefined, home: string): string | null {
  if (headline && headline.countries.length > 0) {
    if (headline.countries.some((c) => c.code === home)) return null;
    const attached = headline.topics.map((t) => countryOfTopic(headline, t, true)).find((c) => c !== null && c !== home);
    // "IT exports to Middle East rise": a destination does not make the story foreign
    const subject = headline.countries.find((c) => !DESTINATION.has(headline.tokens[c.tStart - 1]?.lower ?? '') &&
      !DESTINATION.has(headline.tokens[c.tStart - 2]?.lower ?? ''));
    return attached ?? subject?.code ?? null;
  }
  if (!lead || lead.countries.some((c) => c.code === home)) return null;
  return lead.topics.map((t) => countryOfTopic(lead, t, true)).find((c) => c !== null && c !== home) ?? null;
}

const DESTINATION = new Set(['to', 'from', 'with', 'than', 'against', 'vs', 'versus', 'in', 'into']);
