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

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(text: string, i: number, c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER_OR_MARK.test(text[i]!);
}

function isSpace(text: string, i: number, c: number): boolean {
  if (c === 32 || c === 9 || c === 10 || c === 13) return true;
  return c > 127 && SPACE.test(text[i]!);
}

/**
 * Splits normalised text into numbers (with their group and decimal separators: "2,593", "1.46"), runs of letters
 * in any script (with combining marks), and single other characters. One pass, character by character.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i, c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    if (isDigit(c)) {
      kind = 'num';
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 46 || d === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i, c)) {
      kind = 'word';
      i++;
      while (i < n && isLetter(text, i, text.charCodeAt(i))) i++;
    } else {
      kind = 'sym';
      // one code point: a surrogate pair is one character
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const t = text.slice(start, i);
    out.push({
      kind,
      text: t,
      lower: kind === 'word' ? t.toLowerCase() : t,
      start,
      end: i,
      glued: start === previousEnd,
    });
    previousEnd = i;
  }
  return out;
}

/** True when the token starts with a capital letter ("March" the month, not "march" the verb). */
export function startsWithCapital(token: Token): boolean {
  const first = token.text[0] ?? '';
  return first !== first.toLowerCase();
}
