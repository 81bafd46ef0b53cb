// Scraped text reaches Discord as markdown: it must render as the words it is, ping no one and link nowhere unexpected.

// Characters with a markdown meaning anywhere in a line: emphasis, code, spoilers, masked links
// (with its brackets escaped, "[text](url)" cannot form a link, so parentheses stay as they are).
const MARKDOWN = /[\\*_~`|[\]]/g;
// Markers that only mean something at the start of a line: headings, quotes, lists.
const LINE_START = /^(?:[#>+-]|\d+\.)/;

/** Collapses line breaks and runs of white space, and drops control characters, so a headline stays one line. */
export function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Text from the web, made literal for Discord markdown: no formatting, links, mentions or line breaks. */
export function escapeMarkdown(text: string): string {
  return (
    oneLine(text)
      .replace(MARKDOWN, '\\$&')
      .replace(LINE_START, (marker) => (marker.endsWith('.') ? `${marker.slice(0, -1)}\\.` : `\\${marker}`))
      // A URL inside a headline would become a second link (or break the masked link around it).
      .replace(/:\/\//g, ':\u200b//')
      // A zero-width space after @ or < breaks "@everyone", "@here", "<@&123>" and "<#123>" even if allowed_mentions were lost.
      .replace(/@/g, '@\u200b')
      .replace(/</g, '<\u200b')
  );
}

/** An http(s) URL safe to put in a markdown link, or null: other schemes and over-long URLs are not linked. */
export function safeUrl(url: string, maxLength = 512): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  // Parentheses and angle brackets would end or break the markdown link.
  const href = parsed.href.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return href.length <= maxLength ? href : null;
}

/** Length as Discord counts it: by code point. */
export function textLength(text: string): number {
  let n = 0;
  // Each code point is one UTF-16 unit, or a high surrogate followed by a low one that is not counted.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++;
  }
  return n;
}

/** Cuts text to at most `max` code points, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  const points = Array.from(text).slice(0, Math.max(0, max - 1));
  // Never leave a lone escaping backslash at the cut: it would escape the ellipsis.
  while (points.length > 0 && points.at(-1) === '\\') points.pop();
  return `${points.join('')}…`;
}
