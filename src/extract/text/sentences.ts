// Abbreviations that end in a full stop without ending the sentence ("Dec. 24", "Rs. 5bn", "U.S.").
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'rs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'vs',
  'approx',
  'govt',
  'inc',
  'ltd',
  'co',
  'st',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
]);

// The lookbehind makes each run of stops start one match only, keeping the scan linear. Urdu typists often write
// the full stop against the next sentence's first word ("زیادہ ہیں ۔پچھلے سال"): "۔" before an Arabic-script letter
// ends the sentence too (before a digit it is a dateline's: "اسلام آباد۔18نومبر").
const BOUNDARY = /(?<![.!?۔])(?:[.!?۔]+["”’)]?\s+|۔+(?=[\u0621-\u064A\u0671-\u06D3]))/g;

// News sentences run to a few hundred characters. Longer "sentences" are tables, lists or hostile input; cutting
// them at a space keeps the per-sentence work bounded, so reading a page stays linear in its length.
const MAX_SENTENCE = 1200;

/** Splits a paragraph into sentences without breaking at abbreviations or decimal points. */
export function splitSentences(paragraph: string): string[] {
  return splitAtStops(paragraph).flatMap(cutLong);
}

function cutLong(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE);
    const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') out.push(rest);
  return out;
}

function splitAtStops(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    const next = paragraph[end] ?? '';
    const word =
      /(?<![\p{L}.])([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(start, m.index - 12), m.index))?.[1]?.toLowerCase() ??
      '';
    if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(next)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
