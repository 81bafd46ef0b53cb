import { describe, expect, it } from 'vitest';
import { readConfigFile, DEFAULT_CONFIG_FILE } from '../../src/config.js';
import { extractArticle, type Figure, type SeriesSpec } from '../../src/extract/index.js';
import {
  ATTRIBUTION,
  CALENDAR_YEAR_SERIES,
  CHANGES,
  FISCAL_YEARS,
  HEADLINES,
  MAIN_TEXT,
  MISWORDED,
  MONEY,
  PERIODS,
  PUBLICATION_DATES,
  RECORDS,
  TYPOS,
  URDU,
  type FigureSpec,
  type PhenomenonCase,
} from './phenomena.js';
import { ANAPHORA, NAMED_AFTER, OTHER_COUNTRIES, OTHER_MEASURES, SERIES_NAMES } from './whose.js';
import {
  CLAUSES,
  FISCAL_YEARS_RELATIVE,
  PAGE_DATES,
  RECORD_CLAIMS,
  ROUNDED,
  SPANS_AND_BASES,
  TO_DATE,
  YEAR_FROM_TEXT,
  YEAR_TYPOS,
} from './when.js';
import { URDU_TABLES } from './phenomena-urdu.js';

const { series } = readConfigFile(DEFAULT_CONFIG_FILE);

function matches(figure: Figure, spec: Partial<FigureSpec>): boolean {
  if ((spec.series ?? (spec.period !== undefined ? 'pk-it-exports' : figure.series)) !== figure.series) return false;
  if (spec.period !== undefined) {
    const [start, end = start] = spec.period.split('..');
    if (figure.period.start !== start || figure.period.end !== end) return false;
  }
  if (spec.value !== undefined && figure.value !== spec.value) return false;
  if (spec.role !== undefined && figure.role !== spec.role) return false;
  if (spec.recordClaim !== undefined && figure.recordClaim !== spec.recordClaim) return false;
  if (spec.note && !figure.notes.some((n) => spec.note!.test(n))) return false;
  if (spec.doubtful !== undefined && figure.confidence < 0.7 !== spec.doubtful) return false;
  if (
    spec.changes &&
    !spec.changes.every((c) =>
      figure.changes.some((f) => f.pct === c.pct && (c.basis === undefined || f.basis === c.basis)),
    )
  )
    return false;
  return true;
}

const show = (figures: Figure[]): string =>
  figures
    .map(
      (f) =>
        `${f.series} ${f.period.start}..${f.period.end} ${f.value} ${f.role} record=${f.recordClaim} conf=${f.confidence} ${JSON.stringify(f.changes)}`,
    )
    .join('\n');

function check(c: PhenomenonCase, withSeries: readonly SeriesSpec[] = series): void {
  const published = c.publishedIs !== undefined ? null : (c.published ?? null);
  const result = extractArticle(c.input, { series: withSeries, url: c.url ?? null, published });
  const why = `read:\n${show(result.figures)}`;
  if (c.publishedIs !== undefined) expect(result.published, why).toBe(c.publishedIs);
  for (const spec of c.expect ?? [])
    expect(
      result.figures.some((f) => matches(f, spec)),
      `expected ${JSON.stringify(spec)}\n${why}`,
    ).toBe(true);
  for (const spec of c.absent ?? [])
    expect(
      result.figures.some((f) => matches(f, spec)),
      `did not expect ${JSON.stringify(spec)}\n${why}`,
    ).toBe(false);
  if (c.exactly) expect(result.figures.length, why).toBe(c.expect?.length ?? 0);
}

const tables: Array<[string, PhenomenonCase[]]> = [
  ['money', MONEY],
  ['typos in the copy', TYPOS],
  ['percentages and changes', CHANGES],
  ['periods', PERIODS],
  ['publication date', PUBLICATION_DATES],
  ['attribution', ATTRIBUTION],
  ['record claims', RECORDS],
  ['a monthly level worded as an increase', MISWORDED],
  ['Urdu articles', URDU],
  ['headlines', HEADLINES],
  ['main text', MAIN_TEXT],
  ["the series' own names", SERIES_NAMES],
  ['the series named in an earlier sentence', ANAPHORA],
  ['the series named after its amount', NAMED_AFTER],
  ["other measures than the series' level", OTHER_MEASURES],
  ["other countries' series", OTHER_COUNTRIES],
  ['several clauses around one amount', CLAUSES],
  ['spans up to a month', TO_DATE],
  ['fiscal years named relative to the story', FISCAL_YEARS_RELATIVE],
  ['spans and the periods compared against', SPANS_AND_BASES],
  ['a rounded figure beside the exact one', ROUNDED],
  ["the date in the page's own text", PAGE_DATES],
  ['a month printed a year too late', YEAR_TYPOS],
  ['the year of an undated page from its own words', YEAR_FROM_TEXT],
  ["the month's record claims", RECORD_CLAIMS],
  ...URDU_TABLES,
];

for (const [name, cases] of tables) {
  describe(`extraction reads ${name}`, () => {
    it.each(cases.map((c) => [c.promise, c] as const))('%s', (_promise, c) => check(c));
  });
}

describe("extraction reads fiscal years by the series' country", () => {
  it.each(FISCAL_YEARS.map((c) => [c.promise, c] as const))('%s', (_promise, c) => check(c, [CALENDAR_YEAR_SERIES]));
});
