// Urdu pages write digits as ۰–۹ and use Arabic punctuation; English pages use curly quotes and dashes.
// Every replacement is one UTF-16 unit for one, so offsets into the normalised text are offsets into the
// original and evidence can be quoted as the page wrote it.
const SAME_LENGTH: Readonly<Record<string, string>> = {
  '\u066B': '.',
  '\u066C': ',',
  '\u060C': ',',
  '\u061B': ';',
  '\u066A': '%',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  // Arabic letter forms that Urdu text sometimes carries instead of the Urdu ones, and the high-hamza yeh some
  // Urdu keyboards type for ئ ("آٸی ٹی", "مٸی").
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u0643': '\u06A9',
  '\u0678': '\u0626',
};

const REPLACEABLE =
  /[\u0660-\u066C\u06F0-\u06F9\u060C\u061B\u00A0\u2007\u2009\u202F\u2002\u2003\u2018\u2019\u02BC\u2032\u00B4`\u201C\u201D\u00AB\u00BB\u2010-\u2015\u2212\u064A\u0649\u0643\u0678]/g;

/** Normalises digits, quotes, dashes and Arabic letter forms without changing the text's length. */
export function normalizeText(text: string): string {
  return text.replace(REPLACEABLE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    return SAME_LENGTH[ch] ?? ch;
  });
}

// Invisible marks (bidi controls, zero-width joiners, soft hyphens) split words for no visible reason. So do the
// Arabic script's optional vowel marks and the kashida that stretches a word: "ترسیلاتِ" is "ترسیلات", "بتّیس"
// is "بتیس", "ٹٰی" is "ٹی". The hamza that no Unicode letter composes with Urdu's ی is written as the letter ئ.
// A zero-width non-joiner is where an Urdu typist wanted a word to end without a space ("آئی‌ٹی"): a space.
const INVISIBLE = /[\u00AD\u200B\u200D-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]/g;
const NON_JOINER = /(?<=[\u0600-\u06FF])\u200C/g;
const YEH_HAMZA = /\u06CC\u0654/g;
const MARK = /\p{Mn}/gu;
const dropArabicMark = (mark: string): string => (mark >= '\u0600' && mark <= '\u06FF' ? '' : mark);

/** Cleans text taken from a page: canonical Unicode, no invisible marks, runs of space collapsed. */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  // Most pages have no Arabic script: they skip its passes (a page's every text node comes through here).
  const arabic = ARABIC_SCRIPT.test(nfc)
    ? nfc.replace(YEH_HAMZA, '\u0626').replace(MARK, dropArabicMark).replace(NON_JOINER, ' ')
    : nfc;
  return arabic.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
