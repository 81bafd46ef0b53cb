import { QuoteType, Tokenizer } from 'htmlparser2';

/** An element's attributes, only the ones asked for. */
export type Attribs = Readonly<Record<string, string>>;

/** What a streaming reader is told about a document, in order. */
export interface MarkupHandler {
  /** An element opens; `depth` is how many elements are open around it. */
  open(name: string, attribs: Attribs, depth: number): void;
  /** Every opened element is closed, explicitly or implied, innermost first; `depth` is the one it opened at. */
  close(name: string, depth: number): void;
  text(text: string): void;
}

/** Counts a reader's work: tokenizer callbacks and the reader's own steps. Tests hold it to a multiple of the bytes. */
export interface WorkMeter {
  steps: number;
}

/** How a document is read. */
export interface MarkupOptions {
  /** XML (feeds, sitemaps): names kept as written, no HTML repairs. HTML: names lower-cased, repaired as browsers do. */
  xml: boolean;
  /** The attributes copied into `open`'s attribs (lower-case names in HTML); the others are passed over. */
  attributes: ReadonlySet<string>;
  meter?: WorkMeter;
}

// Elements that have no content and no closing tag.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

// An opening tag that closes the open element before it, as browsers do: a <p> ends at the next block, an <li>
// at the next <li>, and a link at the next link (so 80,000 unclosed <a> are siblings, not 80,000 levels deep).
const BLOCKS = [
  'p',
  'div',
  'ul',
  'ol',
  'dl',
  'table',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'form',
  'pre',
];
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['li', new Set(['li', 'p'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['td', new Set(['th', 'td'])],
  ['th', new Set(['th', 'td'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['option', new Set(['option'])],
  ['a', new Set(['a'])],
  ...BLOCKS.filter((b) => b !== 'p').map((tag) => [tag, new Set(['p'])] as const),
  ['p', new Set(['p'])],
]);

const NO_ATTRIBUTES: Attribs = Object.freeze({});

/**
 * Streams an HTML or XML document as open, close and text events, entities decoded, in one pass over
 * htmlparser2's tokenizer with an element stack of its own (htmlparser2's Parser keeps its stack with
 * `unshift`, which makes a deeply nested page quadratic). Every tag costs O(1), amortised: each element is
 * opened and closed once, and a closing tag searches the stack only when an element of its name is open (a
 * count per name says so), so the search ends at it and every element passed on the way closes with it. A
 * stray "</span>" under 100,000 open elements costs one step.
 */
export function streamMarkup(doc: string, opts: MarkupOptions, handler: MarkupHandler): void {
  const meter = opts.meter ?? { steps: 0 };
  const stack: string[] = [];
  const openByName = new Map<string, number>();
  let tagName = '';
  let attribs: Record<string, string> | null = null;
  let attribName = '';
  let attribValue = '';
  let keep = false;
  const name = (start: number, end: number): string =>
    opts.xml ? doc.slice(start, end) : doc.slice(start, end).toLowerCase();

  const close = (): void => {
    meter.steps++;
    const tag = stack.pop()!;
    openByName.set(tag, openByName.get(tag)! - 1);
    handler.close(tag, stack.length);
  };
  const endOpenTag = (selfClosing: boolean): void => {
    const tag = tagName;
    tagName = '';
    if (tag === '') return;
    handler.open(tag, attribs ?? NO_ATTRIBUTES, stack.length);
    attribs = null;
    // An XML element written <x/> is closed; in HTML only void elements are.
    if ((opts.xml && selfClosing) || (!opts.xml && VOID.has(tag))) handler.close(tag, stack.length);
    else {
      stack.push(tag);
      openByName.set(tag, (openByName.get(tag) ?? 0) + 1);
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: opts.xml, decodeEntities: true },
    {
      ontext(start, end) {
        meter.steps++;
        handler.text(doc.slice(start, end));
      },
      ontextentity(codepoint) {
        meter.steps++;
        handler.text(String.fromCodePoint(codepoint));
      },
      // CDATA is text in XML (a feed's HTML description); in HTML it is a comment.
      oncdata(start, end, endOffset) {
        meter.steps++;
        if (opts.xml) handler.text(doc.slice(start, end - endOffset));
      },
      onopentagname(start, end) {
        meter.steps++;
        const tag = name(start, end);
        const closes = opts.xml ? undefined : IMPLIES_CLOSE.get(tag);
        if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) close();
        tagName = tag;
        attribs = null;
      },
      onattribname(start, end) {
        meter.steps++;
        // Names longer than any we want are passed over without being copied.
        keep = end - start <= 32 && opts.attributes.has(name(start, end));
        if (keep) {
          attribName = name(start, end);
          attribValue = '';
        }
      },
      onattribdata(start, end) {
        meter.steps++;
        if (keep) attribValue += doc.slice(start, end);
      },
      onattribentity(codepoint) {
        meter.steps++;
        if (keep) attribValue += String.fromCodePoint(codepoint);
      },
      onattribend(quote) {
        meter.steps++;
        if (!keep) return;
        attribs ??= {};
        if (!(attribName in attribs)) attribs[attribName] = quote === QuoteType.NoValue ? '' : attribValue;
      },
      onopentagend: () => endOpenTag(false),
      onselfclosingtag: () => endOpenTag(true),
      onclosetag(start, end) {
        meter.steps++;
        const tag = name(start, end);
        // A closing tag with nothing of its name open is ignored; otherwise the elements inside the one being
        // closed close with it.
        if (!openByName.get(tag) || (!opts.xml && VOID.has(tag))) return;
        let top = stack.pop()!;
        stack.push(top);
        while (top !== tag) {
          close();
          top = stack[stack.length - 1]!;
        }
        close();
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(doc);
  tokenizer.end();
  while (stack.length > 0) close();
}
