import { readHtml, type PageText } from './html/reader.js';
import { TEASER_LINE } from './html/clutter.js';
import { cleanText } from './text/normalize.js';

export type { PageText } from './html/reader.js';

/** Reads a page's headline, article paragraphs and date evidence; plain text is accepted too. */
export function readPage(input: string): PageText {
  return looksLikeHtml(input) ? readHtml(input) : readPlainText(input);
}

function looksLikeHtml(input: string): boolean {
  return /<(?:html|body|head|p|div|article|h1|meta|title|!doctype)\b/i.test(input.slice(0, 4096));
}

// Plain text: blank lines separate paragraphs; a short first line without a full stop is the headline.
function readPlainText(input: string): PageText {
  const blocks = input
    .split(/\n\s*\n/)
    .map(cleanText)
    .filter((b) => b !== '');
  const [first, ...rest] = blocks;
  const titleIsHeadline = first !== undefined && first.length <= 200 && !/[.!?۔]$/.test(first);
  const paragraphs = (titleIsHeadline ? rest : blocks).filter((b) => !TEASER_LINE.test(b));
  return { title: titleIsHeadline ? first : null, paragraphs, dateHints: [], visibleDates: [], pageUrl: null };
}
