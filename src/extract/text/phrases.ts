import { cleanText, normalizeText } from './normalize.js';
import { tokenize, type Token } from './tokens.js';

/** A phrase found in a token list: tokens [start, end) and what the phrase stands for. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Set where a phrase ends. */
  value?: T;
  /** Tokens of the phrase written in capitals must be capitals in the text: "IT exports", not "it exports". */
  capitals?: ReadonlySet<number>;
  depth: number;
}

// Hyphens and brackets inside a phrase are optional in text: "highest-ever" is "highest ever",
// and "information technology (IT) exports" contains "IT exports".
const SKIPPABLE = new Set(['-', '(', ')', '"']);

// "IT & ITeS" is "IT and ITeS": a listed "and" matches either.
const keyOf = (t: Token): string => (t.text === '&' ? 'and' : t.lower);

/**
 * Finds listed phrases in token lists, longest first, without overlaps: "IT & ITeS export remittances"
 * is one phrase, so its "remittances" is not read as workers' remittances. Cost is linear in the tokens
 * times the longest phrase.
 */
export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), depth: 0 };

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    // A phrase is written the way the text it is looked up in was cleaned: "workers’ remittances" with a curly
    // apostrophe, or "ترسیلاتِ زر" with its vowel mark, is found in text that has neither.
    const tokens = tokenize(normalizeText(cleanText(phrase))).filter((t) => !SKIPPABLE.has(t.text));
    if (tokens.length === 0) return;
    let node = this.root;
    const capitals = new Set<number>();
    tokens.forEach((t, i) => {
      if (t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower)
        capitals.add(i);
      let child = node.next.get(keyOf(t));
      if (!child) {
        child = { next: new Map(), depth: i + 1 };
        node.next.set(keyOf(t), child);
      }
      node = child;
    });
    // The first listing of a phrase wins, so tables can put the specific meaning first.
    if (node.value === undefined) {
      node.value = value;
      node.capitals = capitals;
    }
  }

  /** True when some phrase starts with this (lower-cased) word. */
  startsWith(word: string): boolean {
    return this.root.next.has(word);
  }

  /** The longest phrase starting at token `i`, if any; `anyCase` lets "it" stand for a listed "IT". */
  matchAt(tokens: readonly Token[], i: number, anyCase = false): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    const seen: Token[] = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const child = node.next.get(keyOf(t));
      if (!child) {
        if (j > i && SKIPPABLE.has(t.text)) {
          j++;
          continue;
        }
        break;
      }
      seen.push(t);
      node = child;
      j++;
      if (node.value !== undefined && (anyCase || capitalsHold(node.capitals, seen)))
        best = { start: i, end: j, value: node.value };
    }
    return best;
  }

  /** All phrases in the tokens, scanning left to right and taking the longest at each position. */
  findAll(tokens: readonly Token[], skip?: (index: number) => boolean, anyCase = false): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (skip?.(i)) {
        i++;
        continue;
      }
      const m = this.matchAt(tokens, i, anyCase);
      if (m && !(skip && rangeHits(skip, m.start, m.end))) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

function capitalsHold(capitals: ReadonlySet<number> | undefined, seen: readonly Token[]): boolean {
  if (!capitals) return true;
  for (const index of capitals) {
    const t = seen[index];
    if (t && t.text !== t.text.toUpperCase()) return false;
  }
  return true;
}

function rangeHits(skip: (index: number) => boolean, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (skip(k)) return true;
  return false;
}
