import { cleanText } from '../text/normalize.js';
import { streamHtml } from './events.js';
import { SKIPPED_TAGS, TEASER_LINE, readName } from './clutter.js';

/** The parts of a page the figure reader needs, with the clutter around the article removed. */
export interface PageText {
  title: string | null;
  /** Article paragraphs in reading order; the headline is not among them. */
  paragraphs: string[];
  /** Machine-readable publication dates (JSON-LD, meta tags, `<time datetime>`), most authoritative first. */
  dateHints: string[];
  /** Text of visible date and byline elements ("April 17, 2024", "Published in …, April 17th, 2024"). */
  visibleDates: string[];
  /** The page's own address as it declares it (canonical link or og:url), evidence of its date. */
  pageUrl: string | null;
}

// Per tag, what it is to the reader, as bits: one lookup per element.
const BLOCK = 1; // its text is one paragraph of the article
const CONTAINER = 2; // holds blocks; text written straight into it is a paragraph of its own
const ARTICLE = 4; // <article> and <main>: what is inside is article, even a <header>
const CHROME = 8; // <header> and <footer>: the site's masthead and footer outside an article
const SKIPPED = 16; // never article text
const TAGS = new Map<string, number>([
  ...['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'dd', 'dt', 'pre'].map((t) => [t, BLOCK] as const),
  ['div', CONTAINER],
  ['section', CONTAINER],
  ['body', CONTAINER],
  ['center', CONTAINER],
  ['article', CONTAINER | ARTICLE],
  ['main', CONTAINER | ARTICLE],
  ['header', CHROME],
  ['footer', CHROME | SKIPPED],
  ...[...SKIPPED_TAGS].map((t) => [t, SKIPPED] as const),
]);
const MAX_VISIBLE_DATES = 12;
const MAX_JSON_LD = 64 * 1024;

interface Frame {
  /** Inside something that is never article text. */
  skipped: boolean;
  /** Inside something that is usually not article text (a sidebar). */
  side: boolean;
  insideArticle: boolean;
  /** Id of this element when it is a container, else of the nearest container around it. */
  container: number;
  dateish: boolean;
  isContainer: boolean;
  /** The frame of a plain element inside this one, shared: most elements change nothing. */
  plain?: Frame;
}

interface Container {
  parent: number;
  enter: number;
  exit: number;
  score: number;
  hint: number;
}

interface Block {
  text: string;
  linkChars: number;
  /** Position in document order, to test which container holds it. */
  order: number;
  container: number;
  side: boolean;
}

const ROOT: Frame = {
  skipped: false,
  side: false,
  insideArticle: false,
  container: 0,
  dateish: false,
  isContainer: false,
};

/** Reads a page's headline, article paragraphs and date evidence in one streaming pass over the HTML. */
export function readHtml(html: string): PageText {
  const stack: Frame[] = [ROOT];
  const containers: Container[] = [{ parent: -1, enter: 0, exit: Number.MAX_SAFE_INTEGER, score: 0, hint: 1 }];
  const blocks: Block[] = [];
  const metaDates: string[] = [];
  const timeDates: string[] = [];
  const jsonLd: string[] = [];
  const visibleDates: string[] = [];
  const sideDates: string[] = [];
  let order = 0;
  let h1: string | null = null;
  let h1Buffer: string[] | null = null;
  let titleBuffer: string[] | null = null;
  let title = '';
  let ogTitle = '';
  let pageUrl = '';
  let scriptBuffer: string[] | null = null;
  let dateBuffer: { parts: string[]; depth: number; side: boolean } | null = null;
  let text: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;

  const flush = (): void => {
    if (text.length === 0) return;
    const joined = cleanText(text.join(''));
    const frame = stack[stack.length - 1]!;
    if (joined !== '' && !frame.skipped)
      blocks.push({ text: joined, linkChars, order: order++, container: frame.container, side: frame.side });
    text = [];
    linkChars = 0;
  };

  streamHtml(html, {
    open(name, attribs) {
      if (dateBuffer !== null) dateBuffer.parts.push(' ');
      if (name === 'meta') {
        readMeta(
          attribs,
          metaDates,
          (t) => (ogTitle ||= t),
          (u) => (pageUrl ||= u),
        );
        return false;
      }
      if (name === 'link' && attribs.rel?.toLowerCase() === 'canonical' && attribs.href) pageUrl ||= attribs.href;
      const parent = stack[stack.length - 1]!;
      const tag = TAGS.get(name) ?? 0;
      if (tag & (BLOCK | CONTAINER | CHROME) || name === 'br' || name === 'h1') flush();
      if (name === 'br') {
        text.push(' ');
        return false;
      }
      if (name === 'script' && (attribs.type ?? '').toLowerCase() === 'application/ld+json') scriptBuffer = [];
      if (name === 'time' && attribs.datetime && !parent.skipped) timeDates.push(attribs.datetime);
      const cls = attribs.id === undefined ? (attribs.class ?? '') : `${attribs.class ?? ''} ${attribs.id}`;
      const named = readName(cls);
      const insideArticle = parent.insideArticle || (tag & ARTICLE) !== 0;
      const skipped =
        parent.skipped ||
        (tag & SKIPPED) !== 0 ||
        ((tag & CHROME) !== 0 && !insideArticle) ||
        named.kind === 'clutter' ||
        attribs.hidden !== undefined ||
        attribs['aria-hidden'] === 'true' ||
        attribs.role === 'navigation' ||
        attribs.role === 'complementary';
      let container = parent.container;
      const isContainer = (tag & CONTAINER) !== 0;
      if (isContainer) {
        const hint = attribs.itemprop?.toLowerCase() === 'articlebody' ? 2 : named.bodyHint;
        containers.push({ parent: container, enter: order++, exit: Number.MAX_SAFE_INTEGER, score: 0, hint });
        container = containers.length - 1;
      }
      const side = parent.side || named.kind === 'side';
      const dateish = !skipped && !parent.dateish && name !== 'body' && (named.dateish || name === 'time');
      if (dateish && dateBuffer === null) dateBuffer = { parts: [], depth: stack.length, side };
      const same =
        !isContainer &&
        !dateish &&
        skipped === parent.skipped &&
        side === parent.side &&
        insideArticle === parent.insideArticle;
      stack.push(
        same
          ? (parent.plain ??= { ...parent, isContainer: false, plain: undefined })
          : { skipped, side, insideArticle, container, dateish, isContainer },
      );
      if (name === 'title' && titleBuffer === null && title === '') titleBuffer = [];
      if (name === 'h1' && h1 === null && !skipped) h1Buffer = [];
      if (name === 'a') linkDepth++;
      // Nothing inside a skipped element is read, except the JSON-LD in a script.
      return skipped && scriptBuffer === null;
    },
    text(chunk) {
      if (scriptBuffer !== null) {
        if (scriptBuffer.length < MAX_JSON_LD) scriptBuffer.push(chunk);
        return;
      }
      if (titleBuffer !== null) titleBuffer.push(chunk);
      if (dateBuffer !== null && dateBuffer.parts.length < 64) dateBuffer.parts.push(chunk);
      if (h1Buffer !== null) {
        h1Buffer.push(chunk);
        return;
      }
      if (stack[stack.length - 1]!.skipped) return;
      text.push(chunk);
      if (linkDepth > 0) linkChars += chunk.trim().length;
    },
    close(name) {
      if (name === 'meta' || name === 'br') return;
      if (dateBuffer !== null) dateBuffer.parts.push(' ');
      if (scriptBuffer !== null && name === 'script') {
        jsonLd.push(scriptBuffer.join(''));
        scriptBuffer = null;
      }
      if (titleBuffer !== null && name === 'title') {
        title = cleanText(titleBuffer.join(''));
        titleBuffer = null;
      }
      if (h1Buffer !== null && name === 'h1') {
        h1 = cleanText(h1Buffer.join('')) || null;
        h1Buffer = null;
      }
      const tag = TAGS.get(name) ?? 0;
      if (tag & (BLOCK | CONTAINER | CHROME)) flush();
      if (name === 'a' && linkDepth > 0) linkDepth--;
      if (stack.length <= 1) return;
      const frame = stack.pop()!;
      if (dateBuffer !== null && stack.length === dateBuffer.depth) {
        const found = cleanText(dateBuffer.parts.join(''));
        const list = dateBuffer.side ? sideDates : visibleDates;
        if (found !== '' && found.length <= 200 && list.length < MAX_VISIBLE_DATES) list.push(found);
        dateBuffer = null;
      }
      if (frame.isContainer) containers[frame.container]!.exit = order++;
    },
  });
  flush();

  const kept = chooseArticle(blocks, containers);
  const ld = jsonLd.map(readJsonLd);
  const dateHints = [...ld.map((x) => x.datePublished), ...metaDates, ...timeDates].filter(
    (d): d is string => typeof d === 'string' && d.trim() !== '',
  );
  const headline = h1 ?? (ogTitle || ld.find((x) => x.headline)?.headline || stripSiteName(title) || null);
  return {
    title: headline ? cleanText(headline) : null,
    paragraphs: kept,
    dateHints,
    visibleDates: [...visibleDates, ...sideDates],
    pageUrl: pageUrl || null,
  };
}

function readMeta(
  attribs: Readonly<Record<string, string>>,
  dates: string[],
  onTitle: (t: string) => void,
  onUrl: (u: string) => void,
): void {
  const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
  const content = attribs.content ?? '';
  if (content === '') return;
  if (key === 'og:title' || key === 'twitter:title') onTitle(content);
  if (key === 'og:url') onUrl(content);
  if (
    [
      'article:published_time',
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'og:published_time',
      'dc.date.issued',
      'dc.date',
      'sailthru.date',
      'parsely-pub-date',
      'publication_date',
      'article.published',
    ].includes(key)
  ) {
    dates.push(content);
  }
}

function readJsonLd(text: string): { datePublished?: string; headline?: string } {
  // Hostile or broken JSON-LD is common; a page without a usable one simply has no hint from it.
  try {
    return findArticleFields(JSON.parse(text) as unknown, 0);
  } catch {
    return {};
  }
}

function findArticleFields(node: unknown, depth: number): { datePublished?: string; headline?: string } {
  if (depth > 8 || node === null || typeof node !== 'object') return {};
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticleFields(item, depth + 1);
      if (found.datePublished) return found;
    }
    return {};
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') {
    return {
      datePublished: record.datePublished,
      ...(typeof record.headline === 'string' ? { headline: record.headline } : {}),
    };
  }
  return findArticleFields(record['@graph'], depth + 1);
}

function stripSiteName(title: string): string {
  // "IT exports hit all-time high of $306m - The Express Tribune"
  const cut = title.search(/\s[|\-–—]\s[^|\-–—]*$/);
  return cut > 20 ? title.slice(0, cut) : title;
}

/**
 * Picks the container holding the article: the one whose own paragraphs (and, at half weight, its children's)
 * carry the most prose, weighted by names news themes give article bodies. Sibling containers with a good share
 * of prose come along (a lead paragraph in its own box).
 */
function chooseArticle(blocks: readonly Block[], containers: Container[]): string[] {
  const main = blocks.filter((b) => !b.side);
  // A page whose only prose sits in a "sidebar" names its main column oddly; read it then.
  const proseLength = main.filter(isProse).reduce((n, b) => n + b.text.length, 0);
  const pool = proseLength >= 200 ? main : blocks;
  for (const b of pool) {
    if (!isProse(b)) continue;
    const own = containers[b.container];
    if (!own) continue;
    own.score += b.text.length;
    const up = containers[own.parent];
    if (up) up.score += b.text.length / 2;
  }
  let best = 0;
  let bestScore = -1;
  containers.forEach((c, id) => {
    const weighted = c.score * c.hint;
    if (weighted > bestScore) {
      best = id;
      bestScore = weighted;
    }
  });
  const chosen = containers
    .map((c, id) => ({ c, id }))
    .filter(
      ({ c, id }) =>
        id === best || (c.parent === containers[best]!.parent && c.parent >= 0 && c.score * c.hint >= bestScore * 0.25),
    );
  const inside = (b: Block): boolean => chosen.some(({ c }) => b.order > c.enter && b.order < c.exit);
  const out: string[] = [];
  for (const b of pool) {
    if (!inside(b) || TEASER_LINE.test(b.text)) continue;
    if (b.linkChars > 0 && b.linkChars >= b.text.length * 0.6) continue;
    if (out[out.length - 1] === b.text) continue;
    out.push(b.text);
  }
  return out;
}

function isProse(b: Block): boolean {
  return b.text.length >= 25 && b.linkChars < b.text.length * 0.5;
}
