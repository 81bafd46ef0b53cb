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
    const attached = headline.topics.map((t) => countryOfTopic(headline, t)).find((c) => c !== null && c !== home);
    return attached ?? headline.countries[0]!.code;
  }
  if (!lead || lead.countries.some((c) => c.code === home)) return null;
  return lead.topics.map((t) => countryOfTopic(lead, t)).find((c) => c !== null && c !== home) ?? null;
}
