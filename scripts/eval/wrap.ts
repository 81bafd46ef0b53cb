// Wraps a case of the shared corpus in a page as a news site serves it: headline in <title> and <h1>, the page's
// own date in <time datetime>, every line of the case a paragraph of the <article> in its order (page chrome lines
// such as "Share:" or a byline stay, as they were on the page), and a site's navigation, ticker, related stories,
// sidebar and comments around it. The labels never enter the page.
import type { CaseText } from './cases.js';
import { chooseHeadline, sectionHeadline, type Headline } from './headline.js';
import { noiseFor } from './noise.js';
import { LANG, scriptOf } from './script.js';

/** A wrapped case: the page and the headline it was given. */
export interface WrappedPage {
  html: string;
  headline: Headline;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How the page's headline is chosen: as the page would have it, or only the section's name (no series, no figure). */
export type HeadlineMode = 'page' | 'section';

/**
 * The page a news site would serve for this case; the same bytes on every run. With `section`, the headline is
 * the section's name and every line stays in the body: what the extractor reads when a headline says nothing.
 * With `dated` false, the page carries no <time> element: a site that prints no machine-readable date.
 */
export function wrapCase(c: CaseText, mode: HeadlineMode = 'page', dated = true): WrappedPage {
  const script = scriptOf(c.lines.join(' '));
  const headline = mode === 'page' ? chooseHeadline(c.url, c.lines, script) : sectionHeadline(script);
  const body = headline.source === 'first line' ? c.lines.slice(1) : c.lines;
  const noise = noiseFor(c.id, script);
  const site = siteName(c.url);
  const lang = LANG[script];
  const dir = script === 'arabic' ? 'rtl' : 'ltr';
  const list = (items: readonly string[], cls: string): string =>
    items.map((t, i) => `<li class="${cls}"><a href="/news/${cls}-${i + 1}">${esc(t)}</a></li>`).join('\n');
  const html = `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(headline.text)} | ${esc(site)}</title>
<link rel="canonical" href="${esc(c.url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(site)}">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="single-post">
<header class="site-header">
<div class="top-bar"><div class="market-ticker">${noise.ticker}</div></div>
<div class="logo"><a href="/">${esc(site)}</a></div>
<nav class="main-nav"><ul>${noise.nav.map((n) => `<li><a href="/${encodeURIComponent(n)}">${esc(n)}</a></li>`).join('')}</ul></nav>
</header>
<main class="site-main">
<div class="breadcrumbs"><a href="/">${esc(noise.nav[0]!)}</a> › <a href="/business">${esc(noise.nav[2]!)}</a></div>
<article class="post type-post">
<header class="entry-header">
<h1 class="entry-title">${esc(headline.text)}</h1>
${c.date === null || !dated ? '' : `<div class="entry-meta"><time class="published" datetime="${c.date}">${humanDate(c.date)}</time></div>\n`}</header>
<div class="entry-content">
${body.map((line) => `<p>${esc(line)}</p>`).join('\n')}
</div>
<div class="share-buttons"><a href="#share-facebook">Facebook</a> <a href="#share-x">X</a> <a href="#share-whatsapp">WhatsApp</a></div>
</article>
<section class="related-posts"><h3>${esc(noise.sections.related)}</h3><ul>
${list(noise.teasers.slice(0, 3), 'related')}
</ul></section>
<section id="comments" class="comments-area"><h3 class="comments-title">${esc(noise.sections.comments)} (${noise.comments.length})</h3>
<ol class="comment-list">
${noise.comments.map((m) => `<li class="comment"><div class="comment-author">${esc(m.author)}</div><div class="comment-content"><p>${esc(m.text)}</p></div></li>`).join('\n')}
</ol></section>
</main>
<aside class="sidebar">
<div class="widget"><h3 class="widget-title">${esc(noise.sections.popular)}</h3><ol>
${list(noise.teasers.slice(3, 6), 'popular')}
</ol></div>
<div class="widget"><h3 class="widget-title">${esc(noise.sections.latest)}</h3><ul>
${list(noise.teasers.slice(6), 'latest')}
</ul></div>
</aside>
<footer class="site-footer"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a><p>© ${esc(site)}. All rights reserved.</p></footer>
</body>
</html>
`;
  return { html, headline };
}

function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(?:www|m|amp)\./, '');
  } catch {
    return 'news site';
  }
}

function humanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
