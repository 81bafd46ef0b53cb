// What around an article carries other numbers: navigation, tickers, sidebars, teasers, comments.

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'form', 'nav', 'aside', 'button', 'select', 'textarea',
  'figcaption', 'table', 'object', 'canvas', 'video', 'audio', 'menu', 'dialog',
]);

/** Elements that are clutter outside an article (the site's masthead and footer) but not inside one. */
export const SITE_CHROME_TAGS: ReadonlySet<string> = new Set(['header', 'footer']);

// Whole words of class and id names ("td-post-source-tags" has the word "tags").
const CLUTTER_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'banner', 'promo', 'sponsored', 'sponsor', 'nav', 'navbar', 'menu',
  'footer', 'masthead', 'tags', 'tag', 'topbar', 'ticker', 'tickers', 'market', 'markets', 'currency', 'rates',
  'trending', 'trend', 'popular', 'latest', 'recommended', 'recommendations', 'newsletter', 'subscribe', 'social',
  'share', 'sharing', 'comments', 'comment', 'related', 'sidebar', 'widget', 'widgets', 'breadcrumb', 'breadcrumbs',
  'pagination', 'cookie', 'cookies', 'modal', 'popup', 'login', 'caption', 'gallery', 'disclaimer', 'copyright',
  'outbrain', 'taboola', 'marquee', 'breaking', 'headlines', 'more', 'readmore', 'also', 'respond',
  'reply', 'sr', 'visually', 'toc', 'counter', 'visitors', 'weather',
  'prayer', 'poll', 'quiz', 'strip',
]);

// Joined-up names that are not split into words by hyphens ("mostread", "sidebar-right").
const CLUTTER_PARTS = ['sidebar', 'widget', 'related', 'comment', 'ticker', 'trending', 'newsletter', 'breadcrumb',
  'marquee', 'taboola', 'outbrain', 'advert', 'mostread', 'most-read', 'readmore', 'read-more', 'also-read', 'read-also',
  'readalso', 'alsoread', 'top-strip', 'topstrip', 'share-', 'social-', 'latest-news', 'more-news', 'more-stories'];

/** True when an element's class or id names a part of the page that is not the article. */
export function isClutterName(name: string): boolean {
  if (name === '') return false;
  const lower = name.toLowerCase();
  for (const word of lower.split(/[\s_-]+/)) if (CLUTTER_WORDS.has(word)) return true;
  return CLUTTER_PARTS.some((part) => lower.includes(part));
}

// Names of the containers news themes put the article body in.
const BODY_PARTS = ['articlebody', 'article-body', 'article_body', 'entry-content', 'post-content', 'story__content',
  'story-text', 'story-content', 'storycontent', 'td-post-content', 'article-content', 'news-content', 'detail',
  'content-body', 'post-body', 'story-body', 'main-content', 'article-text', 'text-content', 'field-body',
  'field-name-body', 'body-text', 'news-body', 'story'];

/** How much a container's name suggests it holds the article body (1 = no hint). */
export function bodyHint(name: string, itemprop: string | undefined): number {
  if (itemprop?.toLowerCase() === 'articlebody') return 2;
  const lower = name.toLowerCase();
  return BODY_PARTS.some((part) => lower.includes(part)) ? 1.5 : 1;
}

/** Names that mark a visible publication date or byline ("posted-on", "story__time", "left-date"). */
export function isDateName(name: string): boolean {
  return /date|time|publish|posted|byline|meta/i.test(name);
}

// Lines inside the body that point at other articles ("ALSO READ: Textile exports rise to $1.6bn").
export const TEASER_LINE = /^(?:also read|read more|read also|related|see also|more on this|you may also like|recommended|یہ بھی پڑھیں|مزید پڑھیں|مزید خبریں|یہ بھی دیکھیں)(?=$|[\s:|—–-])/iu;
