import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { extractArticle } from '../../src/extract/index.js';

const { series } = readConfigFile(DEFAULT_CONFIG_FILE);

describe('a figure nothing on the page dates', () => {
  it('is reported apart from the figures, with its period as written and a note, never dropped in silence', () => {
    const out = extractArticle('Pakistan’s IT exports rose to $306 million in March, the central bank said.', {
      series,
    });
    expect(out.published).toBeNull();
    expect(out.figures).toEqual([]);
    expect(out.undated).toEqual([
      expect.objectContaining({
        series: 'pk-it-exports',
        periodAsWritten: 'March',
        value: 306e6,
        currency: 'USD',
        note: expect.stringMatching(/no year/),
      }),
    ]);
  });

  it('is listed once when the headline and the body both state it', () => {
    const out = extractArticle(
      'IT exports rise to $306 million in March\n\nPakistan’s IT exports rose to $306 million in March, the central bank said.',
      { series },
    );
    expect(out.undated).toHaveLength(1);
  });

  it('is not reported apart once the page is dated', () => {
    const out = extractArticle('Pakistan’s IT exports rose to $306 million in March, the central bank said.', {
      series,
      published: '2024-04-17',
    });
    expect(out.undated).toBeUndefined();
    expect(out.figures).toEqual([
      expect.objectContaining({ period: { start: '2024-03', end: '2024-03' }, value: 306e6 }),
    ]);
  });

  it('leaves out forecasts and comparisons, which are no figures of the page', () => {
    const out = extractArticle('IT exports could reach $400 million in June, up from $306 million in March.', {
      series,
    });
    expect(out.undated).toBeUndefined();
  });
});

describe('a hostile page of undated figures', () => {
  it('lists no more undated figures than the extractor reads figures from any page', () => {
    const text = Array.from(
      { length: 5000 },
      (_, i) => `Pakistan’s IT exports rose to $${100 + i} million in March, the central bank said.`,
    ).join(' ');
    const out = extractArticle(text, { series });
    expect(out.undated?.length).toBeLessThanOrEqual(400);
    expect(out.undated?.length).toBeGreaterThan(0);
  });
});
