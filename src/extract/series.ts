import { CLAUSE_BREAKS } from './lexicon/cues.js';
import { LANGUAGES, type MeasureId } from './lexicon/series/index.js';
import { lexiconFor } from './read/lexicon.js';
import { tokensOf } from './read/sentence.js';
import { cleanText, normalizeText } from './text/normalize.js';
import { PhraseIndex } from './text/phrases.js';
import type { Token } from './text/tokens.js';
import type { SeriesSpec } from './types.js';

/** Finds which configured series a sentence talks about. */
export interface SeriesMatcher {
  /** Series named in the sentence, in order of first mention. */
  match(sentence: string): SeriesSpec[];
}

/**
 * Matches series names the way the extractor reads them, with its lexicon: the longest phrase wins, so "IT & ITeS
 * export remittances" names IT exports and not workers' remittances, and "IT" must be written in capitals.
 */
export function createSeriesMatcher(series: readonly SeriesSpec[]): SeriesMatcher {
  return { match: (sentence) => seriesIn(sentence, series, false) };
}

/** What a feed tells of an item before it is fetched. */
export interface FeedItem {
  url: string;
  title?: string | null;
  summary?: string | null;
}

/**
 * The feed pre-filter: true when an item's title, summary or URL names a tracked series, by the names the
 * extractor reads (the series lexicon and the series' keywords), so every item the extractor could read a figure
 * from is fetched. The URL's words are matched in any case: a slug writes "IT" as "it".
 */
export function createSeriesMentionCheck(series: readonly SeriesSpec[]): (item: FeedItem) => boolean {
  return (item) => {
    const text = [item.title, item.summary].filter((t): t is string => typeof t === 'string').join('\n');
    return namesAnywhere(text, series, false) || namesAnywhere(urlWords(item.url), series, true);
  };
}

function seriesIn(text: string, series: readonly SeriesSpec[], anyCase: boolean): SeriesSpec[] {
  const found = new Map<string, SeriesSpec>();
  for (const m of lexiconFor(series).phrases.findAll(tokensFor(text), undefined, anyCase)) {
    if (m.value.type === 'topic' && m.value.topic.kind === 'series')
      found.set(m.value.topic.series.id, m.value.topic.series);
  }
  return [...found.values()];
}

// A title may name a part of a tracked series ("value-added textile exports"), whose figures the article often
// gives beside the series' own: the pre-filter looks for a series name at every word, inside longer names too.
function namesAnywhere(text: string, series: readonly SeriesSpec[], anyCase: boolean): boolean {
  const { phrases } = lexiconFor(series);
  const tokens = tokensFor(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!phrases.startsWith(tokens[i]!.lower)) continue;
    const m = phrases.matchAt(tokens, i, anyCase);
    if (m?.value.type === 'topic' && m.value.topic.kind === 'series') return true;
  }
  return subjectNearHead(tokens, series, anyCase);
}

// A headline packs words between a measure's subject and its head: "ICT records $633mn exports", "IT sector posts
// record exports". The pre-filter fetches such an item; the extractor then reads the article's own sentences.
const HEAD_WITHIN = 2;

function subjectNearHead(tokens: readonly Token[], series: readonly SeriesSpec[], anyCase: boolean): boolean {
  const parts = partsFor(series);
  const found = parts.findAll(tokens, undefined, anyCase);
  for (const [i, m] of found.entries()) {
    if (m.value.part !== 'subject') continue;
    const head = found[i + 1];
    if (!head || head.value.part !== 'head' || head.value.measure !== m.value.measure) continue;
    const gap = tokens.slice(m.end, head.start);
    if (gap.some((t) => CLAUSE_BREAKS.has(t.lower) || t.text === ',')) continue;
    // an amount ("$633mn") counts as one word
    const words = gap.filter(
      (t, k) => t.kind === 'num' || (t.kind === 'word' && !(t.glued && gap[k - 1]?.kind === 'num')),
    );
    if (words.length <= HEAD_WITHIN) return true;
  }
  return false;
}

type Part = { part: 'subject' | 'head'; measure: MeasureId };
const partsCache = new WeakMap<readonly SeriesSpec[], PhraseIndex<Part>>();

// The subjects and heads of the tracked series' measures, in every language of the lexicon.
function partsFor(series: readonly SeriesSpec[]): PhraseIndex<Part> {
  let index = partsCache.get(series);
  if (!index) {
    const measures = series.flatMap((s) => (s.measure ? [s.measure] : []));
    const entries: Array<readonly [string, Part]> = [];
    for (const language of LANGUAGES)
      for (const measure of measures) {
        const names = language.measures[measure];
        for (const subject of names?.subjects ?? []) entries.push([subject, { part: 'subject', measure }]);
        for (const head of names?.heads ?? []) entries.push([head, { part: 'head', measure }]);
      }
    index = new PhraseIndex(entries);
    partsCache.set(series, index);
  }
  return index;
}

// A title or slug is cleaned and cut into words as the extractor cuts a sentence: "ترسیلاتِ زر" with its vowel mark,
// "آئی‌ٹی" with a non-joiner and "آئی ٹی برآمدات47" are the names the extractor reads.
function tokensFor(text: string): Token[] {
  return tokensOf(normalizeText(cleanText(text)));
}

// "/2024/05/16/pakistans-it-exports-rise/" → "2024 05 16 pakistans it exports rise": a slug's words, in order.
function urlWords(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray "%" in a path: read it as written
  }
  return path.replace(/[-_/+.]+/g, ' ');
}
