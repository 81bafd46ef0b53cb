import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { CLAIM_PHRASES, type ClaimKind } from '../lexicon/cues.js';
import { GENERIC_MEASURE_WORDS, UNTRACKED_MEASURES, type MeasureFamily } from '../lexicon/measures.js';
import { headsOf, MEASURE_FAMILY, MEASURE_IDS, namesOf, type MeasureId } from '../lexicon/series/index.js';
import { PhraseIndex } from '../text/phrases.js';
import type { SeriesSpec } from '../types.js';

/** What a phrase in a sentence names: a measure (tracked series, other measure, or a bare "exports"). */
export type Topic =
  | {
      kind: 'series';
      series: SeriesSpec;
      /** Measures whose names end in this name ("remittances" ends "ICT export remittances"): in a story about one, it is that one. */
      headOf?: readonly MeasureId[];
    }
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

/**
 * The lexicon for a list of series. A series' own keywords come first, then the series lexicon's names of every
 * measure: a tracked measure's names name its series, an untracked one's (textile exports when only IT exports are
 * tracked) name another measure, so its figures are never read as the tracked series'.
 */
export function lexiconFor(series: readonly SeriesSpec[]): Lexicon {
  const cached = cache.get(series);
  if (cached) return cached;
  const seriesTopic = (s: SeriesSpec): Mention => ({ type: 'topic', topic: { kind: 'series', series: s } });
  const entries: Array<readonly [string, Mention]> = [
    ...series.flatMap((s) => (s.keywords ?? []).map((k) => [k, seriesTopic(s)] as const)),
    ...MEASURE_IDS.flatMap((measure) => {
      // Two series of one measure (another country's IT exports) share its names; the first configured reads them.
      const tracked = series.find((s) => s.measure === measure);
      return namesOf(measure).map((name): readonly [string, Mention] => {
        if (!tracked) return [name, { type: 'topic', topic: { kind: 'untracked', label: measure } }];
        const headOf = MEASURE_IDS.filter((m) => m !== measure && headsOf(m).has(name.toLowerCase()));
        return [
          name,
          headOf.length > 0
            ? { type: 'topic', topic: { kind: 'series', series: tracked, headOf } }
            : seriesTopic(tracked),
        ];
      });
    }),
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

// A series of a known measure flows as the measure does; one named only by keywords is an inflow when they mostly
// speak of remittances, otherwise an export.
function familyOf(series: SeriesSpec): MeasureFamily {
  if (series.measure) return MEASURE_FAMILY[series.measure];
  const keywords = series.keywords ?? [];
  const inflow = keywords.filter((k) => /remittance|ترسیلات|inflow/i.test(k)).length;
  return inflow * 2 > keywords.length ? 'inflows' : 'exports';
}
