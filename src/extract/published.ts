import { isCalendarDate } from '../calendar/dates.js';
import { MONTHS, URDU_MONTHS } from './lexicon/months.js';
import { normalizeText } from './text/normalize.js';
import type { YearMonth } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

// A page's date is a day that exists ("31 June" and "30 February" are not) in the years news could carry.
function validDate(y: number, m: number, d: number): string | null {
  if (!isCalendarDate(y, m, d) || y < 1990 || y > 2100) return null;
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
// Urdu and day-first datelines: "اسلام آباد۔23ستمبر:", "کراچی (18 نومبر):", "ISLAMABAD, 18 May (APP):"
const DATELINE_DAY_MONTH = new RegExp(String.raw`^[^.:]{0,40}?(?<!\d)(\d{1,2})\s?(${WORD})\s?[():-]`, 'u');

/** Where a publication date may come from, most authoritative first. */
export interface DateEvidence {
  /** JSON-LD `datePublished`, `article:published_time` and similar, `<time datetime>`. */
  hints: readonly string[];
  url: string | null;
  /** The date the feed or sitemap listed the page under, as it wrote it (RSS `pubDate`, `news:publication_date`). */
  listed?: string | null;
  /** Text of visible date and byline elements. */
  visible: readonly string[];
  /** The first paragraph, which may open with a dateline. */
  lead: string | undefined;
  /** The article's paragraphs in order: a short one may be a date line ("Posted Sep 9, 2024 | 6:41 pm"). */
  lines?: readonly string[];
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
  // Machine-written like the page's metadata, but about the listing: it yields to the page's own and its URL.
  const listed = evidence.listed ? parseDateText(evidence.listed) : null;
  if (listed) return listed;
  for (const text of evidence.visible) {
    const date = parseDateText(text);
    if (date) return date;
  }
  const fromLines = dateLine(evidence.lines ?? []);
  if (fromLines) return fromLines;
  const lead = evidence.lead?.slice(0, 120) ?? '';
  const dated =
    openingDate(lead) ??
    (evidence.lines ?? [lead])
      .slice(0, 4)
      .map(closedDateline)
      .find((d) => d !== null);
  if (dated) return dated;
  const dateline = DATELINE_MONTH_DAY.exec(lead);
  if (dateline && monthOf(dateline[1]!)) {
    const month = monthOf(dateline[1]!);
    const day = Number(dateline[2]);
    if (dateline[3]) return validDate(Number(dateline[3]), month, day);
    return evidence.latestNamedMonth ? yearAfter(evidence.latestNamedMonth, month, day) : null;
  }
  const dayFirst = DATELINE_DAY_MONTH.exec(normalizeText(lead));
  if (dayFirst && monthOf(dayFirst[2]!) && evidence.latestNamedMonth) {
    return yearAfter(evidence.latestNamedMonth, monthOf(dayFirst[2]!), Number(dayFirst[1]));
  }
  return null;
}

// A wire story dated "May 18" that reports April 2024 was written in May 2024: the first such date after the
// latest month it names.
function yearAfter(latest: YearMonth, month: number, day: number): string | null {
  const [y, m] = latest.split('-').map(Number) as [number, number];
  return validDate(month > m ? y : y + 1, month, day);
}

// A paragraph that is a date line, not prose: short, and either all date and clock ("Wednesday, April 17, 2024",
// "Jun 10, 2021 | 15:12 PM") or a date after a publishing word ("Last updated 14 March 2025", "Updated On: Tue, 14
// Jan 2025 10:02:11 PKT", "Story by … — posted Dec 18, 2023 at 12:33 pm", "Published in Dawn, July 9th, 2025").
const MAX_DATE_LINE = 100;
const PUBLISHING = /\b(?:published|posted|updated|publish(?:ed)? (?:date|on)|dated?|last modified)\b/i;
// Lines that carry a date but say when something else happened: a photo, a tweet, an event.
const NOT_PUBLICATION = /photo|file|reuters|https?:|[@$%]|\d\s?(?:million|billion|mn|bn)\b/i;

/**
 * The page's own date from its date lines: one after a publishing word wins ("Published" before "Updated", as the
 * earlier of the two); else the earliest bare date line near the top or at the foot (a crawl clock or a later
 * update runs later than publication).
 */
function dateLine(lines: readonly string[]): string | null {
  const near = lines.length <= 14 ? lines : [...lines.slice(0, 8), ...lines.slice(-6)];
  let published: string | null = null;
  let updated: string | null = null;
  let bare: string | null = null;
  for (const line of near) {
    // "… Correspondent. Posted: 2018-08-14 19:39:45.0 BdST; last updated: …" inside a longer first paragraph
    const stamped = STAMP.exec(line.slice(0, 400));
    const stampDate = stamped
      ? parseDateText(line.slice(stamped.index + stamped[0].length, stamped.index + stamped[0].length + 40))
      : null;
    if (stampDate && !/updated|modified/i.test(stamped![0])) published = earlier(published, stampDate);
    if (line.length > MAX_DATE_LINE || NOT_PUBLICATION.test(line)) continue;
    const date = parseDateText(line);
    if (!date) continue;
    const words = PUBLISHING.exec(line)?.[0]?.toLowerCase() ?? '';
    if (words.includes('updated') || words.includes('modified')) updated = earlier(updated, date);
    else if (words !== '') published = earlier(published, date);
    else if (isBareDate(line)) bare = earlier(bare, date);
  }
  return published ?? bare ?? updated;
}

const earlier = (a: string | null, b: string): string => (a === null || b < a ? b : a);

// A date opening the lead, after nothing but a place or a byline ("April 06, 2022 (MLN):", "ISLAMABAD, May 18,
// 2025:", "By Staff Reporter May 18, 2025"); "In the fiscal year ending June 30, 2023, …" is the story's date.
function openingDate(lead: string): string | null {
  const head = lead.slice(0, 60);
  const date = parseDateText(head);
  if (!date) return null;
  // the words before the date's first digit: a month name, a weekday, a place, a byline, but no lower-case prose
  const at = head.search(/\d/);
  const before = head
    .slice(0, Math.max(0, at))
    .split(/[\s,]+/)
    .filter((w) => /^\p{Ll}/u.test(w) && !['by', 'on', 'dated'].includes(w));
  return before.length === 0 ? date : null;
}

// "Posted: 2018-08-14", "Published on 9 Sep 2024", "Updated On: Tue, 14 Jan 2025": a stamp and the date after it.
const STAMP = /\b(?:posted|published|updated|last updated)(?: on)?\s?:?\s/i;

// A date that closes a dateline: "ISLAMABAD, (UrduPoint / Pakistan Point News - 26th Jul, 2020 ) :In the …". A date
// further into the lead without a closing bracket or colon belongs to the story ("the fiscal year ending June 30, 2021").
function closedDateline(lead: string): string | null {
  const close = /[):]/.exec(lead.slice(40));
  if (!close) return null;
  const head = lead.slice(0, 40 + close.index);
  return /\d{4}\s?$/.test(head.trimEnd()) ? parseDateText(head) : null;
}

// Besides the date: weekday and month names, a clock, a zone, a city or a short byline; a teaser ("Related: IT
// exports fall in April, May 12, 2023") says more.
function isBareDate(line: string): boolean {
  const rest = line
    .replace(/\d+/g, ' ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  return rest.length <= 5;
}
