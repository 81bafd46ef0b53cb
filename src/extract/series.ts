import type { SeriesSpec } from './types.js';

/** Finds which configured series a sentence talks about. */
export interface SeriesMatcher {
  /** Series named in the sentence, in order of first mention. */
  match(sentence: string): SeriesSpec[];
}

interface CompiledKeyword {
  series: SeriesSpec;
  pattern: RegExp;
  /** Tokens written in capitals ("IT") must be capitals in the text too: "it exports" is a pronoun. */
  capitals: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createSeriesMatcher(series: readonly SeriesSpec[]): SeriesMatcher {
  const compiled: CompiledKeyword[] = series.flatMap((s) =>
    s.keywords.map((keyword) => ({
      series: s,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${keyword.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      capitals: keyword.split(/\s+/).filter((t) => t.length > 1 && t === t.toUpperCase() && /[A-Z]/.test(t)),
    })),
  );
  return {
    match(sentence) {
      const hits: Array<{ series: SeriesSpec; index: number }> = [];
      for (const k of compiled) {
        for (const m of sentence.matchAll(k.pattern)) {
          if (k.capitals.every((cap) => m[0].includes(cap))) {
            hits.push({ series: k.series, index: m.index });
            break;
          }
        }
      }
      hits.sort((a, b) => a.index - b.index);
      return [...new Map(hits.map((h) => [h.series.id, h.series])).values()];
    },
  };
}
