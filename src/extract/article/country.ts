import { countryOfTopic } from '../attribute/binding.js';
import type { SentenceReading } from '../read/sentence.js';

/**
 * The country an article is about when a sentence does not say: a foreign country its headline (or, failing
 * that, its first sentence) names without naming the series' own: "Bangladesh remittances hit all-time high",
 * "DHAKA: Remittances sent home by Bangladeshis …"; else the foreign country the body names most, away from its
 * amounts, when it never names the series' own ("Services exports hit a record …, … India has climbed the value
 * chain"). Null means the
 * series' own country. Countries named as destinations, sources or for comparison ("exports to the Middle East",
 * "unlike India") do not count.
 */
export function articleCountry(
  headline: SentenceReading | null,
  body: readonly SentenceReading[],
  home: string,
): string | null {
  for (const reading of [headline, body[0]]) {
    if (!reading || reading.countries.length === 0) continue;
    if (reading.countries.some((c) => c.code === home)) return null;
    const attached = reading.topics.map((t) => countryOfTopic(reading, t, true)).find((c) => c !== null && c !== home);
    const foreign = attached ?? subjects(reading)[0] ?? null;
    if (foreign) return foreign;
  }
  return foreignBody(body, home);
}

// A story that never names the series' country but names another one as a subject is that country's story. A
// country beside an amount is a source or a market ("GCC countries sent $1.9 billion"), so only sentences without
// one count: "India has climbed the value chain", a "Colombo" dateline.
function foreignBody(body: readonly SentenceReading[], home: string): string | null {
  const counts = new Map<string, number>();
  for (const reading of body) {
    if (reading.countries.some((c) => c.code === home)) return null;
    if (reading.money.length > 0) continue;
    // Regions ("the Gulf", "GCC countries") are where remittances come from, not whose story it is
    for (const code of subjects(reading)) if (code !== 'XX') counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best;
}

// "IT exports to Middle East rise": a destination or a comparison does not make the story foreign
function subjects(reading: SentenceReading): string[] {
  return reading.countries
    .filter(
      (c) =>
        !DESTINATION.has(reading.tokens[c.tStart - 1]?.lower ?? '') &&
        !DESTINATION.has(reading.tokens[c.tStart - 2]?.lower ?? ''),
    )
    .map((c) => c.code);
}

const DESTINATION = new Set(['to', 'from', 'with', 'than', 'against', 'vs', 'versus', 'in', 'into', 'like', 'unlike']);
