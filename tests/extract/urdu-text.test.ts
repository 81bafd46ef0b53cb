import { describe, expect, it } from 'vitest';
import { URDU_RUN_TOGETHER } from '../../src/extract/lexicon/urdu-words.js';
import { cleanText, normalizeText } from '../../src/extract/text/normalize.js';
import { splitRunTogether } from '../../src/extract/text/run-together.js';
import { tokenize } from '../../src/extract/text/tokens.js';

const words = (text: string): string[] =>
  splitRunTogether(tokenize(normalizeText(text)), URDU_RUN_TOGETHER).map((t) => t.text);

describe('Urdu text before it is read', () => {
  it.each([
    ['کروڑڈالر', ['کروڑ', 'ڈالر']],
    ['نوسواٹھاون', ['نو', 'سو', 'اٹھاون']],
    ['ڈالرتک', ['ڈالر', 'تک']],
    ['دوہزار', ['دو', 'ہزار']],
    ['سےاکیاون', ['سے', 'اکیاون']],
    ['فیصدبڑھیں', ['فیصد', 'بڑھیں']],
    ['ڈالررہیں', ['ڈالر', 'رہیں']],
  ])('splits "%s", words run together after a non-joining letter, into its words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['سا ل', ['سال']],
    ['ڈا لر', ['ڈالر']],
    ['کرو ڑ', ['کروڑ']],
  ])('joins "%s", a word broken by a stray space after a non-joining letter', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each(['دو سو', 'سا تھ', 'و ہ', 'ایک ارب'])('keeps "%s", words that only look broken, apart', (text) => {
    expect(words(text)).toEqual(text.split(' '));
  });

  it.each(['دوران', 'دوبارہ', 'نوجوان', 'اسی', 'ستمبر', 'برآمدات', 'دورہ', 'سوزوکی', 'نوکری', 'کمیٹی', 'زیادتی'])(
    'keeps the word "%s" whole',
    (text) => {
      expect(words(text)).toEqual([text]);
    },
  );

  it('keeps each split piece at its place in the sentence, so evidence quotes the page', () => {
    const tokens = splitRunTogether(tokenize('29 کروڑڈالر'), URDU_RUN_TOGETHER);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.glued])).toEqual([
      ['29', 0, 2, false],
      ['کروڑ', 3, 7, false],
      ['ڈالر', 7, 11, true],
    ]);
  });

  it('drops vowel marks and the kashida, writes ی with a hamza as ئ, and reads a non-joiner as a space', () => {
    expect(cleanText('ترسیلاتِ زر ڈالـر بتّیس')).toBe('ترسیلات زر ڈالر بتیس');
    expect(cleanText('گ\u06CC\u0654ی')).toBe('گئی');
    expect(cleanText('آئی\u200Cٹی')).toBe('آئی ٹی');
  });

  it('leaves the marks of other scripts alone', () => {
    expect(cleanText('हिंदी निर्यात')).toBe('हिंदी निर्यात');
  });
});
