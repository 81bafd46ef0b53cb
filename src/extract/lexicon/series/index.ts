// The series lexicon: every name the press gives each measure, in every language the extractor reads. It is
// the one list of series names: the extractor reads sentences with it and the feed pre-filter decides with it
// which items to fetch (`mentionsSeries` in ../../series.ts). A configured series names its measure
// (`"measure": "it-exports"`); its config `keywords` only add names for that one series.
//
// A language is one file exporting a `LanguageNames` object, listed in LANGUAGES below.
import type { MeasureFamily } from '../measures.js';
import { ENGLISH } from './en.js';
import { MEASURE_IDS, type LanguageNames, type MeasureId } from './types.js';
import { URDU } from './ur.js';

export { MEASURE_IDS, type LanguageNames, type MeasureId, type MeasureNames } from './types.js';

/** Every language of the lexicon. */
export const LANGUAGES: readonly LanguageNames[] = [ENGLISH, URDU];

/** The flow each measure is: a bare "exports" continues an export series, a bare "inflows" a remittance series. */
export const MEASURE_FAMILY: Readonly<Record<MeasureId, MeasureFamily>> = {
  'it-exports': 'exports',
  'textile-exports': 'exports',
  'workers-remittances': 'inflows',
};

const cache = new Map<MeasureId, readonly string[]>();

/** Every name of a measure in every language, whole names and composed ones, without duplicates. */
export function namesOf(measure: MeasureId): readonly string[] {
  const cached = cache.get(measure);
  if (cached) return cached;
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    const entry = language.measures[measure];
    if (!entry) continue;
    for (const name of entry.names ?? []) names.add(name);
    for (const subject of entry.subjects ?? []) {
      for (const head of entry.heads ?? []) for (const name of language.compose(subject, head)) names.add(name);
    }
  }
  const list = [...names];
  cache.set(measure, list);
  return list;
}

const headCache = new Map<MeasureId, ReadonlySet<string>>();

/** The heads of a measure's composed names in every language, lower-cased ("exports", "export remittances"). */
export function headsOf(measure: MeasureId): ReadonlySet<string> {
  let heads = headCache.get(measure);
  if (!heads) {
    heads = new Set(LANGUAGES.flatMap((l) => (l.measures[measure]?.heads ?? []).map((h) => h.toLowerCase())));
    headCache.set(measure, heads);
  }
  return heads;
}

/** True when the string is a measure of the lexicon. */
export function isMeasureId(value: string): value is MeasureId {
  return (MEASURE_IDS as readonly string[]).includes(value);
}
