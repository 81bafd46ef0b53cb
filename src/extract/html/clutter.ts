// What around an article carries other numbers: navigation, tickers, sidebars, teasers, comments.

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'nav',
  'aside',
  'button',
  'select',
  'textarea',
  'figcaption',
  'table',
  'object',
  'canvas',
  'video',
  'audio',
  'menu',
  'dialog',
]);

// Whole words of class and id names ("td-post-source-tags" has the word "tags").
const CLUTTER_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'banner',
  'promo',
  'sponsored',
  'sponsor',
  'nav',
  'navbar',
  'menu',
  'footer',
  'masthead',
  'tags',
  'tag',
  'topbar',
  'ticker',
  'tickers',
  'market',
  'markets',
  'currency',
  'rates',
  'trending',
  'trend',
  'recommended',
  'recommendations',
  'newsletter',
  'subscribe',
  'social',
  'share',
  'sharing',
  'comments',
  'comment',
  'related',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'cookie',
  'cookies',
  'modal',
  'popup',
  'login',
  'caption',
  'gallery',
  'disclaimer',
  'copyright',
  'outbrain',
  'taboola',
  'marquee',
  'readmore',
  'respond',
  'reply',
  'sr',
  'visually',
  'toc',
  'counter',
  'visitors',
  'weather',
  'prayer',
  'poll',
  'quiz',
  'strip',
]);

// Joined-up names that are not split into words by hyphens ("mostread", "read-more").
const CLUTTER_PARTS = [
  'related',
  'comment',
  'ticker',
  'trending',
  'newsletter',
  'breadcrumb',
  'marquee',
  'taboola',
  'outbrain',
  'advert',
  'mostread',
  'most-read',
  'readmore',
  'read-more',
  'also-read',
  'read-also',
  'readalso',
  'alsoread',
  'top-strip',
  'topstrip',
  'share-',
  'social-',
  'latest-news',
  'more-news',
  'more-stories',
];

// Names that usually mean a side column but that some sites give their main column ("sidebar_1" on VnExpress).
const SIDE_WORDS = new Set([
  'sidebar',
  'widget',
  'widgets',
  'latest',
  'popular',
  'more',
  'also',
  'headlines',
  'breaking',
  'aside',
]);
const SIDE_PARTS = ['sidebar', 'widget'];

/** What an element's class and id say about it. */
export interface NameReading {
  /** `clutter` is never the article (comments, tickers, teasers); `side` is usually not (a sidebar). */
  kind: 'clutter' | 'side' | null;
  /** How much the name suggests the article body (1 = no hint). */
  bodyHint: number;
  /** The name marks a visible date or byline. */
  dateish: boolean;
}

const NO_NAME: NameReading = { kind: null, bodyHint: 1, dateish: false };
const NAME_CACHE = new Map<string, NameReading>();

/** Reads an element's class and id; names repeat across a page, so readings are cached (boundedly). */
export function readName(name: string): NameReading {
  if (name === '') return NO_NAME;
  const known = NAME_CACHE.get(name);
  if (known !== undefined) return known;
  const reading = { kind: clutterKind(name), bodyHint: bodyHint(name), dateish: isDateName(name) };
  if (NAME_CACHE.size >= 4096) NAME_CACHE.clear();
  NAME_CACHE.set(name, reading);
  return reading;
}

/**
 * What an element's class or id says about it: `clutter` is never the article (comments, tickers, teasers);
 * `side` is usually not (a sidebar), and is read only when a page has no article text anywhere else.
 */
function clutterKind(name: string): 'clutter' | 'side' | null {
  const lower = name.toLowerCase();
  // "entry-content no-share" is the article, whatever its modifiers say
  if (ARTICLE_BODY_NAMES.some((part) => lower.includes(part))) return null;
  const words = lower.split(/[\s_-]+/);
  if (words.some((w) => CLUTTER_WORDS.has(w)) || CLUTTER_PARTS.some((part) => lower.includes(part))) return 'clutter';
  if (words.some((w) => SIDE_WORDS.has(w)) || SIDE_PARTS.some((part) => lower.includes(part))) return 'side';
  return null;
}

// Names only article bodies carry.
const ARTICLE_BODY_NAMES = [
  'articlebody',
  'article-body',
  'article_body',
  'entry-content',
  'post-content',
  'story__content',
  'story-text',
  'td-post-content',
  'article-content',
  'news-content',
  'story-content',
  'content-inner',
  'post-body',
  'story-body',
  'article-text',
  'field-body',
  'news-body',
  'detail-content',
  'details-content',
  'detail_view_content',
];

// Names of the containers news themes put the article body in.
const BODY_PARTS = [
  'articlebody',
  'article-body',
  'article_body',
  'entry-content',
  'post-content',
  'story__content',
  'story-text',
  'story-content',
  'storycontent',
  'td-post-content',
  'article-content',
  'news-content',
  'detail',
  'content-body',
  'post-body',
  'story-body',
  'main-content',
  'article-text',
  'text-content',
  'field-body',
  'field-name-body',
  'body-text',
  'news-body',
  'story',
];

/** How much a container's name suggests it holds the article body (1 = no hint). */
function bodyHint(name: string): number {
  const lower = name.toLowerCase();
  return BODY_PARTS.some((part) => lower.includes(part)) ? 1.5 : 1;
}

/** Names that mark a visible publication date or byline ("posted-on", "story__time", "left-date"). */
function isDateName(name: string): boolean {
  return /date|time|publish|posted|byline|meta/i.test(name);
}

// Lines inside the body that point at other articles ("ALSO READ: Textile exports rise to $1.6bn").
export const TEASER_LINE =
  /^(?:also read|read more|read also|related|see also|more on this|you may also like|recommended|یہ بھی پڑھیں|مزید پڑھیں|مزید خبریں|یہ بھی دیکھیں)(?=$|[\s:|—–-])/iu;
