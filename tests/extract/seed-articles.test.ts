import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfigFile, DEFAULT_CONFIG_FILE } from '../../src/config.js';
import { extractArticle } from '../../src/extract/index.js';
import { ARTICLE_APR_2024, ARTICLE_DEC_2023 } from '../support/paths.js';

const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
const read = (path: string) => extractArticle(readFileSync(path, 'utf8'), { series });

describe('the two articles exportwatch was born from', () => {
  it('reads the December 2023 article as a $303 million record month', () => {
    const result = read(ARTICLE_DEC_2023);
    expect(result.published).toBe('2024-01-18');
    expect(result.figures).toHaveLength(1);
    expect(result.figures[0]).toMatchObject({
      series: 'pk-it-exports',
      period: { start: '2023-12', end: '2023-12' },
      value: 303_000_000,
      currency: 'USD',
      recordClaim: true,
      role: 'reported-month',
    });
  });

  it('ignores the IT-export figures in the sidebar and related-article teasers', () => {
    const values = read(ARTICLE_DEC_2023).figures.map((f) => f.value);
    expect(values).not.toContain(259_000_000);
    expect(values).not.toContain(238_000_000);
  });

  it("reads '2,593 billion dollars' as $2.593 billion for July 2023–April 2024, noting the repair", () => {
    const cumulative = read(ARTICLE_APR_2024).figures.find((f) => f.period.start === '2023-07');
    expect(cumulative).toMatchObject({
      period: { start: '2023-07', end: '2024-04' },
      value: 2_593_000_000,
      role: 'cumulative',
      recordClaim: false,
    });
    expect(cumulative?.notes.join(' ')).toMatch(/decimal point/);
    expect(cumulative?.confidence).toBeLessThan(0.9);
  });

  it("reads '$2,135 billion' in the same period last fiscal year as July 2022–April 2023", () => {
    const previous = read(ARTICLE_APR_2024).figures.find((f) => f.period.start === '2022-07');
    expect(previous).toMatchObject({ period: { start: '2022-07', end: '2023-04' }, value: 2_135_000_000 });
  });

  it('reads the 62.3% rise as a year-on-year change for April 2024, with no monthly value', () => {
    const april = read(ARTICLE_APR_2024).figures.find(
      (f) => f.period.start === '2024-04' && f.period.end === '2024-04',
    );
    expect(april).toMatchObject({ value: null, changes: [{ pct: 62.3, basis: 'yoy' }], recordClaim: false });
  });

  it('never turns the cumulative total into a single-month figure', () => {
    const months = read(ARTICLE_APR_2024).figures.filter((f) => f.period.start === f.period.end);
    expect(months.every((f) => f.value === null)).toBe(true);
  });
});
