// Every case the eval runs, from both corpora, as the page, URL and date `exportwatch extract` is given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCases, SHARED_FOLDERS } from './cases.js';
import { feedDate, urlDate } from './feed-date.js';
import type { Headline } from './headline.js';
import { fixtureTruth, readFixtureLabels, readSharedLabels, sharedTruth, type CaseTruth } from './labels.js';
import { wrapCase, type HeadlineMode } from './wrap.js';

/** One page to extract and score. */
export interface EvalCase {
  corpus: string;
  truth: CaseTruth;
  /** The page as the extractor reads it: a fixture file, or the wrapped case. */
  html: string;
  /** The fixture file, or the case's `.txt` it was wrapped from. */
  source: string;
  url: string;
  /** What `--published` is given: the feed's date for a case without its own, else nothing. */
  published: string | null;
  /** Where the extractor's date comes from: the page itself, the URL's date or the labels' time (feed date). */
  dateFrom: 'page' | 'url' | 'labels' | 'none';
  /** The date the page itself carries, which the extractor must read from it. */
  pageDate: string | null;
  headline?: Headline;
}

/** The developer corpus: finished pages, dated by themselves (no `--published`), as `npm run eval` always did. */
export function fixtureCases(dir: string): EvalCase[] {
  return readFixtureLabels(dir).map((label) => ({
    corpus: 'fixtures',
    truth: fixtureTruth(label),
    html: readFileSync(join(dir, label.file), 'utf8'),
    source: join(dir, label.file),
    url: label.url,
    published: null,
    dateFrom: 'page',
    pageDate: label.published,
  }));
}

/**
 * The shared corpus's folders, each case wrapped in a page and given the feed's date when it has none. `undated`
 * serves every page without its <time> element and without `--published`, as a site without dates and a feed
 * without them would: only the URL and the article's own words can date it, and a case expects the months and
 * periods the labels infer only when its URL carries a date.
 */
export function sharedCases(
  dir: string,
  headlines: HeadlineMode = 'page',
  undated = false,
): Array<{ name: string; dir: string; cases: EvalCase[] }> {
  return SHARED_FOLDERS.map((name) => {
    const folder = { name, dir: join(dir, name) };
    const labels = readSharedLabels(folder.dir);
    const cases = readCases(folder).map((c): EvalCase => {
      const label = labels.get(c.id);
      if (!label) throw new Error(`${c.file}: no label with id "${c.id}" in ${join(folder.dir, 'labels.jsonl')}`);
      const feed = c.date === null && !undated ? feedDate(label) : null;
      const page = wrapCase(c, headlines, !undated);
      const dated = undated ? urlDate(c.url) !== null : c.date !== null || feed !== null;
      return {
        corpus: name,
        truth: sharedTruth(name, label, dated),
        html: page.html,
        source: c.file,
        url: c.url,
        published: feed?.date ?? null,
        dateFrom: undated ? (dated ? 'url' : 'none') : c.date !== null ? 'page' : (feed?.from ?? 'none'),
        pageDate: undated ? null : c.date,
        headline: page.headline,
      };
    });
    const missing = [...labels.keys()].filter((id) => !cases.some((c) => c.truth.id === id));
    if (missing.length > 0) throw new Error(`${folder.dir}: labels without a case file: ${missing.join(', ')}`);
    return { name, dir: folder.dir, cases };
  });
}
