import type { Token } from './tokens.js';

// Urdu letters that never join the letter after them. A space left out after one of them cannot be seen on the
// page, so copy runs words together there: "کروڑڈالر", "نوسواٹھاون", "ڈالرتک", "سےاکیاون".
const NON_JOINING = new Set([...'اآأإدڈذرڑزژوؤےۓءۃة']);

// Longer tokens are not a few words run together, and are left alone (which keeps the search small).
const MAX_LENGTH = 24;

/** The words a run-together token may be split into, and which of them are counts (two never stand side by side). */
export interface RunTogetherWords {
  words: ReadonlySet<string>;
  isCount: (word: string) => boolean;
}

/**
 * Repairs the spacing of Urdu words around non-joining letters, where a space left out or put in cannot be seen.
 * A token of listed words run together is split into them, keeping their offsets: "کروڑڈالر" becomes "کروڑ" and
 * "ڈالر" (glued). A token that is itself a listed word, or that cannot be cut entirely into listed words, stays
 * whole: "دوران" is not "دو" + "ران", "دوبارہ" is not two counts. A listed word broken by a stray space after
 * a non-joining letter ("سا ل", "ڈا لر") is joined again when its second part is no listed word.
 */
export function splitRunTogether(tokens: Token[], vocabulary: RunTogetherWords): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && isBroken(t, next, vocabulary)) {
      out ??= tokens.slice(0, i);
      out.push({ ...t, text: t.text + next.text, lower: t.lower + next.lower, end: next.end });
      i++;
      continue;
    }
    const pieces = t.kind === 'word' ? segment(t.text, vocabulary) : null;
    if (!pieces) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    let at = t.start;
    for (const [n, piece] of pieces.entries()) {
      out.push({
        kind: 'word',
        text: piece,
        lower: piece,
        start: at,
        end: at + piece.length,
        glued: n === 0 ? t.glued : true,
      });
      at += piece.length;
    }
  }
  return out ?? tokens;
}

// "سا ل": a word that ends in a non-joining letter, one space, and a fragment that only completes a listed word
function isBroken(t: Token, next: Token, vocabulary: RunTogetherWords): boolean {
  if (t.kind !== 'word' || next.kind !== 'word' || next.glued || next.start !== t.end + 1) return false;
  if (!NON_JOINING.has(t.text[t.text.length - 1]!) || next.text.length > 2 || vocabulary.words.has(next.text))
    return false;
  return vocabulary.words.has(t.text + next.text);
}

function segment(word: string, vocabulary: RunTogetherWords): string[] | null {
  const first = word.charCodeAt(0);
  if (first < 0x0600 || first > 0x06ff) return null;
  if (word.length < 4 || word.length > MAX_LENGTH || vocabulary.words.has(word)) return null;
  return cut(word, 0, null, vocabulary, new Set());
}

// Depth first, longest piece first; `failed` remembers positions that led nowhere, so each is tried once.
function cut(
  word: string,
  from: number,
  previous: string | null,
  vocabulary: RunTogetherWords,
  failed: Set<string>,
): string[] | null {
  const key = `${from}:${previous !== null && vocabulary.isCount(previous)}`;
  if (failed.has(key)) return null;
  for (let end = word.length; end > from; end--) {
    if (end < word.length && !NON_JOINING.has(word[end - 1]!)) continue;
    if (from === 0 && end === word.length) continue;
    const piece = word.slice(from, end);
    if (!vocabulary.words.has(piece)) continue;
    if (previous !== null && vocabulary.isCount(previous) && vocabulary.isCount(piece)) continue;
    if (end === word.length) return [piece];
    const rest = cut(word, end, piece, vocabulary, failed);
    if (rest) return [piece, ...rest];
  }
  failed.add(key);
  return null;
}
