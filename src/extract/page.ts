import { load } from 'cheerio/slim';

/** The parts of a page the figure reader needs, with the clutter around the article removed. */
export interface PageText {
  title: string | null;
  /** Article paragraphs in reading order; the headline is not among them. */
  paragraphs: string[];
  /** Publication-date evidence found in the markup, most authoritative first. */
  dateHints: string[];
}

// Containers that hold navigation, tickers, teasers and comments: they carry other numbers.
const CLUTTER = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'form', 'nav', 'header', 'footer', 'aside',
  '[role=navigation]', '[role=complementary]', '[aria-hidden=true]',
  '[class*=sidebar]', '[class*=widget]', '[class*=ticker]', '[class*=marquee]', '[class*=related]',
  '[class*=comment]', '[id*=comment]', '[class*=share]', '[class*=newsletter]', '[class*=advert]',
  '[class*=trending]', '[class*=most-read]', '[class*=breadcrumb]', '[class*=tags]',
].join(',');

// Where news themes put the article body, most specific first.
const BODY = [
  '[itemprop=articleBody]', '.entry-content', '.td-post-content', '.story__content', '.story-text',
  '.article-body', '.article-content', '.post-content', '.detail-content', '.news-detail', 'article', 'main',
];

// Lines inside the body that point at other articles ("ALSO READ: Textile exports rise to $1.6bn").
const TEASER_LINE = /^(?:also read|read more|read also|related|see also|more on this|you may also like)\b/i;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Reads a page's headline, article paragraphs and date hints; plain text is accepted too. */
export function readPage(input: string): PageText {
  if (!looksLikeHtml(input)) return readPlainText(input);
  const $ = load(input);
  const dateHints = [
    ...$('script[type="application/ld+json"]').toArray().map((el) => jsonLdDate($(el).text())),
    $('meta[property="article:published_time"]').attr('content'),
    $('meta[name="article:published_time"]').attr('content'),
    $('meta[itemprop=datePublished]').attr('content'),
    $('meta[name=date]').attr('content'),
    $('meta[name=pubdate]').attr('content'),
    $('time[datetime]').first().attr('datetime'),
  ].filter((d): d is string => typeof d === 'string' && d.trim() !== '');

  const title =
    collapse($('h1').first().text()) ||
    collapse($('meta[property="og:title"]').attr('content') ?? '') ||
    collapse($('title').first().text()) ||
    null;

  $(CLUTTER).remove();
  const body = BODY.map((sel) => $(sel).first()).find((el) => el.length > 0) ?? $('body');
  body.find('h1').remove();
  const blocks = body.find('p, h2, h3, h4, li, blockquote').toArray();
  const paragraphs = (blocks.length > 0 ? blocks.map((el) => $(el).text()) : [body.text()])
    .map(collapse)
    .filter((p) => p !== '' && !TEASER_LINE.test(p));
  return { title, paragraphs: dedupeNested(paragraphs), dateHints };
}

function looksLikeHtml(input: string): boolean {
  return /<(?:html|body|head|p|div|article|h1|meta|title)\b/i.test(input.slice(0, 4096));
}

function readPlainText(input: string): PageText {
  const blocks = input.split(/\n\s*\n/).map(collapse).filter((b) => b !== '');
  const [first, ...rest] = blocks;
  const titleIsHeadline = first !== undefined && first.length <= 200 && !/[.!?]$/.test(first);
  return {
    title: titleIsHeadline ? first : null,
    paragraphs: titleIsHeadline ? rest.filter((b) => !TEASER_LINE.test(b)) : blocks,
    dateHints: [],
  };
}

function jsonLdDate(text: string): string | undefined {
  // Hostile or broken JSON-LD is common; a page without a usable one simply has no hint from it.
  try {
    return findDatePublished(JSON.parse(text) as unknown, 0);
  } catch {
    return undefined;
  }
}

function findDatePublished(node: unknown, depth: number): string | undefined {
  if (depth > 8 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1);
}

// An <li> inside a <blockquote>, or a <p> inside an <li>, would be read twice.
function dedupeNested(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (last !== undefined && (last.includes(p) || p.includes(last))) {
      if (p.length > last.length) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
