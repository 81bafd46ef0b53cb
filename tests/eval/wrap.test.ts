import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { extractArticle } from '../../src/extract/index.js';
import { parseCase } from '../../scripts/eval/cases.js';
import { feedDate } from '../../scripts/eval/feed-date.js';
import { readsAsHeadline, slugHeadline } from '../../scripts/eval/headline.js';
import type { SharedLabel } from '../../scripts/eval/labels.js';
import { wrapCase } from '../../scripts/eval/wrap.js';

const { series } = readConfigFile(DEFAULT_CONFIG_FILE);

// A made-up case in the shared corpus's format.
const CASE = [
  'URL: https://example.pk/2024/05/18/it-exports-surge-623pc-to-310m-in-april/',
  '',
  ' date 2024-05-18 Share:',
  '',
  'ISLAMABAD: IT exports rose to $310 million in April 2024, up 62.3 percent year-on-year.',
  'For July-April, they came to $2.593 billion.',
].join('\n');

const label = (over: Partial<SharedLabel>): SharedLabel => ({
  id: 'x',
  url: 'https://example.pk/story',
  country: 'Pakistan',
  series: 'IT exports',
  month: null,
  monthly_usd: null,
  period: null,
  period_usd: null,
  claims_record: false,
  notes: '',
  ...over,
});

describe('wrapping a corpus case in a news page', () => {
  it('reads the URL, the page date prefix and every body line, the rest of the date line included', () => {
    const c = parseCase('x.txt', CASE);
    expect(c).toMatchObject({
      url: 'https://example.pk/2024/05/18/it-exports-surge-623pc-to-310m-in-april/',
      date: '2024-05-18',
    });
    expect(c.lines).toEqual(['Share:', expect.stringMatching(/^ISLAMABAD/), expect.stringMatching(/^For July-April/)]);
  });

  it('serves a page the extractor reads like the case: headline, own date, body figures', () => {
    const page = wrapCase(parseCase('x.txt', CASE));
    expect(page.html).toContain('<time class="published" datetime="2024-05-18">');
    const out = extractArticle(page.html, { series, url: 'https://example.pk/x' });
    expect(out.title).toBe(page.headline.text);
    expect(out.published).toBe('2024-05-18');
    expect(out.figures).toContainEqual(
      expect.objectContaining({ period: { start: '2024-04', end: '2024-04' }, value: 310_000_000 }),
    );
    expect(out.figures.every((f) => !/Gold|KSE|Rs/.test(f.evidence))).toBe(true);
  });

  it('serves an undated page without the <time> element, keeping the rest of the date line', () => {
    const page = wrapCase(parseCase('x.txt', CASE), 'page', false);
    expect(page.html).not.toContain('<time');
    expect(page.html).toContain('<p>Share:</p>');
    const out = extractArticle(page.html, { series, url: 'https://example.pk/x' });
    expect(out.published).toBeNull();
  });

  it('serves the same page on every run', () => {
    expect(wrapCase(parseCase('x.txt', CASE)).html).toBe(wrapCase(parseCase('x.txt', CASE)).html);
  });

  it('takes a headline from the URL slug without the numbers a slug mangles, keeping years and fiscal labels', () => {
    expect(slugHeadline('https://x.pk/news/1/jul-oct-ict-exports-surge-3926pc-to-830m-yoy')).toBe(
      'Jul Oct ICT Exports Surge To YOY',
    );
    expect(slugHeadline('https://x.pk/pakistan-earned-444-million-in-q1-fy-2020-21-from-ict-services-export/')).toBe(
      'Pakistan Earned In Q1 FY 2020-21 From ICT Services Export',
    );
    expect(slugHeadline('https://x.pk/?p=10147')).toBeNull();
  });

  it.each([
    ['IT Exports Jump To A Stunning $310 Mln In April', true],
    ['Share:', false],
    ['Tuesday, 30 April 2024, 01:45:55 am', false],
    ['In March, IT exports rose to $306 million.', false],
  ])('tells a headline line from chrome and prose: %s', (line, headline) => {
    expect(readsAsHeadline(line)).toBe(headline);
  });

  it('dates a case without its own date as its feed would: by the URL, else after the latest month it reports', () => {
    expect(feedDate(label({ url: 'https://x.pk/19-Mar-2024/story' }))).toEqual({ date: '2024-03-19', from: 'url' });
    expect(feedDate(label({ month_inferred: '2024-11', period_inferred: { from: '2024-07', to: '2024-11' } }))).toEqual(
      { date: '2024-12-15', from: 'labels' },
    );
    expect(feedDate(label({ period: { from: '2023-07', to: '2023-12' } }))).toEqual({
      date: '2024-01-15',
      from: 'labels',
    });
    expect(feedDate(label({}))).toBeNull();
  });
});
