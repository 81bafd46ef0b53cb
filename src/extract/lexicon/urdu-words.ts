// Urdu words the number and period readers rely on, besides the numbers themselves (urdu-numbers.ts).
import { URDU_MONTHS } from '../lexicon/months.js';
import { SCALES } from './numbers.js';
import { URDU_FRACTIONS, URDU_HUNDRED, URDU_NUMBERS } from './urdu-numbers.js';

/** Urdu currency words after an amount, and the currency each names. */
export const URDU_CURRENCIES: ReadonlyArray<readonly [string, 'USD' | 'PKR']> = [
  ['ڈالر', 'USD'],
  ['ڈالرز', 'USD'],
  ['ڈالرس', 'USD'],
  // ڈ typed without its retroflex mark as د, as a phonetic keyboard gives it when shift is missed
  ['دالر', 'USD'],
  ['روپے', 'PKR'],
  ['روپیہ', 'PKR'],
  ['روپوں', 'PKR'],
  ['روپئے', 'PKR'],
];

/** The postpositions that most often follow an amount or a month: "ڈالر تک", "ڈالر کی", "سے". */
const POSTPOSITIONS = ['سے', 'کی', 'کے', 'کا', 'میں', 'تک', 'کو', 'نے', 'پر'];

/** Words of change and the verbs that most often follow an amount or a percentage: "فیصداضافہ", "ڈالررہیں". */
const AFTER_AMOUNTS = [
  'اضافہ',
  'اضافے',
  'کمی',
  'زیادہ',
  'زائد',
  'بڑھیں',
  'بڑھی',
  'بڑھا',
  'بڑھے',
  'رہیں',
  'رہی',
  'رہا',
  'رہے',
];

const COUNTS = new Set<string>([...URDU_NUMBERS.keys(), ...URDU_FRACTIONS.keys()]);

/** Words that Urdu copy runs together, or breaks, where a space after a non-joining letter was left out or put in. */
export const URDU_RUN_TOGETHER = {
  words: new Set<string>([
    ...COUNTS,
    URDU_HUNDRED,
    'فیصد',
    ...POSTPOSITIONS,
    ...AFTER_AMOUNTS,
    ...Object.keys(URDU_MONTHS),
    'سال',
    'ماہ',
    'برس',
    'مالی',
    ...URDU_CURRENCIES.map(([w]) => w),
    ...[...SCALES.keys()].filter((w) => /^[\u0600-\u06FF]+$/.test(w)),
  ]),
  isCount: (word: string): boolean => COUNTS.has(word),
};
