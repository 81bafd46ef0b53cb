import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfigFile, DEFAULT_CONFIG_FILE } from '../../src/config.js';
import { extractArticle, type ArticleExtraction } from '../../src/extract/index.js';

const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
const YEAR_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

// Words news copy is made of, and the pieces that trip readers up: separators, scales, brackets, Urdu.
const WORDS = [
  'IT',
  'exports',
  'ICT',
  'textile',
  'remittances',
  'workers’',
  'rose',
  'fell',
  'to',
  'from',
  'in',
  'the',
  'of',
  'and',
  'record',
  'highest-ever',
  'all-time',
  'high',
  'previous',
  'surpassing',
  'up',
  'down',
  'by',
  'compared',
  'same',
  'month',
  'period',
  'last',
  'year',
  'first',
  'nine',
  'months',
  'half',
  'a',
  'over',
  'nearly',
  'target',
  'expected',
  'India',
  'Pakistan',
  'Bangladesh',
  '$',
  'US$',
  'USD',
  'Rs',
  '303',
  '2,593',
  '1.46',
  '3.2',
  '0',
  '9999999999999999999',
  'm',
  'mn',
  'million',
  'billion',
  'bn',
  'crore',
  'lakh',
  'arab',
  'dollars',
  '%',
  'pc',
  'per',
  'cent',
  'FY24',
  '1HFY24',
  '9MFY25',
  'FY2023-24',
  'July-April',
  'Dec',
  "'23",
  'Dec.',
  '24',
  'Sep-25',
  'March',
  'May',
  '2024',
  '2023-24',
  'fiscal',
  'calendar',
  '(',
  ')',
  ',',
  '.',
  ';',
  ':',
  '-',
  '–',
  '"',
  'آئی',
  'ٹی',
  'برآمدات',
  'ترسیلات',
  'زر',
  'ارب',
  'کروڑ',
  'لاکھ',
  'ڈالر',
  'دسمبر',
  '۳۸',
  '۲۰۲۵',
  'میں',
  'ریکارڈ',
  'گزشتہ',
  'سال',
  'ایک',
  '\u200f',
  '\u00a0',
  '&amp;',
  '&#36;',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '));
const TAGS = [
  'p',
  'div',
  'span',
  'article',
  'aside',
  'nav',
  'h1',
  'h2',
  'li',
  'ul',
  'script',
  'style',
  'time',
  'main',
  'header',
  'footer',
  'table',
  'td',
  'svg',
  'title',
  'meta',
  'br',
];
const ATTRS = [
  '',
  ' class="entry-content"',
  ' class="sidebar"',
  ' class="comments"',
  ' id="x"',
  ' datetime="2024-05-18"',
  ' property="article:published_time" content="2024-05-18T10:00:00+05:00"',
  ' type="application/ld+json"',
  ' hidden',
  ' class',
];
const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`),
    fc.constantFrom(
      '<',
      '>',
      '</',
      '<!--',
      '-->',
      '<![CDATA[',
      '<!DOCTYPE html>',
      '&',
      '&#x',
      '"',
      "'",
      '</p></div></article>',
    ),
  ),
})).node;
const page = fc.array(fragment, { maxLength: 8 }).map((parts) => `<html><body>${parts.join('')}</body></html>`);

function wellFormed(result: ArticleExtraction): void {
  expect(Array.isArray(result.figures)).toBe(true);
  expect(result.published === null || /^\d{4}-\d{2}-\d{2}$/.test(result.published)).toBe(true);
  for (const f of result.figures) {
    expect(f.period.start).toMatch(YEAR_MONTH);
    expect(f.period.end).toMatch(YEAR_MONTH);
    expect(f.period.start <= f.period.end).toBe(true);
    if (f.value !== null) expect(Number.isSafeInteger(f.value) && f.value > 0).toBe(true);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    const single = f.period.start === f.period.end;
    // a cumulative or annual total is never a single month, and a single month is never one
    expect(single).toBe(f.role === 'reported-month' || f.role === 'comparison' || f.role === 'previous-record');
    if (f.recordClaim) expect(single).toBe(true);
  }
}

describe('the extractor on any input', () => {
  it('never throws on random text, and what it reads is well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
        wellFormed(extractArticle(text, { series })),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random news-like sentences, with or without a publication date', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 6 }),
        fc.option(fc.constantFrom('2024-05-18', '2025-01-01', '1999-12-31')),
        (sentences, published) => {
          wellFormed(extractArticle(sentences.join('. '), { series, published }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random, broken and hostile HTML', () => {
    fc.assert(
      fc.property(
        page,
        fc.constantFrom(null, 'https://x.pk/2024/05/18/a/', 'not a url', 'https://x.pk/18-May-2024/b'),
        (html, url) => {
          wellFormed(extractArticle(html, { series, url }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same input the same way every time', () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(extractArticle(html, { series })).toEqual(extractArticle(html, { series }));
      }),
      { numRuns: 100 },
    );
  });

  it('reads nothing but well-formed figures from long runs of one hostile piece', () => {
    const pieces = [
      '9',
      '$1 million ',
      '<div>',
      '</div>',
      '(-',
      'ایک ارب ',
      'record high in FY24 ',
      '2,593 billion dollars in March 2024, ',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...pieces), fc.integer({ min: 1, max: 3000 }), (piece, times) => {
        wellFormed(extractArticle(`<p>${piece.repeat(times)}</p>`, { series }));
      }),
      { numRuns: 40 },
    );
  });
});
