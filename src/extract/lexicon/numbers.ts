import { URDU_NUMBERS } from './urdu-numbers.js';

/** A scale word and what it multiplies by; `gluedOnly` words count only when written onto the number ("$303m"). */
export interface ScaleWord {
  factor: number;
  gluedOnly?: boolean;
}

/** Scale words of English and Urdu business copy, lower-cased. */
export const SCALES: ReadonlyMap<string, ScaleWord> = new Map<string, ScaleWord>([
  ['thousand', { factor: 1e3 }],
  ['k', { factor: 1e3, gluedOnly: true }],
  ['lakh', { factor: 1e5 }],
  ['lakhs', { factor: 1e5 }],
  ['lac', { factor: 1e5 }],
  ['lacs', { factor: 1e5 }],
  ['crore', { factor: 1e7 }],
  ['crores', { factor: 1e7 }],
  ['cr', { factor: 1e7, gluedOnly: true }],
  ['million', { factor: 1e6 }],
  ['millions', { factor: 1e6 }],
  ['mn', { factor: 1e6 }],
  ['mln', { factor: 1e6 }],
  ['mil', { factor: 1e6 }],
  ['m', { factor: 1e6, gluedOnly: true }],
  ['billion', { factor: 1e9 }],
  ['billions', { factor: 1e9 }],
  ['bn', { factor: 1e9 }],
  ['bln', { factor: 1e9 }],
  ['b', { factor: 1e9, gluedOnly: true }],
  ['arab', { factor: 1e9 }],
  ['trillion', { factor: 1e12 }],
  ['tn', { factor: 1e12 }],
  ['trn', { factor: 1e12 }],
  ['ہزار', { factor: 1e3 }],
  ['لاکھ', { factor: 1e5 }],
  ['کروڑ', { factor: 1e7 }],
  ['ارب', { factor: 1e9 }],
  ['کھرب', { factor: 1e11 }],
  ['ملین', { factor: 1e6 }],
  ['بلین', { factor: 1e9 }],
]);

/** English number words up to ninety (Urdu's are in urdu-numbers.ts). */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Ordinal and cardinal words for counts of months ("first ten months", "nine-month"). */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ...[...URDU_NUMBERS].filter(([, n]) => n >= 1 && n <= 12),
]);
