import { readSentence } from './figures.js';
import { readPage } from './page.js';
import { publicationDate } from './published.js';
import { splitSentences } from './sentences.js';
import { createSeriesMatcher } from './series.js';
import { textHash } from './text-hash.js';
import type { ArticleExtraction, ExtractOptions, Figure, Period } from './types.js';

export type * from './types.js';

/** Reads one article page (HTML or plain text) into the `extract` contract's object. Pure: no I/O, no clock. */
export function extractArticle(input: string, options: ExtractOptions): ArticleExtraction {
  return analyseArticle(input, options).extraction;
}

/** The extraction plus a hash of the article's main text, which tells a changed article from a re-served one. */
export function analyseArticle(input: string, options: ExtractOptions): { extraction: ArticleExtraction; textHash: string } {
  const page = readPage(input);
  const url = options.url ?? null;
  const published = options.published ?? publicationDate(page.dateHints, url, page.paragraphs[0]);
  const matcher = createSeriesMatcher(options.series);

  const figures: Figure[] = [];
  const previousRange = new Map<string, Period>();
  const sentences = [...(page.title ? [page.title] : []), ...page.paragraphs.flatMap(splitSentences)];
  for (const sentence of sentences) {
    for (const series of matcher.match(sentence)) {
      const read = readSentence(sentence, { series, published, previousRange: previousRange.get(series.id) ?? null });
      for (const f of read) {
        if (f.period.start !== f.period.end && f.role === 'cumulative') previousRange.set(series.id, f.period);
      }
      figures.push(...read);
    }
  }
  return {
    extraction: { url, title: page.title, published, figures: mergeDuplicates(figures) },
    textHash: textHash([page.title ?? '', ...page.paragraphs]),
  };
}

// The headline and the body usually state the same figure; report it once, with everything said about it.
function mergeDuplicates(figures: Figure[]): Figure[] {
  const byKey = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.series}|${f.period.start}|${f.period.end}|${f.value ?? 'change'}|${f.currency}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, changes: [...f.changes], notes: [...f.notes] });
      continue;
    }
    seen.recordClaim ||= f.recordClaim;
    seen.confidence = Math.max(seen.confidence, f.confidence);
    if (seen.role !== 'reported-month' && f.role === 'reported-month') seen.role = f.role;
    for (const c of f.changes) {
      if (!seen.changes.some((s) => s.pct === c.pct)) seen.changes.push(c);
      else if (c.basis !== 'unspecified') seen.changes = seen.changes.map((s) => (s.pct === c.pct ? c : s));
    }
    for (const n of f.notes) if (!seen.notes.includes(n)) seen.notes.push(n);
  }
  return [...byKey.values()];
}
