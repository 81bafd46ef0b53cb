/** The measures a series can be: what the press calls IT exports, textile exports, workers' remittances. */
export const MEASURE_IDS = ['it-exports', 'textile-exports', 'workers-remittances'] as const;

/** One of the measures the series lexicon names. */
export type MeasureId = (typeof MEASURE_IDS)[number];

/**
 * How one language names one measure. `names` are listed whole; each of `subjects` ("IT", "ICT services") is
 * combined with each of `heads` ("exports", "export remittances") by the language's `compose`, so "IT and ITeS
 * export remittances" and "export remittances of IT and ITeS" need no entry of their own.
 */
export interface MeasureNames {
  names?: readonly string[];
  subjects?: readonly string[];
  heads?: readonly string[];
}

/** One language's part of the series lexicon. */
export interface LanguageNames {
  /** BCP 47 code ("en", "ur"). */
  code: string;
  /** The ways the language joins a subject and a head into a name, in that language's word order. */
  compose(subject: string, head: string): readonly string[];
  measures: Readonly<Partial<Record<MeasureId, MeasureNames>>>;
}
