import { COUNT_WORDS } from '../lexicon/numbers.js';
import { RELATIVE_PHRASES, type RelativeKind } from '../lexicon/relative.js';
import { MONTHS, URDU_MONTHS, fullYear } from '../months.js';
import { PhraseIndex } from '../text/phrases.js';
import { startsWithCapital, type Token } from '../text/tokens.js';
import { groupAtoms, type Located, type PeriodAtom, type PeriodMention } from './period-groups.js';
import { readUrduNumber, readUrduYear } from './urdu-number.js';

export type { PeriodAtom, PeriodMention } from './period-groups.js';

const RELATIVE = new PhraseIndex<RelativeKind>(RELATIVE_PHRASES);

const ENGLISH_MONTH_TOKENS = new Set(Object.keys(MONTHS));
const ORDINAL_SUFFIX = new Set(['th', 'st', 'nd', 'rd']);
const RANGE_SEPARATORS = new Set(['-', 'to', 'till', 'until', 'through', 'thru', 'تا', 'سے']);
const FY_WORDS = new Set(['fiscal', 'financial']);
const CURRENT = new Set(['current', 'this', 'ongoing', 'running', 'present', 'outgoing', 'رواں', 'موجودہ', 'جاری', 'اس']);
const LAST = new Set(['last', 'previous', 'preceding', 'past', 'prior', 'گزشتہ', 'گذشتہ', 'پچھلے', 'پچھلا', 'سابقہ']);
const NEXT = new Set(['next', 'coming', 'upcoming', 'new', 'آئندہ', 'اگلے']);
const MONTHS_WORDS = new Set(['months', 'month', 'ماہ', 'مہینوں', 'مہینے']);
const FIRST = new Set(['first', '1st', 'پہلے', 'ابتدائی']);
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['last', 4], ['final', 4], ['پہلی', 1], ['دوسری', 2], ['تیسری', 3], ['چوتھی', 4], ['آخری', 4],
]);

// Words that can open a period expression (numbers always can).
const STARTERS = new Set([
  ...Object.keys(MONTHS), ...Object.keys(URDU_MONTHS), 'fy', 'fiscal', 'financial', 'the', 'calendar', 'cy', 'q', 'h',
  'مالی', 'first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th', 'final', 'پہلی', 'دوسری', 'تیسری', 'چوتھی',
  'آخری', 'پہلے', 'ابتدائی', 'current', 'this', 'ongoing', 'running', 'present', 'outgoing', 'رواں', 'موجودہ', 'جاری', 'اس',
  'last', 'previous', 'preceding', 'past', 'prior', 'گزشتہ', 'گذشتہ', 'پچھلے', 'پچھلا', 'سابقہ', 'next', 'coming', 'upcoming', 'new',
  'آئندہ', 'اگلے', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'ایک', 'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو', 'دس', 'گیارہ', 'بارہ',
]);

/** Finds period expressions in a sentence; tokens already read as money are skipped. */
export function findPeriods(tokens: readonly Token[], taken: (i: number) => boolean): PeriodMention[] {
  const atoms: Array<Located<PeriodAtom>> = [];
  let i = 0;
  while (i < tokens.length) {
    if (taken(i)) {
      i++;
      continue;
    }
    const t = tokens[i]!;
    // Most words cannot start a period; skip them without trying each reader.
    if (t.kind === 'sym' || (t.kind === 'word' && !STARTERS.has(t.lower) && !RELATIVE.startsWith(t.lower))) {
      i++;
      continue;
    }
    const found = readAtoms(tokens, i);
    if (found.length > 0) {
      atoms.push(...found);
      i = found[found.length - 1]!.tEnd;
    } else i++;
  }
  return groupAtoms(atoms, tokens);
}

function readAtoms(tokens: readonly Token[], i: number): Array<Located<PeriodAtom>> {
  const glued = readGluedFiscal(tokens, i);
  if (glued.length > 0) return glued;
  let rel = RELATIVE.matchAt(tokens, i);
  // "for the month of December": the month named next is the period
  if (rel?.value === 'review-month' && tokens[rel.end]?.lower === 'of') rel = null;
  const fy = readFiscalYear(tokens, i);
  if (fy && (!rel || fy.tEnd >= rel.end)) return [fy];
  if (rel) return [{ kind: 'rel', rel: rel.value, tStart: i, tEnd: rel.end }];
  const sub = readSubPeriod(tokens, i);
  if (sub) return [sub];
  const month = readMonth(tokens, i);
  if (month === 'date') return [];
  if (month) return [readRange(tokens, month) ?? month];
  const cy = readCalendarYear(tokens, i);
  return cy ? [cy] : [];
}

// "1HFY24", "9MFY25", "1QFY26", "Q1FY26", "H1FY24", "9M FY25"
function readGluedFiscal(tokens: readonly Token[], i: number): Array<Located<PeriodAtom>> {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || !b.glued) return [];
  let sub: { offset: number; length: number } | null = null;
  let fyAt = -1;
  if (a.kind === 'num' && b.kind === 'word') {
    const n = Number(a.text);
    const tag = b.lower;
    const kind = tag[0];
    const rest = tag.slice(1);
    if (rest !== '' && rest !== 'fy') return [];
    if (kind === 'h' && (n === 1 || n === 2)) sub = { offset: (n - 1) * 6, length: 6 };
    else if (kind === 'q' && n >= 1 && n <= 4) sub = { offset: (n - 1) * 3, length: 3 };
    else if (kind === 'm' && n >= 1 && n <= 12) sub = { offset: 0, length: n };
    else return [];
    if (b.text !== b.text.toUpperCase()) return [];
    fyAt = rest === 'fy' ? i + 2 : -1;
    if (fyAt < 0) return [{ kind: 'sub', ...sub, tStart: i, tEnd: i + 2 }];
    const year = tokens[fyAt];
    if (!year || year.kind !== 'num' || !year.glued) return [];
    const fy = fiscalLabel(tokens, fyAt);
    if (!fy) return [];
    return [{ kind: 'sub', ...sub, tStart: i, tEnd: i + 2 }, { kind: 'fy', endYear: fy.endYear, relative: null, tStart: i + 1, tEnd: fy.next }];
  }
  if (a.kind === 'word' && b.kind === 'num' && (a.text === 'Q' || a.text === 'H')) {
    const n = Number(b.text);
    if (a.text === 'Q' && n >= 1 && n <= 4) sub = { offset: (n - 1) * 3, length: 3 };
    else if (a.text === 'H' && (n === 1 || n === 2)) sub = { offset: (n - 1) * 6, length: 6 };
    else return [];
    return [{ kind: 'sub', ...sub, tStart: i, tEnd: i + 2 }];
  }
  return [];
}

/**
 * "24", "2024", "2023-24", "2023-2024", "24-2023" (an Urdu page's reversed order), "2021ء", "دو ہزار بارہ تیرہ"
 * (2012-13 in words) after "FY" or "fiscal year".
 */
function fiscalLabel(tokens: readonly Token[], k: number): { endYear: number; next: number } | null {
  const first = tokens[k];
  if (first?.kind === 'word') return fiscalLabelInWords(tokens, k);
  if (!first || first.kind !== 'num' || !/^\d{2}(?:\d{2})?$/.test(first.text)) return null;
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  if (dash?.text === '-' && dash.glued && second?.kind === 'num' && second.glued && /^\d{2}(?:\d{2})?$/.test(second.text)) {
    const y1 = fullYear(first.text);
    const y2 = fullYear(second.text);
    if (y2 === y1 + 1) return { endYear: y2, next: skipEra(tokens, k + 3) };
    if (y1 === y2 + 1) return { endYear: y1, next: skipEra(tokens, k + 3) };
  }
  const y = fullYear(first.text);
  if (y < 1990 || y > 2100) return null;
  return { endYear: y, next: skipEra(tokens, k + 1) };
}

// "دو ہزار بارہ تیرہ": a year in words, and the next year's last two digits when the label spans two
function fiscalLabelInWords(tokens: readonly Token[], k: number): { endYear: number; next: number } | null {
  const year = readUrduYear(tokens, k);
  if (!year) return null;
  const second = readUrduNumber(tokens, year.next);
  if (second && second.value === (year.value + 1) % 100) return { endYear: year.value + 1, next: second.next };
  return { endYear: year.value, next: year.next };
}

// Urdu marks a year of the Common Era with ء written onto it: "2021ء".
function skipEra(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === 'ء' && tokens[k]!.glued ? k + 1 : k;
}

function readFiscalYear(tokens: readonly Token[], i: number): Located<PeriodAtom> | null {
  const t = tokens[i]!;
  // "FY24", "FY 2023-24", "FY'24"
  if (t.lower === 'fy' || t.lower === 'fy\'') {
    let k = i + 1;
    if (tokens[k]?.text === "'" || (tokens[k]?.text === '-' && tokens[k]!.glued)) k++;
    const label = fiscalLabel(tokens, k);
    if (label) return { kind: 'fy', endYear: label.endYear, relative: null, tStart: i, tEnd: label.next };
    return null;
  }
  // "2023-24" standing alone is a fiscal year in Pakistani copy, and so is Urdu's reversed "24-2023"
  if (t.kind === 'num' && tokens[i + 1]?.text === '-' && tokens[i + 1]?.glued && (t.text.length === 4 || tokens[i + 2]?.text.length === 4)) {
    const label = fiscalLabel(tokens, i);
    if (label && label.next >= i + 3) return { kind: 'fy', endYear: label.endYear, relative: null, tStart: i, tEnd: label.next };
  }
  // "[current|last] fiscal year [2023-24]", "fiscal 2023", "مالی سال 2023-24", "رواں مالی سال"
  let k = i;
  let relative: 'current' | 'last' | 'next' | 'ended' | null = null;
  if (tokens[k]?.lower === 'the') k++;
  const w = tokens[k]?.lower ?? '';
  if (CURRENT.has(w)) relative = 'current';
  else if (LAST.has(w)) relative = 'last';
  else if (NEXT.has(w)) relative = 'next';
  if (relative) k++;
  const isUrdu = tokens[k]?.text === 'مالی' && tokens[k + 1]?.text === 'سال';
  if (!isUrdu && !FY_WORDS.has(tokens[k]?.lower ?? '')) return null;
  if (k > i && !relative) return null;
  k++;
  const hasYearWord = isUrdu || tokens[k]?.lower === 'year';
  if (hasYearWord) k++;
  const label = fiscalLabel(tokens, k);
  if (label && (label.endYear >= 1990)) return { kind: 'fy', endYear: label.endYear, relative: null, tStart: i, tEnd: label.next };
  // "the fiscal year that ended in June 2023", "fiscal year ending June 2024"
  const ended = readEnding(tokens, k);
  if (hasYearWord && ended) {
    const rel = ended.began ? 'current' : ended.year === null ? 'ended' : null;
    return { kind: 'fy', endYear: ended.year, relative: rel, tStart: i, tEnd: ended.next };
  }
  if (!hasYearWord || !relative) return null;
  return { kind: 'fy', endYear: null, relative, tStart: i, tEnd: k };
}

function readEnding(tokens: readonly Token[], k: number): { year: number | null; next: number; began?: boolean } | null {
  let j = k;
  if (tokens[j]?.lower === 'that' || tokens[j]?.lower === 'which') j++;
  const verb = tokens[j]?.lower ?? '';
  // "the fiscal year that began in July" is the current one
  if (['began', 'begun', 'started', 'starting', 'beginning'].includes(verb)) {
    let k2 = j + 1;
    if (tokens[k2]?.lower === 'in' || tokens[k2]?.lower === 'on') k2++;
    return monthOf(tokens[k2]) === null ? null : { year: null, next: k2 + 1, began: true };
  }
  if (!['ended', 'ending', 'ends', 'closed'].includes(verb)) return null;
  j++;
  if (tokens[j]?.lower === 'in' || tokens[j]?.lower === 'on') j++;
  const month = monthOf(tokens[j]);
  if (month === null) return null;
  j++;
  if (tokens[j]?.kind === 'num' && /^\d{1,2}$/.test(tokens[j]!.text)) j++;
  if (tokens[j]?.text === ',') j++;
  const y = tokens[j];
  if (y?.kind === 'num' && /^(?:19|20)\d{2}$/.test(y.text)) return { year: Number(y.text), next: j + 1 };
  return { year: null, next: j };
}

function readCount(token: Token | undefined): number | null {
  if (!token) return null;
  if (token.kind === 'num' && /^\d{1,2}$/.test(token.text)) return Number(token.text);
  return COUNT_WORDS.get(token.lower) ?? null;
}

// "first half", "second quarter", "first nine months", "the ten-month period", "پہلی ششماہی", "پہلے نو ماہ"
function readSubPeriod(tokens: readonly Token[], i: number): Located<PeriodAtom> | null {
  const t = tokens[i]!;
  const ordinal = ORDINALS.get(t.lower);
  if (ordinal !== undefined && t.lower !== 'last') {
    const next = tokens[i + 1];
    if ((next?.lower === 'half' || next?.text === 'ششماہی') && ordinal <= 2) {
      return { kind: 'sub', offset: (ordinal - 1) * 6, length: 6, tStart: i, tEnd: i + 2 };
    }
    if (next?.lower === 'quarter') return { kind: 'sub', offset: (ordinal - 1) * 3, length: 3, tStart: i, tEnd: i + 2 };
    if (next?.text === 'سہ' && tokens[i + 2]?.text === 'ماہی') return { kind: 'sub', offset: (ordinal - 1) * 3, length: 3, tStart: i, tEnd: i + 3 };
  }
  if (FIRST.has(t.lower)) {
    const n = readCount(tokens[i + 1]);
    let k = i + 2;
    if (tokens[k]?.text === '-') k++;
    if (n !== null && n >= 1 && n <= 12 && MONTHS_WORDS.has(tokens[k]?.lower ?? '')) {
      return { kind: 'sub', offset: 0, length: n, tStart: i, tEnd: k + 1 };
    }
  }
  // "ten-month period", "nine months of FY24": a count of months is a period only beside a year or "period".
  const n = readCount(t);
  if (n !== null && n >= 2 && n <= 12) {
    let k = i + 1;
    if (tokens[k]?.text === '-') k++;
    if (MONTHS_WORDS.has(tokens[k]?.lower ?? '')) {
      const after = tokens[k + 1]?.lower;
      const before = tokens[i - 1]?.lower;
      if (after === 'period' || (before === 'the' && (after === 'of' || after === '(')) || after === 'of' && isFiscalAhead(tokens, k + 2) ||
        urduFiscalBehind(tokens, i)) {
        return { kind: 'sub', offset: 0, length: n, tStart: i, tEnd: after === 'period' ? k + 2 : k + 1 };
      }
    }
  }
  return null;
}

// Urdu names the year first: "جاری مالی سال کے 11 ماہ", "مالی سال 2022-23 کے 11 ماہ" are its first eleven months.
function urduFiscalBehind(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== 'کے') return false;
  const year = tokens[i - 2];
  return year?.text === 'سال' || year?.text === 'ء' || (year?.kind === 'num' && (/^\d{4}$/.test(year.text) || tokens[i - 3]?.text === '-'));
}

function isFiscalAhead(tokens: readonly Token[], k: number): boolean {
  let j = k;
  if (tokens[j]?.lower === 'the') j++;
  const w = tokens[j]?.lower ?? '';
  return w === 'fy' || FY_WORDS.has(w) || CURRENT.has(w) || LAST.has(w);
}

function monthOf(token: Token | undefined): number | null {
  if (!token || token.kind !== 'word') return null;
  const urdu = URDU_MONTHS[token.text];
  if (urdu) return urdu;
  if (!ENGLISH_MONTH_TOKENS.has(token.lower) || !startsWithCapital(token)) return null;
  return MONTHS[token.lower] ?? null;
}

type MonthAtom = Located<Extract<PeriodAtom, { kind: 'month' }>>;

// "December 2023", "Dec'23", "Dec. 24", "Sep-25", "March", "April of the previous year", "دسمبر 2023".
// A day and month ("May 18", "18 May 2024", "January 17, 2025") is a date, not a period.
function readMonth(tokens: readonly Token[], i: number): MonthAtom | 'date' | null {
  const month = monthOf(tokens[i]);
  if (month === null) return null;
  const before = tokens[i - 1];
  if (before?.kind === 'num' && /^\d{1,2}$/.test(before.text)) return 'date';
  if (before && ORDINAL_SUFFIX.has(before.lower) && tokens[i - 2]?.kind === 'num') return 'date';
  let k = i + 1;
  if (tokens[k]?.text === '.' && tokens[k]!.glued) k++;
  let sep = false;
  if (tokens[k]?.text === "'" || tokens[k]?.text === '-' || tokens[k]?.text === ',') {
    sep = tokens[k]!.text !== ',';
    k++;
  }
  const num = tokens[k];
  let year: number | null = null;
  let yearEnd = k + 1;
  if (num?.kind === 'word') {
    // "اگست دو ہزار پندرہ": the year in words
    const words = readUrduYear(tokens, k);
    if (words) {
      year = words.value;
      yearEnd = words.next;
    }
  } else if (num?.kind === 'num') {
    const afterNum = tokens[k + 1];
    const isFiscalLabel = afterNum?.text === '-' && afterNum.glued && tokens[k + 2]?.kind === 'num';
    if (/^\d{4}$/.test(num.text) && !isFiscalLabel) {
      const y = Number(num.text);
      if (y >= 1990 && y <= 2100) year = y;
    } else if (/^\d{1,2}$/.test(num.text) && !isFiscalLabel) {
      const looksLikeDay =
        before?.lower === 'on' ||
        ORDINAL_SUFFIX.has(afterNum?.lower ?? '') ||
        (afterNum?.text === ',' && /^\d{4}$/.test(tokens[k + 2]?.text ?? '')) ||
        afterNum?.text === '(' ||
        (!sep && num.text.length === 1);
      if (looksLikeDay) return 'date';
      if (num.text.length === 2) year = fullYear(num.text);
    }
  }
  if (year !== null) return { kind: 'month', month, year, yearBack: false, thisYear: false, tStart: i, tEnd: skipEra(tokens, yearEnd) };
  // Without a year: "April of the previous year", "March last year", "March this year"
  let j = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
  if (tokens[j]?.lower === 'of') j++;
  if (tokens[j]?.lower === 'the') j++;
  const w = tokens[j]?.lower ?? '';
  if ((LAST.has(w) || w === 'a') && tokens[j + 1]?.lower === 'year') {
    return { kind: 'month', month, year: null, yearBack: true, thisYear: false, tStart: i, tEnd: j + 2 };
  }
  if ((w === 'this' || w === 'current') && tokens[j + 1]?.lower === 'year') {
    return { kind: 'month', month, year: null, yearBack: false, thisYear: true, tStart: i, tEnd: j + 2 };
  }
  const end = tokens[i + 1]?.text === '.' && tokens[i + 1]!.glued ? i + 2 : i + 1;
  return { kind: 'month', month, year: null, yearBack: false, thisYear: false, tStart: i, tEnd: end };
}

// "July-March", "July 2023 to April 2024", "between July and April", "جولائی تا مارچ"
function readRange(tokens: readonly Token[], from: MonthAtom): Located<PeriodAtom> | null {
  if (from.yearBack || from.thisYear) return null;
  const sep = tokens[from.tEnd];
  if (!sep) return null;
  const opener = tokens[from.tStart - 1]?.lower ?? '';
  const isAnd = sep.lower === 'and' && (opener === 'between' || opener === 'during');
  // Urdu: "جولائی اور اگست کے دوران", "جولائی اگست میں": two months, then the postposition of a span
  const urduPair = URDU_MONTHS[tokens[from.tStart]!.text] !== undefined && (sep.text === 'اور' || URDU_MONTHS[sep.text] !== undefined);
  if (!RANGE_SEPARATORS.has(sep.lower) && !isAnd && !urduPair) return null;
  const to = readMonth(tokens, sep.kind === 'word' && URDU_MONTHS[sep.text] !== undefined ? from.tEnd : from.tEnd + 1);
  if (!to || to === 'date' || to.yearBack || to.thisYear) return null;
  if (urduPair && !spanFollows(tokens, to.tEnd)) return null;
  let end = to.tEnd;
  if (tokens[end]?.text === 'تک') end++;
  let fromYear = from.year;
  if (fromYear === null && to.year !== null) fromYear = from.month <= to.month ? to.year : to.year - 1;
  return { kind: 'range', from: from.month, fromYear, to: to.month, toYear: to.year, tStart: from.tStart, tEnd: end };
}

// "… کے دوران", "… میں", "… کے عرصے میں": what makes two Urdu months side by side one span
function spanFollows(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text;
  if (w === 'میں') return true;
  return (w === 'کے' || w === 'کی') && ['دوران', 'عرصے', 'عرصہ', 'مدت', 'مہینوں'].includes(tokens[k + 1]?.text ?? '');
}

// "calendar year 2024", "CY24", "in 2024", "during 2023"
function readCalendarYear(tokens: readonly Token[], i: number): Located<PeriodAtom> | null {
  const t = tokens[i]!;
  if (t.lower === 'calendar' && tokens[i + 1]?.lower === 'year') {
    const label = tokens[i + 2];
    if (label?.kind === 'num' && /^\d{4}$/.test(label.text)) return { kind: 'cy', year: Number(label.text), tStart: i, tEnd: i + 3 };
    return null;
  }
  if (t.text === 'CY' && tokens[i + 1]?.kind === 'num') {
    const y = fullYear(tokens[i + 1]!.text);
    return y >= 1990 && y <= 2100 ? { kind: 'cy', year: y, tStart: i, tEnd: i + 2 } : null;
  }
  if (t.kind === 'num' && /^(?:19|20)\d{2}$/.test(t.text)) {
    const before = tokens[i - 1]?.lower ?? '';
    const after = tokens[i + 1];
    if (after?.text === '-' && after.glued) return null;
    if (after?.lower === 'calendar' && tokens[i + 2]?.lower === 'year') return { kind: 'cy', year: Number(t.text), tStart: i, tEnd: i + 3 };
    if (['in', 'during', 'for', 'year', 'سال'].includes(before) || (after?.text === 'میں' && before !== 'سال')) {
      return { kind: 'cy', year: Number(t.text), tStart: i, tEnd: i + 1 };
    }
  }
  return null;
}
