import { MONTHS, URDU_MONTHS } from './lexicon/months.js';
import { normalizeText } from './text/normalize.js';
import type { YearMonth } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const monthOf = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? URDU_MONTHS[name] ?? 0;

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})/;
const WORD = String.raw`[\p{L}\p{M}]+`;
// A word that starts at a word boundary: the search does not retry from inside a long word.
const LETTERS = String.raw`(?<![\p{L}\p{M}])${WORD}`;
// "April 17, 2024", "Apr 17th, 2024", "Wednesday, April 17, 2024"
const MONTH_DAY_YEAR = new RegExp(String.raw`(${LETTERS})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})(?!\d)`, 'gu');
// "17 April 2024", "18th January 2024", "17 Apr, 2024", "18 نومبر 2025"
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${WORD})\.?,?\s(\d{4})(?!\d)`,
  'gu',
);

/** Reads a written date ("2024-04-17T07:31:04+05:00", "April 17th, 2024", "18 نومبر 2025") as YYYY-MM-DD. */
export function parseDateText(text: string): string | null {
  // "۱۸ نومبر ۲۰۲۵": Urdu digits read as digits
  const s = normalizeText(text).replace(/\s+/g, ' ');
  const iso = ISO.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // the first written date whose month word is a month ("By Staff Reporter May 18, 2025")
  for (const mdy of s.matchAll(MONTH_DAY_YEAR)) {
    if (monthOf(mdy[1]!)) return validDate(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]));
  }
  for (const dmy of s.matchAll(DAY_MONTH_YEAR)) {
    if (monthOf(dmy[2]!)) return validDate(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  }
  return null;
}

const URL_YMD = /\/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|$)/;
const URL_DMY = /\/(\d{1,2})-([a-z]{3,9})-(20\d{2})(?:[/_-]|$)/i;
const URL_DMY_NUMERIC = /\/(\d{1,2})-(\d{1,2})-(20\d{2})(?:[/_-]|$)/;

/** A date written in a URL path: `/2024/04/22/`, `/2024-04-22-…`, `/18-May-2024/` or `/16-04-2024/`. */
export function urlDate(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a full URL: read the string as a path
  }
  const ymd = URL_YMD.exec(path);
  if (ymd) return validDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = URL_DMY.exec(path);
  if (dmy && monthOf(dmy[2]!)) return validDate(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  const numeric = URL_DMY_NUMERIC.exec(path);
  if (numeric) return validDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

// "ISLAMABAD, May 18 (APP):", "KARACHI: …", "June 17, 2024 (MLN):", "Islamabad, 18th January 2024"
const DATELINE_MONTH_DAY = new RegExp(
  String.raw`^[^.:]{0,40}?\b(${LETTERS})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,\s?(\d{4}))?\s?[(:-]`,
  'u',
);

/** Where a publication date may come from, most authoritative first. */
export interface DateEvidence {
  /** JSON-LD `datePublished`, `article:published_time` and similar, `<time datetime>`. */
  hints: readonly string[];
  url: string | null;
  /** Text of visible date and byline elements. */
  visible: readonly string[];
  /** The first paragraph, which may open with a dateline. */
  lead: string | undefined;
  /** The latest month the article names with its year; dates a dateline that has no year. */
  latestNamedMonth: YearMonth | null;
}

/** Publication date as YYYY-MM-DD from the page's own evidence, or null when it gives none. */
export function publicationDate(evidence: DateEvidence): string | null {
  for (const hint of evidence.hints) {
    const date = parseDateText(hint);
    if (date) return date;
  }
  const fromUrl = evidence.url ? urlDate(evidence.url) : null;
  if (fromUrl) return fromUrl;
  for (const text of evidence.visible) {
    const date = parseDateText(text);
    if (date) return date;
  }
  const lead = evidence.lead?.slice(0, 120) ?? '';
  const dated = parseDateText(lead.slice(0, 60));
  if (dated) return dated;
  const dateline = DATELINE_MONTH_DAY.exec(lead);
  if (dateline && monthOf(dateline[1]!)) {
    const month = monthOf(dateline[1]!);
    const day = Number(dateline[2]);
    if (dateline[3]) return validDate(Number(dateline[3]), month, day);
    return evidence.latestNamedMonth ? yearAfter(evidence.latestNamedMonth, month, day) : null;
  }
  return null;
}

// A wire story dated "May 18" that reports April 2024 was written in May 2024: the first such date after the
// latest month it names.
function yearAfter(latest: YearMonth, month: number, day: number): string | null {
  const [y, m] = latest.split('-').map(Number) as [number, number];
  return validDate(month > m ? y : y + 1, month, day);
}
