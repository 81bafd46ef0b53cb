import { COUNT_WORDS } from '../lexicon/numbers.js';
import { RELATIVE_PHRASES, SO_FAR_PHRASES, TO_DATE_OPENERS, type RelativeKind } from '../lexicon/relative.js';
import { MONTHS, URDU_MONTHS, fullYear } from '../lexicon/months.js';
import { PhraseIndex } from '../text/phrases.js';
import { startsWithCapital, type Token } from '../text/tokens.js';
import { groupAtoms, type Located, type PeriodAtom, type PeriodMention } from './period-groups.js';
import { readUrduNumber, readUrduYear } from './urdu-number.js';

export type { PeriodAtom, PeriodMention } from './period-groups.js';

const RELATIVE = new PhraseIndex<RelativeKind>(RELATIVE_PHRASES);
const TO_DATE = new PhraseIndex<true>(TO_DATE_OPENERS.map((p) => [p, true] as const));
const SO_FAR = new PhraseIndex<true>(SO_FAR_PHRASES.map((p) => [p, true] as const));

const ENGLISH_MONTH_TOKENS = new Set(Object.keys(MONTHS));
const ORDINAL_SUFFIX = new Set(['th', 'st', 'nd', 'rd']);
const RANGE_SEPARATORS = new Set(['-', 'to', 'till', 'until', 'through', 'thru', 'تا', 'سے']);
const FY_WORDS = new Set(['fiscal', 'financial']);
const CURRENT = new Set([
  'current',
  'this',
  'ongoing',
  'running',
  'present',
  'outgoing',
  'رواں',
  'موجودہ',
  'جاری',
  'اس',
]);
const LAST = new Set(['last', 'previous', 'preceding', 'past', 'prior', 'گزشتہ', 'گذشتہ', 'پچھلے', 'پچھلا', 'سابقہ']);
const NEXT = new Set(['next', 'coming', 'upcoming', 'new', 'آئندہ', 'اگلے']);
const MONTHS_WORDS = new Set(['months', 'month', 'ماہ', 'مہینوں', 'مہینے']);
const FIRST = new Set(['first', '1st', 'پہلے', 'ابتدائی']);
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['last', 4],
  ['final', 4],
  ['پہلی', 1],
  ['دوسری', 2],
  ['تیسری', 3],
  ['چوتھی', 4],
  ['آخری', 4],
]);

// Words that can open a period expression (numbers always can).
const STARTERS = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(URDU_MONTHS),
  'fy',
  'fytd',
  'fiscal',
  'financial',
  'the',
  'calendar',
  'cy',
  'q',
  'h',
  'مالی',
  'first',
  '1st',
  'second',
  '2nd',
  'third',
  '3rd',
  'fourth',
  '4th',
  'final',
  'پہلی',
  'دوسری',
  'تیسری',
  'چوتھی',
  'آخری',
  'پہلے',
  'ابتدائی',
  'current',
  'this',
  'ongoing',
  'running',
  'present',
  'outgoing',
  'رواں',
  'موجودہ',
  'جاری',
  'اس',
  'last',
  'previous',
  'preceding',
  'past',
  'prior',
  'گزشتہ',
  'گذشتہ',
  'پچھلے',
  'پچھلا',
  'سابقہ',
  'next',
  'coming',
  'upcoming',
  'new',
  'آئندہ',
  'اگلے',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'ایک',
  'دو',
  'تین',
  'چار',
  'پانچ',
  'چھ',
  'سات',
  'آٹھ',
  'نو',
  'دس',
  'گیارہ',
  'بارہ',
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
    if (
      t.kind === 'sym' ||
      (t.kind === 'word' &&
        !STARTERS.has(t.lower) &&
        !RELATIVE.startsWith(t.lower) &&
        !TO_DATE.startsWith(t.lower) &&
        !SO_FAR.startsWith(t.lower))
    ) {
      i++;
      continue;
    }
    const found = readAtoms(tokens, i, taken);
    if (found.length > 0) {
      atoms.push(...found);
      i = found[found.length - 1]!.tEnd;
    } else i++;
  }
  // "so far" names no period by itself ("the best month so far"); it only qualifies a year beside it
  const mentions = groupAtoms(atoms, tokens).filter((m) => m.atoms.some((a) => a.kind !== 'sofar'));
  runningYear(mentions);
  return mentions;
}

// "By March, IT exports had crossed $2.8 billion for the fiscal year": beside months of it, "the fiscal year"
// named bare is the running one, reported to date.
function runningYear(mentions: PeriodMention[]): void {
  const months = mentions.some((m) =>
    m.atoms.some((a) => a.kind === 'todate' || a.kind === 'sub' || a.kind === 'range' || a.kind === 'month'),
  );
  if (!months) return;
  for (const m of mentions) {
    if (m.atoms.length === 1 && m.atoms[0]!.kind === 'fy' && m.atoms[0]!.relative === 'the')
      m.atoms[0] = { ...m.atoms[0]!, relative: 'current' };
  }
}

function readAtoms(tokens: readonly Token[], i: number, taken: (i: number) => boolean): Array<Located<PeriodAtom>> {
  const glued = readGluedFiscal(tokens, i);
  if (glued.length > 0) return glued;
  const soFar = SO_FAR.matchAt(tokens, i);
  if (soFar) return [{ kind: 'sofar', tStart: i, tEnd: soFar.end }];
  const toDate = readToDate(tokens, i, taken);
  if (toDate) return [toDate];
  const urduDay = readDayDate(tokens, i);
  if (urduDay && tokens[urduDay.tEnd]?.text === 'تک')
    return [{ kind: 'todate', month: urduDay.month, year: urduDay.year, tStart: i, tEnd: urduDay.tEnd + 1 }];
  let rel = RELATIVE.matchAt(tokens, i);
  // "for the month of December": the month named next is the period
  if (rel?.value === 'review-month' && tokens[rel.end]?.lower === 'of') rel = null;
  const fy = readFiscalYear(tokens, i);
  if (fy && (!rel || fy.tEnd >= rel.end)) return [fy];
  if (rel) return [{ kind: 'rel', rel: rel.value, tStart: i, tEnd: rel.end }];
  const sub = readSubPeriod(tokens, i, taken);
  if (sub) return [sub];
  const month = readMonth(tokens, i, taken);
  if (month === 'date') return [];
  if (month) return [readRange(tokens, month, taken) ?? urduToDate(tokens, month) ?? month];
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
    return [
      { kind: 'sub', ...sub, tStart: i, tEnd: i + 2 },
      { kind: 'fy', endYear: fy.endYear, relative: null, tStart: i + 1, tEnd: fy.next },
    ];
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
  if (
    dash?.text === '-' &&
    dash.glued &&
    second?.kind === 'num' &&
    second.glued &&
    /^\d{2}(?:\d{2})?$/.test(second.text)
  ) {
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
  if (t.lower === 'fy' || t.lower === "fy'") {
    let k = i + 1;
    if (tokens[k]?.text === "'" || (tokens[k]?.text === '-' && tokens[k]!.glued)) k++;
    const label = fiscalLabel(tokens, k);
    if (label) return { kind: 'fy', endYear: label.endYear, relative: null, tStart: i, tEnd: label.next };
    return null;
  }
  // "2023-24" standing alone is a fiscal year in Pakistani copy, and so is Urdu's reversed "24-2023"
  if (
    t.kind === 'num' &&
    tokens[i + 1]?.text === '-' &&
    tokens[i + 1]?.glued &&
    (t.text.length === 4 || tokens[i + 2]?.text.length === 4)
  ) {
    const label = fiscalLabel(tokens, i);
    if (label && label.next >= i + 3)
      return { kind: 'fy', endYear: label.endYear, relative: null, tStart: i, tEnd: label.next };
  }
  // "up from $3.8 billion a fiscal year earlier": the fiscal year before
  if (
    t.lower === 'a' &&
    FY_WORDS.has(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 2]?.lower === 'year' &&
    ['earlier', 'ago', 'before'].includes(tokens[i + 3]?.lower ?? '')
  ) {
    return { kind: 'fy', endYear: null, relative: 'last', tStart: i, tEnd: i + 4 };
  }
  // "fiscal year to date", "FYTD", "the fiscal year so far": the running year
  if (t.lower === 'fytd') return { kind: 'fy', endYear: null, relative: 'current', tStart: i, tEnd: i + 1 };
  const f = t.lower === 'the' ? i + 1 : i;
  if (FY_WORDS.has(tokens[f]?.lower ?? '') && tokens[f + 1]?.lower === 'year') {
    let d = f + 2;
    if (tokens[d]?.text === '-') d++;
    const to = tokens[d]?.lower;
    if (
      (to === 'to' || to === 'so') &&
      ['date', 'far'].includes(tokens[d + (tokens[d + 1]?.text === '-' ? 2 : 1)]?.lower ?? '')
    ) {
      return {
        kind: 'fy',
        endYear: null,
        relative: 'current',
        tStart: i,
        tEnd: d + (tokens[d + 1]?.text === '-' ? 3 : 2),
      };
    }
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
  if (k > i && !relative) {
    // "rose to $2.123 billion in the fiscal year": the fiscal year named bare, no year, no 'ended'
    const bare =
      tokens[k + 1]?.lower === 'year' &&
      !fiscalLabel(tokens, k + 2) &&
      !readEnding(tokens, k + 2) &&
      tokens[k + 2]?.text !== '(';
    return bare ? { kind: 'fy', endYear: null, relative: 'the', tStart: i, tEnd: k + 2 } : null;
  }
  k++;
  const hasYearWord = isUrdu || tokens[k]?.lower === 'year';
  if (hasYearWord) k++;
  // "Financial Year (FY) 2021-22": the abbreviation in brackets between the name and its year
  if (tokens[k]?.text === '(' && tokens[k + 1]?.lower === 'fy' && tokens[k + 2]?.text === ')') k += 3;
  const label = fiscalLabel(tokens, k);
  if (label && label.endYear >= 1990)
    return { kind: 'fy', endYear: label.endYear, relative: null, tStart: i, tEnd: label.next };
  // "the fiscal year that ended in June 2023", "fiscal year ending June 2024"
  const ended = readEnding(tokens, k);
  if (hasYearWord && ended) {
    const rel = ended.began ? 'current' : ended.year === null ? 'ended' : null;
    return { kind: 'fy', endYear: ended.year, relative: rel, tStart: i, tEnd: ended.next };
  }
  if (!hasYearWord || !relative) return null;
  return { kind: 'fy', endYear: null, relative, tStart: i, tEnd: k };
}

function readEnding(
  tokens: readonly Token[],
  k: number,
): { year: number | null; next: number; began?: boolean } | null {
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
function readSubPeriod(tokens: readonly Token[], i: number, taken: (i: number) => boolean): Located<PeriodAtom> | null {
  const t = tokens[i]!;
  const ordinal = ORDINALS.get(t.lower);
  if (ordinal !== undefined && t.lower !== 'last') {
    const next = tokens[i + 1];
    if ((next?.lower === 'half' || next?.text === 'ششماہی') && ordinal <= 2) {
      return { kind: 'sub', offset: (ordinal - 1) * 6, length: 6, tStart: i, tEnd: i + 2 };
    }
    if (next?.lower === 'quarter') return { kind: 'sub', offset: (ordinal - 1) * 3, length: 3, tStart: i, tEnd: i + 2 };
    if (next?.text === 'سہ' && tokens[i + 2]?.text === 'ماہی')
      return { kind: 'sub', offset: (ordinal - 1) * 3, length: 3, tStart: i, tEnd: i + 3 };
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
      // "the nine months to March 2025", "12 months ending June": the span of that many months ending then
      if (['to', 'ending', 'ended', 'through', 'till', 'until'].includes(after ?? '')) {
        const end = readMonth(tokens, k + 2, taken);
        if (end && end !== 'date' && !end.yearBack && !end.thisYear) {
          const from = ((end.month - n + 12) % 12) + 1;
          const fromYear = end.year === null ? null : end.month - n + 1 >= 1 ? end.year : end.year - 1;
          return { kind: 'range', from, fromYear, to: end.month, toYear: end.year, tStart: i, tEnd: end.tEnd };
        }
      }
      const before = tokens[i - 1]?.lower;
      if (
        after === 'period' ||
        (before === 'the' && (after === 'of' || after === '(')) ||
        (after === 'of' && isFiscalAhead(tokens, k + 2)) ||
        urduFiscalBehind(tokens, i)
      ) {
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
  return (
    year?.text === 'سال' ||
    year?.text === 'ء' ||
    (year?.kind === 'num' && (/^\d{4}$/.test(year.text) || tokens[i - 3]?.text === '-'))
  );
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
function readMonth(tokens: readonly Token[], i: number, taken: (i: number) => boolean): MonthAtom | 'date' | null {
  const month = monthOf(tokens[i]);
  if (month === null) return null;
  const before = tokens[i - 1];
  if (before?.kind === 'num' && /^\d{1,2}$/.test(before.text)) return 'date';
  if (before && ORDINAL_SUFFIX.has(before.lower) && tokens[i - 2]?.kind === 'num') return 'date';
  let k = i + 1;
  if (tokens[k]?.text === '.' && tokens[k]!.glued) k++;
  let sep = false;
  let comma = false;
  if (tokens[k]?.text === "'" || tokens[k]?.text === '-' || tokens[k]?.text === ',') {
    sep = tokens[k]!.text !== ',';
    comma = !sep;
    k++;
  }
  const num = tokens[k];
  let year: number | null = null;
  let yearEnd = k + 1;
  if (num?.kind === 'word' && !taken(k)) {
    // "اگست دو ہزار پندرہ": the year in words
    const words = readUrduYear(tokens, k);
    if (words) {
      year = words.value;
      yearEnd = words.next;
    }
    // "in November, 25% higher": a number already read as a percentage or an amount is no year, and after a comma
    // only a four-digit year is one ("April, 2024")
  } else if (num?.kind === 'num' && !taken(k) && !(comma && num.text.length !== 4)) {
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
  if (year !== null)
    return { kind: 'month', month, year, yearBack: false, thisYear: false, tStart: i, tEnd: skipEra(tokens, yearEnd) };
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
function readRange(
  tokens: readonly Token[],
  from: MonthAtom,
  taken: (i: number) => boolean,
): Located<PeriodAtom> | null {
  if (from.yearBack || from.thisYear) return null;
  const sep = tokens[from.tEnd];
  if (!sep) return null;
  const opener = tokens[from.tStart - 1]?.lower ?? '';
  const isAnd = sep.lower === 'and' && (opener === 'between' || opener === 'during');
  // Urdu: "جولائی اور اگست کے دوران", "جولائی اگست میں": two months, then the postposition of a span
  const urduPair =
    URDU_MONTHS[tokens[from.tStart]!.text] !== undefined && (sep.text === 'اور' || URDU_MONTHS[sep.text] !== undefined);
  if (!RANGE_SEPARATORS.has(sep.lower) && !isAnd && !urduPair) return null;
  const to = readMonth(
    tokens,
    sep.kind === 'word' && URDU_MONTHS[sep.text] !== undefined ? from.tEnd : from.tEnd + 1,
    taken,
  );
  if (!to || to === 'date' || to.yearBack || to.thisYear) return null;
  if (urduPair && !spanFollows(tokens, to.tEnd)) return null;
  let end = to.tEnd;
  if (tokens[end]?.text === 'تک') end++;
  let fromYear = from.year;
  if (fromYear === null && to.year !== null) fromYear = from.month <= to.month ? to.year : to.year - 1;
  // "from July to March" is one span: its "from" opens it and is no comparison ("up from March" still is one)
  const opens =
    (opener === 'from' && sep.kind === 'word' && !CHANGE_BEFORE_FROM.has(tokens[from.tStart - 2]?.lower ?? '')) ||
    opener === 'between';
  return {
    kind: 'range',
    from: from.month,
    fromYear,
    to: to.month,
    toYear: to.year,
    tStart: opens ? from.tStart - 1 : from.tStart,
    tEnd: end,
  };
}

// Words that make the "from" before a span the base of a change: "up from July-March FY24".
const CHANGE_BEFORE_FROM = new Set([
  'up',
  'down',
  'rise',
  'rose',
  'increase',
  'increased',
  'fell',
  'fall',
  'decline',
  'declined',
  'grew',
  'growth',
  'jump',
  'jumped',
  'drop',
  'dropped',
  '%',
  'percent',
  'pc',
  'cent',
  'pct',
]);

/**
 * "by March 2025", "till March", "up to the end of March", "as of June 30, 2021": the fiscal year to date ending
 * that month, never that month alone (a fiscal-year-to-date total written "by <month> <year>" once went out as that
 * month's record). "by March's $306m" names March's own figure.
 */
function readToDate(tokens: readonly Token[], i: number, taken: (i: number) => boolean): Located<PeriodAtom> | null {
  const opener = TO_DATE.matchAt(tokens, i);
  if (!opener) return null;
  let k = opener.end;
  // "by the end of March", "by end-March", "till the close of June"
  if (tokens[k]?.lower === 'the' && ['end', 'close'].includes(tokens[k + 1]?.lower ?? '')) k++;
  if (['end', 'close'].includes(tokens[k]?.lower ?? '') && ['of', '-'].includes(tokens[k + 1]?.lower ?? '')) k += 2;
  const day = readDayDate(tokens, k);
  if (day) return { kind: 'todate', month: day.month, year: day.year, tStart: i, tEnd: day.tEnd };
  const month = readMonth(tokens, k, taken);
  if (!month || month === 'date' || month.yearBack || month.thisYear) return null;
  if (tokens[month.tEnd]?.text === "'" && tokens[month.tEnd + 1]?.lower === 's') return null;
  if (readRange(tokens, month, taken)) return null;
  return { kind: 'todate', month: month.month, year: month.year, tStart: i, tEnd: month.tEnd };
}

// Urdu names the end first: "مارچ 2025 تک" (till March 2025), "30 جون 2021 تک".
function urduToDate(tokens: readonly Token[], month: MonthAtom): Located<PeriodAtom> | null {
  if (tokens[month.tEnd]?.text !== 'تک' || month.yearBack || month.thisYear) return null;
  return { kind: 'todate', month: month.month, year: month.year, tStart: month.tStart, tEnd: month.tEnd + 1 };
}

// "30 June 2021", "June 30, 2021", "30 جون 2021": a day's date, read for the month and year it ends a span in.
function readDayDate(tokens: readonly Token[], k: number): { month: number; year: number | null; tEnd: number } | null {
  const isDay = (t: Token | undefined): boolean =>
    t?.kind === 'num' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  const yearAt = (j: number): number | null => {
    const t = tokens[j];
    return t?.kind === 'num' && /^(?:19|20)\d{2}$/.test(t.text) ? Number(t.text) : null;
  };
  let j = k;
  if (isDay(tokens[j])) {
    j++;
    if (ORDINAL_SUFFIX.has(tokens[j]?.lower ?? '') && tokens[j]!.glued) j++;
    if (tokens[j]?.lower === 'of') j++;
    const month = monthOf(tokens[j]);
    if (month === null) return null;
    j++;
    if (tokens[j]?.text === ',') j++;
    const year = yearAt(j);
    return { month, year, tEnd: year === null ? j : j + 1 };
  }
  const month = monthOf(tokens[j]);
  if (month === null || !isDay(tokens[j + 1])) return null;
  j += 2;
  if (ORDINAL_SUFFIX.has(tokens[j]?.lower ?? '') && tokens[j]!.glued) j++;
  if (tokens[j]?.text === ',') j++;
  const year = yearAt(j);
  if (year === null) return null;
  return { month, year, tEnd: j + 1 };
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
    if (label?.kind === 'num' && /^\d{4}$/.test(label.text))
      return { kind: 'cy', year: Number(label.text), tStart: i, tEnd: i + 3 };
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
    if (after?.lower === 'calendar' && tokens[i + 2]?.lower === 'year')
      return { kind: 'cy', year: Number(t.text), tStart: i, tEnd: i + 3 };
    if (['in', 'during', 'for', 'year', 'سال'].includes(before) || (after?.text === 'میں' && before !== 'سال')) {
      return { kind: 'cy', year: Number(t.text), tStart: i, tEnd: i + 1 };
    }
  }
  return null;
}
