/** Builders for the feeds and pages a news site serves, shaped like the outlets exportwatch reads. */

/** One feed item. */
export interface FeedItem {
  title: string;
  link: string;
  guid?: string;
  pubDate?: string;
  description?: string;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed like WordPress writes. */
export function rssFeed(items: readonly FeedItem[], title = 'Business'): string {
  const entries = items.map(
    (i) => `  <item>
    <title>${escapeXml(i.title)}</title>
    <link>${escapeXml(i.link)}</link>
    <guid isPermaLink="false">${escapeXml(i.guid ?? i.link)}</guid>
    <pubDate>${i.pubDate ?? 'Mon, 12 Feb 2024 09:00:00 +0000'}</pubDate>
    <description><![CDATA[${i.description ?? ''}]]></description>
  </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://example.org/</link>
${entries.join('\n')}
</channel></rss>`;
}

/** An article page with navigation, a sidebar and a body, as news themes lay them out. */
export function articleHtml(a: {
  title: string;
  paragraphs: readonly string[];
  published?: string;
  canonical?: string;
  charsetMeta?: string;
}): string {
  return `<!doctype html>
<html lang="en"><head>
${a.charsetMeta ? `<meta charset="${a.charsetMeta}">` : ''}
<title>${a.title} | Business</title>
${a.canonical ? `<link rel="canonical" href="${a.canonical}">` : ''}
<meta property="article:published_time" content="${a.published ?? '2024-02-12T09:00:00+05:00'}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/business/">Business</a> <a href="/sports/">Sports</a></nav></header>
<div class="ticker">KSE-100 62,451 ▲ 0.8%</div>
<article>
<h1>${a.title}</h1>
<div class="entry-content">
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</div>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Textile exports rise to $1.6bn</a></li></ul></aside>
<footer>© Example News</footer>
</body></html>`;
}

/** The paragraphs of an IT-exports story for a month below the December 2023 record: figures, no alert. */
export const JANUARY_2024_STORY = [
  "Pakistan's IT exports rose to $265 million in January 2024, up 24 percent year-on-year, according to data released by the State Bank of Pakistan on Monday.",
  'In the first seven months of the current fiscal year, IT exports stood at $1.864 billion.',
];
