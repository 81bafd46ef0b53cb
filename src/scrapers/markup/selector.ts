import { parse, type AttributeSelector, type Selector } from 'css-what';
import type { Attribs } from './stream.js';

/** What a listing's `selector` may use; the config's message names it when a selector asks for more. */
export const SELECTOR_SUBSET =
  'tag names, *, .class, #id, [attribute] tests (=, ~=, |=, ^=, $=, *=), and the descendant (space) and child (>) combinators, in a comma-separated list';

/** A selector this reader cannot run: the config refuses it with this message, which says what is supported. */
export class UnsupportedSelectorError extends Error {
  override name = 'UnsupportedSelectorError';

  constructor(what: string, options?: ErrorOptions) {
    super(`${what}; a listing's selector may use ${SELECTOR_SUBSET}`, options);
  }
}

const unsupported = (what: string): UnsupportedSelectorError =>
  new UnsupportedSelectorError(`${what} is not supported`);

type Test = (name: string, attribs: Attribs) => boolean;

/** One complex selector: its compounds left to right, and whether each after the first is a child (>) of the one before. */
interface Chain {
  compounds: Test[];
  childOf: boolean[];
}

/** Matching one document: told of each element as it opens, in document order. */
export interface SelectorMatcher {
  /** The element opening at `depth` (its parent is the last one opened at depth − 1): does it match? */
  enter(depth: number, name: string, attribs: Attribs): boolean;
}

/**
 * A CSS selector compiled for a streaming reader. Each element's state (which prefixes of each chain end at
 * it, and at it or above it) follows from its parent's in steps bounded by the selector's size, so matching a
 * page costs O(elements × selector) with no search per element and no allocation per element.
 */
export interface StreamSelector {
  /** The attributes the selector looks at, for the reader to copy. */
  attributes: ReadonlySet<string>;
  matcher(): SelectorMatcher;
}

// Bitmasks of chain positions: a compound chain longer than this is no listing's selector.
const MAX_COMPOUNDS = 30;
const MAX_CHAINS = 16;

/** Compiles `selector`; throws UnsupportedSelectorError naming what it cannot run. */
export function compileSelector(selector: string): StreamSelector {
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (cause) {
    throw new UnsupportedSelectorError(`not a CSS selector (${(cause as Error).message})`, { cause });
  }
  if (parsed.length > MAX_CHAINS) throw unsupported(`a list of more than ${MAX_CHAINS} selectors`);
  const attributes = new Set<string>();
  const chains = parsed.map((tokens) => compileChain(tokens, attributes));
  const n = chains.length;
  return {
    attributes,
    matcher() {
      // Per open element and chain, flat: here[depth * n + c] and above[depth * n + c]; the root is all zero.
      const here: number[] = [];
      const above: number[] = [];
      return {
        enter(depth, name, attribs) {
          let matched = false;
          for (let c = 0; c < n; c++) {
            const { compounds, childOf } = chains[c]!;
            const up = (depth - 1) * n + c;
            const parentHere = depth > 0 ? here[up]! : 0;
            const parentAbove = depth > 0 ? above[up]! : 0;
            let bits = 0;
            for (let k = 0; k < compounds.length; k++) {
              if (k > 0 && ((childOf[k]! ? parentHere : parentAbove) & (1 << (k - 1))) === 0) continue;
              if (compounds[k]!(name, attribs)) bits |= 1 << k;
            }
            here[depth * n + c] = bits;
            above[depth * n + c] = parentAbove | bits;
            if ((bits & (1 << (compounds.length - 1))) !== 0) matched = true;
          }
          return matched;
        },
      };
    },
  };
}

function compileChain(tokens: Selector[], attributes: Set<string>): Chain {
  const compounds: Test[] = [];
  const childOf: boolean[] = [];
  let tests: Test[] = [];
  let nextIsChild = false;
  const endCompound = (): void => {
    if (tests.length === 0)
      throw new UnsupportedSelectorError('not a CSS selector (a combinator with nothing on one side)');
    const all = tests;
    compounds.push(
      all.length === 1
        ? all[0]!
        : (name, attribs) => {
            for (const test of all) if (!test(name, attribs)) return false;
            return true;
          },
    );
    childOf.push(nextIsChild);
    tests = [];
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'tag':
        if (token.namespace) throw unsupported(`the namespace in ${token.namespace}|${token.name}`);
        tests.push((name) => name === token.name);
        break;
      case 'universal':
        tests.push(() => true);
        break;
      case 'attribute':
        if (token.namespace) throw unsupported(`the namespace in [${token.namespace}|${token.name}]`);
        attributes.add(token.name);
        tests.push(attributeTest(token));
        break;
      case 'descendant':
      case 'child':
        endCompound();
        nextIsChild = token.type === 'child';
        break;
      case 'pseudo':
      case 'pseudo-element':
        throw unsupported(`${token.type === 'pseudo' ? ':' : '::'}${token.name}`);
      default:
        throw unsupported(`the ${token.type} combinator`);
    }
  }
  endCompound();
  if (compounds.length > MAX_COMPOUNDS) throw unsupported(`a chain of more than ${MAX_COMPOUNDS} compound selectors`);
  // The first compound has no combinator before it.
  childOf[0] = false;
  return { compounds, childOf };
}

function attributeTest(token: AttributeSelector): Test {
  const fold = token.ignoreCase === true;
  const want = fold ? token.value.toLowerCase() : token.value;
  const read = (attribs: Attribs): string | undefined => {
    const v = attribs[token.name];
    return v === undefined || !fold ? v : v.toLowerCase();
  };
  switch (token.action) {
    case 'exists':
      return (_, a) => token.name in a;
    case 'equals':
      return (_, a) => read(a) === want;
    case 'element':
      // Class names and ~= lists: one word of the whitespace-separated value.
      return (_, a) => (read(a) ?? '').split(/[ \t\n\f\r]+/).includes(want);
    case 'hyphen':
      return (_, a) => {
        const v = read(a);
        return v === want || (v?.startsWith(`${want}-`) ?? false);
      };
    case 'start':
      return (_, a) => want !== '' && (read(a)?.startsWith(want) ?? false);
    case 'end':
      return (_, a) => want !== '' && (read(a)?.endsWith(want) ?? false);
    case 'any':
      return (_, a) => want !== '' && (read(a)?.includes(want) ?? false);
    default:
      throw unsupported(`the attribute test [${token.name} ${token.action} …]`);
  }
}
