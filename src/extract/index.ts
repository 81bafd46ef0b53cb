import { analyse } from './article/analyse.js';
import { readPage } from './page.js';
import { textHash } from './text-hash.js';
import type { ArticleExtraction, ExtractOptions } from './types.js';

export type * from './types.js';
export { createSeriesMentionCheck, type FeedItem } from './series.js';

/** Reads one article page (HTML or plain text) into the `extract` contract's object. Pure: no I/O, no clock. */
export function extractArticle(input: string, options: ExtractOptions): ArticleExtraction {
  return analyseArticle(input, options).extraction;
}

/** The extraction plus a hash of the article's main text, which tells a changed article from a re-served one. */
export function analyseArticle(
  input: string,
  options: ExtractOptions,
): { extraction: ArticleExtraction; textHash: string } {
  const page = readPage(input);
  const url = options.url ?? null;
  const { published, figures, undated } = analyse(page, options);
  return {
    extraction: { url, title: page.title, published, figures, ...(undated.length > 0 ? { undated } : {}) },
    textHash: textHash([page.title ?? '', ...page.paragraphs]),
  };
}
