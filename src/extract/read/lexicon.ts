import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { CLAIM_PHRASES, type ClaimKind } from '../lexicon/cues.js';
import { GENERIC_MEASURE_WORDS, UNTRACKED_MEASURES, type MeasureFamily } from '../lexicon/measures.js';
import { PhraseIndex } from '../text/phrases.js';
import type { SeriesSpec } from '../types.js';

/** What a phrase in a sentence names: a measure (tracked series, other measure, or a bare "exports"). */
export type Topic =
  | { kind: 'series'; series: SeriesSpec }
  | { kind: 'untracked'; label: string }
  | { kind: 'generic'; family: MeasureFamily };

/** What a listed phrase stands for. */
export type Mention =
  { type: 'topic'; topic: Topic } | { type: 'country'; code: string } | { type: 'claim'; claim: ClaimKind };

/** Everything the sentence reader looks up, built once per list of series. */
export interface Lexicon {
  phrases: PhraseIndex<Mention>;
  series: readonly SeriesSpec[];
  /** The flow each series is: its figures continue a bare "exports" or "inflows". */
  family: ReadonlyMap<string, MeasureFamily>;
}

const cache = new WeakMap<readonly SeriesSpec[], Lexicon>();

/** The lexicon for a list of series; series keywords come first, so they win over the other measures. */
export function lexiconFor(series: readonly SeriesSpec[]): Lexicon {
  const cached = cache.get(series);
  if (cached) return cached;
  const entries: Array<readonly [string, Mention]> = [
    ...series.flatMap((s) =>
      s.keywords.map((k) => [k, { type: 'topic', topic: { kind: 'series', series: s } }] as const),
    ),
    ...UNTRACKED_MEASURES.map((m) => [m, { type: 'topic', topic: { kind: 'untracked', label: m } }] as const),
    ...GENERIC_MEASURE_WORDS.map(([w, family]) => [w, { type: 'topic', topic: { kind: 'generic', family } }] as const),
    ...COUNTRY_NAMES.map(([name, code]) => [name, { type: 'country', code }] as const),
    ...CLAIM_PHRASES.map(([p, claim]) => [p, { type: 'claim', claim }] as const),
  ];
  const lexicon: Lexicon = {
    phrases: new PhraseIndex<Mention>(entries),
    series,
    family: new Map(series.map((s) => [s.id, familyOf(s)])),
  };
  cache.set(series, lexicon);
  return lexicon;
}

// A series whose keywords mostly speak of remittances is an inflow; otherwise it is an export.
function familyOf(series: SeriesSpec): MeasureFamily {
  const inflow = series.keywords.filter((k) => /remittance|ترسیلات|inflow/i.test(k)).length;
  return inflow * 2 > series.keywords.length ? 'inflows' : 'exports';
}
