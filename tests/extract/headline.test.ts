import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/page.js';
import { SEEDS } from '../support/paths.js';

const html = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const STORY = '<p>Pakistan’s IT exports rose to $310 million in April 2024, the State Bank said on Friday.</p>';

// Which text a page's headline is taken from: the article's own <h1>, og:title, the <title> without the
// site's name; never a line of the page's chrome.
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'the <h1> inside <article> over one in the page around it',
    html(
      '<title>Site</title>',
      `<div class="top"><h1>Latest news</h1></div><article><h1>IT exports hit $310 million</h1>${STORY}</article>`,
    ),
    'IT exports hit $310 million',
  ],
  [
    'og:title when the only <h1> is a "back to top" link',
    html(
      '<meta property="og:title" content="IT exports hit $310 million"><title>IT exports hit $310 million | Site</title>',
      `<h1><a href="#top">Back to top</a></h1><article>${STORY}</article>`,
    ),
    'IT exports hit $310 million',
  ],
  [
    'the <title> without the site name when the page has no headline element',
    html('<title>IT exports hit a record $310 million in April | ProPakistani</title>', STORY),
    'IT exports hit a record $310 million in April',
  ],
  [
    'the first <h1> on a page without <article>',
    html('<meta property="og:title" content="Other">', `<div><h1>IT exports hit $310 million</h1>${STORY}</div>`),
    'IT exports hit $310 million',
  ],
  [
    'the first real line of plain text copied with its chrome',
    `Skip to content\n\n↑ Back to top\n\nIT exports hit $310 million\n\n${STORY.replace(/<\/?p>/g, '')}`,
    'IT exports hit $310 million',
  ],
];

describe("the page reader's headline", () => {
  it.each(CASES)('takes %s', (_what, page, headline) => {
    expect(readPage(page).title).toBe(headline);
  });

  it('reads the seed article 004 copied with "back to top" as its real headline', () => {
    const page = readPage(readFileSync(resolve(SEEDS, '004_8ba46331b7bf96b5.txt'), 'utf8'));
    expect(page.title).toBe('Pakistan IT Exports Surge 62.3% in One Month – Historic Growth');
    expect(page.paragraphs.join(' ')).not.toMatch(/back to top/i);
  });
});
