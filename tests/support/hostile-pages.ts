/**
 * Listings, feeds and sitemaps built to make a careless reader slow, each with an ordinary page of the
 * same size to compare against. The hostile shapes are the ones found by probing: 80,000 sibling tags in
 * a 0.56 MB listing, a listing nested 50,000 deep, a sitemap nested 60,000 deep. Every page holds a few
 * real article links, so a reader that skips the hostile part entirely would be caught by its result.
 */

/** The article links every page here holds, newest first. */
export function hostileLinks(base: string, count = 5): string[] {
  return Array.from({ length: count }, (_, i) => `${base}/news/${9000 + i}/it-exports-story-${i}`);
}

const fill = (unit: string, bytes: number): string => unit.repeat(Math.max(0, Math.ceil(bytes / unit.length)));

const story = (url: string, i: number): string =>
  `<div class="story"><h2 class="story__title"><a href="${url}">IT exports story ${i}</a></h2></div>`;

const listingPage = (body: string): string =>
  `<!doctype html><html><head><title>Business</title></head><body><nav><a href="/">Home</a></nav>${body}</body></html>`;

/** A listing page whose stories sit among `size` bytes of sibling links to one menu page (`<a href="/x">x</a>`). */
export function siblingListing(base: string, size: number): string {
  const stories = hostileLinks(base).map(story).join('');
  return listingPage(`<main>${stories}${fill('<a href="/x">x</a>', size)}</main>`);
}

/** A listing page whose stories sit at the bottom of elements nested size/11 deep. */
export function nestedListing(base: string, size: number): string {
  const depth = Math.ceil(size / 11);
  const stories = hostileLinks(base).map(story).join('');
  return listingPage(`${'<div>'.repeat(depth)}${stories}${'</div>'.repeat(depth)}`);
}

/** A listing page of about `size` bytes of ordinary stories, the first ones the hostile pages' links. */
export function ordinaryListing(base: string, size: number): string {
  const first = hostileLinks(base).map(story).join('');
  const one = (i: number): string =>
    `<li class="item"><span class="time">2 hours ago</span>${story(`${base}/news/${i}/other-story`, i)}</li>`;
  let body = first;
  for (let i = 0; body.length < size; i++) body += one(i);
  return listingPage(`<main><ul>${body}</ul></main>`);
}

const sitemapUrl = (url: string, i: number): string =>
  `<url><loc>${url}</loc><news:news><news:publication><news:name>Bench</news:name><news:language>en</news:language></news:publication>` +
  `<news:publication_date>2026-11-${String(28 - i).padStart(2, '0')}T09:00:00+05:00</news:publication_date><news:title>IT exports story ${i}</news:title></news:news></url>`;

const urlset = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${inner}</urlset>`;

/** A news sitemap whose entries are followed by elements nested size/7 deep (entries must be children of urlset). */
export function nestedSitemap(base: string, size: number): string {
  const depth = Math.ceil(size / 7);
  return urlset(`${hostileLinks(base).map(sitemapUrl).join('')}${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`);
}

/** A news sitemap of about `size` bytes of ordinary entries. */
export function ordinarySitemap(base: string, size: number): string {
  let inner = hostileLinks(base).map(sitemapUrl).join('');
  for (let i = 0; inner.length < size; i++) inner += sitemapUrl(`${base}/news/${i}/other-story`, i % 20);
  return urlset(inner);
}

const feedItem = (url: string, i: number): string =>
  `<item><title>IT exports story ${i}</title><link>${url}</link><guid isPermaLink="false">${url}</guid><pubDate>Mon, 30 Nov 2026 09:00:00 +0000</pubDate><description><![CDATA[Story ${i}]]></description></item>`;

const rss = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Business</title><link>https://example.org/</link>${inner}</channel></rss>`;

/** An RSS feed whose items sit at the bottom of elements nested size/7 deep. */
export function nestedFeed(base: string, size: number): string {
  const depth = Math.ceil(size / 7);
  return rss(`${'<x>'.repeat(depth)}${hostileLinks(base).map(feedItem).join('')}${'</x>'.repeat(depth)}`);
}

/** An RSS feed whose items sit among `size` bytes of empty sibling elements. */
export function siblingFeed(base: string, size: number): string {
  return rss(`${hostileLinks(base).map(feedItem).join('')}${fill('<x/>', size)}`);
}

/** An RSS feed of about `size` bytes of ordinary items (more than a reader keeps). */
export function ordinaryFeed(base: string, size: number): string {
  let inner = hostileLinks(base).map(feedItem).join('');
  for (let i = 0; inner.length < size; i++) inner += feedItem(`${base}/news/${i}/other-story`, i);
  return rss(inner);
}
