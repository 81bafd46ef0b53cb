/** One token of a normalised sentence; offsets index the sentence. */
export interface Token {
  kind: 'num' | 'word' | 'sym';
  text: string;
  /** Lower-cased text, for case-insensitive lookups. */
  lower: string;
  start: number;
  end: number;
  /** True when no space separates this token from the one before ("$303m": "m" is glued to "303"). */
  glued: boolean;
}

// A number with its group and decimal separators, a run of letters (any script, with combining marks),
// or any other single visible character. The alternatives start with disjoint classes: linear.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S/gu;

/** Splits normalised text into numbers, words and symbols. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'sym';
    out.push({ kind, text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, glued: m.index === previousEnd });
    previousEnd = m.index + t.length;
  }
  return out;
}

/** True when the token is written in capitals ("IT", "FY"), which tells an abbreviation from a word. */
export function isCapitalised(token: Token): boolean {
  return token.text !== token.lower && token.text === token.text.toUpperCase();
}

/** True when the token starts with a capital letter ("March" the month, not "march" the verb). */
export function startsWithCapital(token: Token): boolean {
  const first = token.text[0] ?? '';
  return first !== first.toLowerCase();
}
