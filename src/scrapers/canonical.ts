// Query parameters that say where a reader came from, not which article it is.
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|cmpid|ito|s_cid|ncid|sr_share|amp)$/i;

/**
 * The URL an article is shown and stored under: fragment and tracking parameters dropped, host
 * lower-cased, default port dropped. The path stays as the site writes it ("/story/" is not
 * shortened to "/story", which many CMSs answer with a redirect). Unparseable input is returned as given.
 */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  return url.href.replace(/\?$/, '');
}

/**
 * The dedup key of an article URL: its canonical form without the scheme and without trailing
 * slashes, so http and https, "/story/" and "/story" count once.
 */
export function articleKey(raw: string): string {
  const url = canonicalUrl(raw).replace(/^https?:/i, '');
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end) + (query === -1 ? '' : url.slice(query));
}

const LINK_TAG = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: 'rel' | 'href'): string => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
};
const sameSite = (a: string, b: string): boolean => a.replace(/^www\./, '') === b.replace(/^www\./, '');

/**
 * The page's rel=canonical URL when it points into the same site; a canonical on another host
 * (syndicated copy, misconfigured CMS) is ignored so an alert never links an outlet to another's page.
 */
export function findCanonical(html: string, pageUrl: string): string | null {
  const end = html.search(/<\/head>/i);
  const head = html.slice(0, end === -1 ? 65_536 : end);
  for (const tag of head.matchAll(LINK_TAG)) {
    if (!attribute(tag[0], 'rel').toLowerCase().split(/\s+/).includes('canonical')) continue;
    try {
      const target = new URL(decodeEntities(attribute(tag[0], 'href')), pageUrl);
      const page = new URL(pageUrl);
      if ((target.protocol === 'http:' || target.protocol === 'https:') && sameSite(target.hostname, page.hostname)) {
        return canonicalUrl(target.href);
      }
    } catch {
      // An unparseable canonical is as good as none.
    }
    return null;
  }
  return null;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#0*38;/g, '&');
}
