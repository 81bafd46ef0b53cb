import { Parser } from 'htmlparser2';
import { cleanText } from '../text/normalize.js';
import { SITE_CHROME_TAGS, SKIPPED_TAGS, TEASER_LINE, bodyHint, clutterKind, isDateName } from './clutter.js';

/** The parts of a page the figure reader needs, with the clutter around the article removed. */
export interface PageText {
  title: string | null;
  /** Article paragraphs in reading order; the headline is not among them. */
  paragraphs: string[];
  /** Machine-readable publication dates (JSON-LD, meta tags, `<time datetime>`), most authoritative first. */
  dateHints: string[];
  /** Text of visible date and byline elements ("April 17, 2024", "Published in …, April 17th, 2024"). */
  visibleDates: string[];
}

// Elements whose text is one paragraph of the article.
const BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'dd', 'dt', 'pre']);
// Elements that hold blocks; text written straight into them is a paragraph of its own.
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'body', 'center']);
const ARTICLE_TAGS = new Set(['article', 'main']);
const MAX_VISIBLE_DATES = 12;
const MAX_JSON_LD = 64 * 1024;

interface Frame {
  tag: string;
  /** Inside something that is never article text. */
  skipped: boolean;
  /** Inside something that is usually not article text (a sidebar). */
  side: boolean;
  insideArticle: boolean;
  /** Id of this element when it is a container, else of the nearest container around it. */
  container: number;
  dateish: boolean;
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

/** Reads a page's headline, article paragraphs and date evidence in one streaming pass over the HTML. */
export function readHtml(html: string): PageText {
  const stack: Frame[] = [];
  const containers: Container[] = [{ parent: -1, enter: 0, exit: Number.MAX_SAFE_INTEGER, score: 0, hint: 1 }];
  const blocks: Block[] = [];
  const metaDates: string[] = [];
  const timeDates: string[] = [];
  const jsonLd: string[] = [];
  const visibleDates: string[] = [];
  let order = 0;
  let h1: string | null = null;
  let h1Buffer: string[] | null = null;
  let titleBuffer: string[] | null = null;
  let title = '';
  let ogTitle = '';
  let scriptBuffer: string[] | null = null;
  let dateBuffer: { parts: string[]; depth: number; side: boolean } | null = null;
  const sideDates: string[] = [];
  let text: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const flush = (): void => {
    if (text.length === 0) return;
    const joined = cleanText(text.join(''));
    const frame = top();
    if (joined !== '' && frame && !frame.skipped) blocks.push({ text: joined, linkChars, order: order++, container: frame.container, side: frame.side });
    text = [];
    linkChars = 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        const cls = `${attribs.class ?? ''} ${attribs.id ?? ''}`.trim();
        if (name === 'meta') {
          readMeta(attribs, metaDates, (t) => (ogTitle ||= t));
          return;
        }
        if (name === 'script' && (attribs.type ?? '').toLowerCase() === 'application/ld+json') scriptBuffer = [];
        if (name === 'time' && attribs.datetime && !(parent?.skipped ?? false)) timeDates.push(attribs.datetime);
        if (BLOCK_TAGS.has(name) || CONTAINER_TAGS.has(name) || name === 'br' || name === 'h1' || SITE_CHROME_TAGS.has(name)) flush();
        if (name === 'br') {
          text.push(' ');
          return;
        }
        const insideArticle = (parent?.insideArticle ?? false) || ARTICLE_TAGS.has(name);
        const kind = clutterKind(cls);
        const skipped =
          (parent?.skipped ?? false) ||
          SKIPPED_TAGS.has(name) ||
          (SITE_CHROME_TAGS.has(name) && !insideArticle) ||
          (name === 'footer') ||
          attribs.hidden !== undefined ||
          attribs['aria-hidden'] === 'true' ||
          kind === 'clutter' ||
          (attribs.role === 'navigation' || attribs.role === 'complementary');
        let container = parent?.container ?? 0;
        if (CONTAINER_TAGS.has(name)) {
          containers.push({ parent: container, enter: order++, exit: Number.MAX_SAFE_INTEGER, score: 0, hint: bodyHint(cls, attribs.itemprop) });
          container = containers.length - 1;
        }
        const side = (parent?.side ?? false) || kind === 'side';
        const dateish = !skipped && !(parent?.dateish ?? false) && name !== 'body' && (isDateName(cls) || name === 'time');
        if (dateish && dateBuffer === null) dateBuffer = { parts: [], depth: stack.length, side };
        stack.push({ tag: name, skipped, side, insideArticle, container, dateish });
        if (name === 'title' && titleBuffer === null && title === '') titleBuffer = [];
        if (name === 'h1' && h1 === null && !skipped) h1Buffer = [];
        if (name === 'a') linkDepth++;
      },
      ontext(chunk) {
        if (scriptBuffer !== null) {
          if (scriptBuffer.length < MAX_JSON_LD) scriptBuffer.push(chunk);
          return;
        }
        titleBuffer?.push(chunk);
        h1Buffer?.push(chunk);
        if (dateBuffer !== null && dateBuffer.parts.length < 64) dateBuffer.parts.push(chunk);
        const frame = top();
        if (!frame || frame.skipped || h1Buffer !== null) return;
        text.push(chunk);
        if (linkDepth > 0) linkChars += chunk.trim().length;
      },
      onclosetag(name) {
        if (name === 'meta' || name === 'br') return;
        if (name === 'script' && scriptBuffer !== null) {
          jsonLd.push(scriptBuffer.join(''));
          scriptBuffer = null;
        }
        if (name === 'title' && titleBuffer !== null) {
          title = cleanText(titleBuffer.join(''));
          titleBuffer = null;
        }
        if (name === 'h1' && h1Buffer !== null) {
          h1 = cleanText(h1Buffer.join('')) || null;
          h1Buffer = null;
        }
        if (BLOCK_TAGS.has(name) || CONTAINER_TAGS.has(name) || SITE_CHROME_TAGS.has(name)) flush();
        if (name === 'a' && linkDepth > 0) linkDepth--;
        const frame = stack.pop();
        if (!frame) return;
        if (dateBuffer !== null && stack.length === dateBuffer.depth) {
          const found = cleanText(dateBuffer.parts.join(''));
          const list = dateBuffer.side ? sideDates : visibleDates;
          if (found !== '' && found.length <= 200 && list.length < MAX_VISIBLE_DATES) list.push(found);
          dateBuffer = null;
        }
        if (CONTAINER_TAGS.has(name)) {
          const c = containers[frame.container];
          if (c) c.exit = order++;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();

  const kept = chooseArticle(blocks, containers);
  const ld = jsonLd.map(readJsonLd);
  const dateHints = [
    ...ld.map((x) => x.datePublished),
    ...metaDates,
    ...timeDates,
  ].filter((d): d is string => typeof d === 'string' && d.trim() !== '');
  const headline = h1 ?? (ogTitle || ld.find((x) => x.headline)?.headline || stripSiteName(title) || null);
  return { title: headline ? cleanText(headline) : null, paragraphs: kept, dateHints, visibleDates: [...visibleDates, ...sideDates] };
}

function readMeta(attribs: Record<string, string>, dates: string[], onTitle: (t: string) => void): void {
  const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
  const content = attribs.content ?? '';
  if (content === '') return;
  if (key === 'og:title' || key === 'twitter:title') onTitle(content);
  if (['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'og:published_time',
    'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'publication_date', 'article.published'].includes(key)) {
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
    return { datePublished: record.datePublished, ...(typeof record.headline === 'string' ? { headline: record.headline } : {}) };
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
    .filter(({ c, id }) => id === best || (c.parent === containers[best]!.parent && c.parent >= 0 && c.score * c.hint >= bestScore * 0.25));
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
