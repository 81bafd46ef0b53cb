import { QuoteType, Tokenizer } from 'htmlparser2';

/** What the streaming reader is told about a document, in order. */
export interface HtmlHandler {
  /** Returning true skips everything inside the element: no events until it closes (a nav, a comments box). */
  open(name: string, attribs: Readonly<Record<string, string>>): boolean;
  /** Every opened element is closed, explicitly or implied, innermost first. */
  close(name: string): void;
  text(text: string): void;
}

// Elements that have no content and no closing tag.
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

// An opening tag that closes the open element before it, as browsers do: a <p> ends at the next block.
const P_ONLY = new Set(['p']);
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((tag) => [tag, P_ONLY] as const),
]);
// The attributes the reader looks at; the others (href, src, style, data-*) are skipped without being copied.
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'itemprop',
  'role',
  'aria-hidden',
  'hidden',
  'property',
  'name',
  'content',
  'datetime',
  'type',
  'rel',
  'href',
]);
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
// Kept names by first letter and length, to pass over href, src, style and the like without copying their names.
const KEPT_SHAPES = new Set([...KEPT_ATTRIBUTES].map((a) => a.charCodeAt(0) * 64 + a.length));

// How far down the open elements a closing tag looks for its element. Real pages close what they open within a
// few levels; a stray "</div>" under 100,000 open elements must not cost 100,000 steps.
const CLOSE_SEARCH = 512;

/**
 * Streams an HTML document as open, close and text events, with entities decoded and the tree repaired the way
 * browsers do for common cases. It drives htmlparser2's tokenizer with its own element stack: htmlparser2's
 * Parser keeps its stack with `unshift`, which makes a deeply nested page quadratic; here every tag costs O(1)
 * (amortised), so a hostile page of 100,000 nested elements reads as fast as a flat one.
 */
export function streamHtml(html: string, handler: HtmlHandler): void {
  const stack: string[] = [];
  let tagName = '';
  let attribs: Record<string, string> | null = null;
  let attribName = '';
  let attribValue = '';
  let keep = false;
  // Index in `stack` of the element whose content is being skipped, or -1.
  let skipFrom = -1;

  const close = (): void => {
    const at = stack.length - 1;
    const name = stack.pop()!;
    if (skipFrom < 0 || at <= skipFrom) handler.close(name);
    if (at === skipFrom) skipFrom = -1;
  };
  const endOpenTag = (): void => {
    const name = tagName;
    tagName = '';
    if (name === '') return;
    if (skipFrom >= 0) {
      if (!VOID.has(name)) stack.push(name);
      return;
    }
    const skip = handler.open(name, attribs ?? NO_ATTRIBUTES);
    attribs = null;
    if (VOID.has(name)) handler.close(name);
    else {
      if (skip) skipFrom = stack.length;
      stack.push(name);
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        if (skipFrom < 0) handler.text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        if (skipFrom < 0) handler.text(String.fromCodePoint(codepoint));
      },
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const closes = IMPLIES_CLOSE.get(name);
        if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) close();
        tagName = name;
        attribs = null;
      },
      onattribname(start, end) {
        if (skipFrom >= 0) {
          keep = false;
          return;
        }
        const first = html.charCodeAt(start) | 0x20; // lower-cased ASCII letter
        keep =
          end - start < 64 &&
          KEPT_SHAPES.has(first * 64 + end - start) &&
          KEPT_ATTRIBUTES.has(html.slice(start, end).toLowerCase());
        // a link's address matters only for <link rel="canonical">; the thousands of <a href> are not copied
        if (keep && (first === 0x68 || (first === 0x72 && end - start === 3)) && tagName !== 'link') keep = false;
        if (!keep) return;
        attribName = html.slice(start, end).toLowerCase();
        attribValue = '';
      },
      onattribdata(start, end) {
        if (keep) attribValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        if (keep) attribValue += String.fromCodePoint(codepoint);
      },
      onattribend(quote) {
        if (!keep) return;
        attribs ??= {};
        if (!(attribName in attribs)) attribs[attribName] = quote === QuoteType.NoValue ? '' : attribValue;
      },
      onopentagend: endOpenTag,
      // HTML ignores the slash of "<div/>"; void elements close themselves anyway.
      onselfclosingtag: endOpenTag,
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (VOID.has(name)) return;
        // The elements inside the one being closed close with it; a closing tag with nothing of its name open
        // nearby is ignored.
        const floor = Math.max(0, stack.length - CLOSE_SEARCH);
        let at = stack.length - 1;
        while (at >= floor && stack[at] !== name) at--;
        if (at < floor) return;
        while (stack.length > at) close();
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) close();
}
