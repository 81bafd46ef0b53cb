import { lexiconFor } from './read/lexicon.js';
import { normalizeText } from './text/normalize.js';
import { tokenize } from './text/tokens.js';
import type { SeriesSpec } from './types.js';

/** Finds which configured series a sentence talks about. */
export interface SeriesMatcher {
  /** Series named in the sentence, in order of first mention. */
  match(sentence: string): SeriesSpec[];
}

/**
 * Matches series keywords the way the extractor reads them: the longest phrase wins, so "IT & ITeS export
 * remittances" names IT exports and not workers' remittances, and "IT" must be written in capitals.
 */
export function createSeriesMatcher(series: readonly SeriesSpec[]): SeriesMatcher {
  const lexicon = lexiconFor(series);
  return {
    match(sentence) {
      const found = new Map<string, SeriesSpec>();
      for (const m of lexicon.phrases.findAll(tokenize(normalizeText(sentence)))) {
        if (m.value.type === 'topic' && m.value.topic.kind === 'series')
          found.set(m.value.topic.series.id, m.value.topic.series);
      }
      return [...found.values()];
    },
  };
}
