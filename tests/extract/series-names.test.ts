import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { createSeriesMentionCheck, extractArticle, type SeriesSpec } from '../../src/extract/index.js';
import { namesOf } from '../../src/extract/lexicon/series/index.js';
import { createRelevanceFilter } from '../../src/pipeline/relevance.js';

const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
const itOnly: SeriesSpec[] = series.filter((s) => s.id === 'pk-it-exports');
const fetches = createSeriesMentionCheck(series);
const fetchesForIt = createSeriesMentionCheck(itOnly);
const item = (
  title: string | null,
  url = 'https://news.example.pk/business/story-1',
  summary: string | null = null,
) => ({ title, url, summary });

describe("the feed pre-filter reads series names with the extractor's lexicon", () => {
  it.each([
    ['an SBP name of IT exports', 'ICT export remittances climb in May'],
    ['"technology exports"', 'Technology exports post a strong quarter'],
    ['a name whose series follows the amount', 'Country earns $400m by providing IT services abroad'],
    ['the Urdu singular "آئی ٹی برآمد"', 'آئی ٹی برآمد میں نمایاں اضافہ'],
    ['the Urdu singular "آئی ٹی ایکسپورٹ"', 'آئی ٹی ایکسپورٹ بڑھ گئی'],
    ['an Urdu name with a non-joiner for its space', 'آئی\u200Cٹی برآمدات میں اضافہ'],
    ['an Urdu name in Arabic letter forms', 'آٸی ٹي برآمدات میں اضافہ'],
  ])('fetches an item whose title gives %s', (_what, title) => {
    expect(fetchesForIt(item(title))).toBe(true);
  });

  it.each([
    ['/2024/05/16/tech-exports-hit-new-high/'],
    ['/ict-export-remittances-rise-in-april'],
    ['/19-Mar-2024/pakistan-earns-from-it-services-export-in-7-months'],
  ])('fetches an item whose only clue is the URL slug %s', (path) => {
    expect(fetchesForIt(item(null, `https://news.example.pk${path}`))).toBe(true);
  });

  it.each([
    ['title', item('ICT posts $633mn exports in the first quarter')],
    ['title', item("Textile sector's exports slide again")],
    ['URL slug', item(null, 'https://news.example.pk/2025/10/ict-records-633mn-exports-in-q1-fy26/')],
  ])("fetches an item whose %s puts a word or two between the series' subject and its head", (_what, feedItem) => {
    expect(fetches(feedItem)).toBe(true);
  });

  it.each([
    ['a clause between subject and head', 'Technology summit opens; exports on the agenda'],
    ['a subject far from the head', 'IT ministry hosts investors as government promises more exports'],
    ['the pronoun "it" before exports', 'Country says it boosted exports'],
  ])('skips an item with %s', (_what, title) => {
    expect(fetchesForIt(item(title))).toBe(false);
  });

  it('fetches an item whose feed summary names the series when its title does not', () => {
    expect(
      fetchesForIt(
        item('Monthly data released', undefined, 'Information and communication technology exports rose in March.'),
      ),
    ).toBe(true);
  });

  it.each([
    ['another measure only', 'Textile exports slip for a third month'],
    ['a bare "exports"', 'Exports rise 9pc in the first quarter'],
    ['the pronoun "it" in a sentence', 'What the country sells and where it exports goods'],
    ["workers' remittances when only IT exports are tracked", "Workers' remittances reach $3bn"],
  ])('skips an item that names %s', (_what, title) => {
    expect(fetchesForIt(item(title))).toBe(false);
  });

  it('fetches an item whose Urdu title writes a name with a vowel mark, as the extractor reads it', () => {
    expect(fetches(item('ترسیلاتِ زر میں اضافہ'))).toBe(true);
    expect(
      extractArticle('مارچ 2025 میں ترسیلاتِ زر 4 ارب 10 کروڑ ڈالر رہیں۔', { series, published: '2025-04-10' }).figures,
    ).toHaveLength(1);
  });

  it('fetches an item naming any tracked series when several are tracked', () => {
    expect(fetches(item('Textile exports slip for a third month'))).toBe(true);
    expect(fetches(item('Home remittances reach $3bn'))).toBe(true);
    expect(fetches(item('Overseas workers remit more in five months'))).toBe(true);
  });

  it('fetches an item naming a part of a tracked series, whose article often gives the series beside it', () => {
    expect(fetches(item('Value-added textile exports grow in the first half'))).toBe(true);
    expect(fetches(item(null, 'https://news.example.pk/growth-in-value-added-textile-exports-in-pakistan/'))).toBe(
      true,
    );
  });

  it('fetches an item for every name the extractor reads as the series, so the two never disagree', () => {
    const missed = namesOf('it-exports').filter((name) => !fetchesForIt(item(`${name} rise sharply`)));
    expect(missed).toEqual([]);
  });

  it('reads a figure from every item the lexicon makes the pre-filter fetch', () => {
    for (const title of ['ICT export remittances climb in May', 'Technology exports post a strong quarter']) {
      const read = extractArticle(
        `${title.replace(/ climb in May| post a strong quarter/, '')} were $310 million in April 2024.`,
        { series: itOnly, published: '2024-05-18' },
      );
      expect(read.figures.map((f) => [f.series, f.period.start, f.value])).toEqual([
        ['pk-it-exports', '2024-04', 310e6],
      ]);
    }
  });

  it("is the pipeline's relevance filter", () => {
    const relevant = createRelevanceFilter(itOnly);
    expect(
      relevant({ url: 'https://news.example.pk/a', title: 'ICT export remittances climb in May', summary: null }),
    ).toBe(true);
    expect(relevant({ url: 'https://news.example.pk/b', title: 'Textile exports slip', summary: null })).toBe(false);
  });
});

describe('a configured series takes its names from the lexicon', () => {
  const configWith = (seriesEntry: object): string => {
    const dir = mkdtempSync(join(tmpdir(), 'exportwatch-series-'));
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        series: [
          { id: 'pk-it-exports', name: 'IT', country: 'PK', currency: 'USD', fiscalYearStartMonth: 7, ...seriesEntry },
        ],
        sources: [],
      }),
    );
    return file;
  };

  it('accepts a series with a measure and no keywords', () => {
    expect(readConfigFile(configWith({ measure: 'it-exports' })).series[0]).toMatchObject({
      measure: 'it-exports',
      keywords: [],
    });
  });

  it('refuses a measure the lexicon does not know, naming the key and the measures it knows', () => {
    expect(() => readConfigFile(configWith({ measure: 'software' }))).toThrow(ConfigError);
    expect(() => readConfigFile(configWith({ measure: 'software' }))).toThrow(
      /series\.0\.measure: .*it-exports, textile-exports, workers-remittances/,
    );
  });

  it('refuses a series with neither a measure nor keywords', () => {
    expect(() => readConfigFile(configWith({}))).toThrow(/series\.0\.keywords: a series needs a `measure`/);
  });

  it("reads a keyword of the config as that series beside the lexicon's names", () => {
    const [withKeyword] = readConfigFile(
      configWith({ measure: 'it-exports', keywords: ['digital services exports'] }),
    ).series;
    const read = extractArticle('Digital services exports were $310 million in April 2024.', {
      series: [withKeyword!],
      published: '2024-05-18',
    });
    expect(read.figures.map((f) => [f.series, f.value])).toEqual([['pk-it-exports', 310e6]]);
  });

  it('reads a measure no series tracks as another measure, never as a tracked series', () => {
    const read = extractArticle(
      'IT exports were $310 million in April 2024. Textile exports were $1.45 billion in April 2024.',
      { series: itOnly, published: '2024-05-18' },
    );
    expect(read.figures.map((f) => [f.series, f.value])).toEqual([['pk-it-exports', 310e6]]);
  });
});
