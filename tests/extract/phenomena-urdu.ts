// Phenomena of Urdu business copy (and of Bengali and Hindi copy that must not be misread), one table per kind.
// Every sentence is written for this table; none is taken from the corpus.
import type { PhenomenonCase } from './phenomena.js';

const P = (text: string): string => text;

export const URDU_AMOUNTS: PhenomenonCase[] = [
  {
    promise: 'reads crore and lakh counts written as words: "ستائیس کروڑ پچاس لاکھ ڈالر"',
    input: P('ستمبر 2024 میں آئی ٹی برآمدات ستائیس کروڑ پچاس لاکھ ڈالر رہیں۔'),
    published: '2024-10-17',
    expect: [{ period: '2024-09', value: 275e6 }],
    exactly: true,
  },
  {
    promise: 'reads irregular number words above fifty: "اکہتر کروڑ اڑتیس لاکھ ڈالر"',
    input: P('جون 2024 میں ترسیلات زر تین ارب اکہتر کروڑ اڑتیس لاکھ ڈالر رہیں۔'),
    published: '2024-07-10',
    expect: [{ series: 'pk-remittances', period: '2024-06', value: 3.7138e9 }],
    exactly: true,
  },
  {
    promise: 'reads "دالر", ڈالر typed without its retroflex mark, as dollars',
    input: P('فروری 2024 میں آئی ٹی برآمدات 25 کروڑ 70 لاکھ دالر رہیں، جو جنوری سے زیادہ ہیں۔'),
    published: '2024-03-18',
    expect: [{ period: '2024-02', value: 257e6 }],
    exactly: true,
  },
  {
    promise: 'reads hundreds in words before ملین: "تین سو دس ملین ڈالر"',
    input: P('اپریل 2024 میں آئی ٹی برآمدات تین سو دس ملین ڈالر تک پہنچ گئیں۔'),
    published: '2024-05-17',
    expect: [{ period: '2024-04', value: 310e6 }],
    exactly: true,
  },
  {
    promise: 'reads "ڈیڑھ ارب ڈالر" as 1.5 billion',
    input: P('نومبر 2023 میں ٹیکسٹائل برآمدات ڈیڑھ ارب ڈالر رہیں۔'),
    published: '2023-12-05',
    expect: [{ series: 'pk-textile-exports', period: '2023-11', value: 1.5e9 }],
    exactly: true,
  },
  {
    promise: 'reads "ڈھائی ارب ڈالر" as 2.5 billion',
    input: P('جنوری 2024 میں ترسیلات زر ڈھائی ارب ڈالر رہیں۔'),
    published: '2024-02-09',
    expect: [{ series: 'pk-remittances', period: '2024-01', value: 2.5e9 }],
    exactly: true,
  },
  {
    promise: 'reads سوا, پونے and ساڑھے before a number: "سوا تین ارب" is 3.25 billion',
    input: P('مارچ 2025 میں ترسیلات زر سوا تین ارب ڈالر رہیں۔ مارچ 2025 میں ٹیکسٹائل برآمدات پونے دو ارب ڈالر رہیں۔'),
    published: '2025-04-10',
    expect: [
      { series: 'pk-remittances', period: '2025-03', value: 3.25e9 },
      { series: 'pk-textile-exports', period: '2025-03', value: 1.75e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "ساڑھے تین سو ملین" as 350 million',
    input: P('اکتوبر 2024 میں آئی ٹی برآمدات ساڑھے تین سو ملین ڈالر رہیں۔'),
    published: '2024-11-18',
    expect: [{ period: '2024-10', value: 350e6 }],
    exactly: true,
  },
  {
    promise: 'reads a decimal point written as a word with digits after it: "ایک اعشاریہ 62 ارب"',
    input: P('دسمبر 2024 میں ٹیکسٹائل برآمدات ایک اعشاریہ 62 ارب ڈالر رہیں۔'),
    published: '2025-01-06',
    expect: [{ series: 'pk-textile-exports', period: '2024-12', value: 1.62e9 }],
    exactly: true,
  },
  {
    promise: 'reads a decimal point written as a word with digits spoken one by one: "تین اعشاریہ ایک ارب"',
    input: P('فروری 2025 میں ترسیلات زر تین اعشاریہ ایک ارب ڈالر رہیں۔'),
    published: '2025-03-10',
    expect: [{ series: 'pk-remittances', period: '2025-02', value: 3.1e9 }],
    exactly: true,
  },
  {
    promise: 'reads words and digits mixed in one chain: "تین ارب 9 کروڑ 40 لاکھ"',
    input: P('اگست 2024 میں ترسیلات زر تین ارب 9 کروڑ 40 لاکھ ڈالر رہیں۔'),
    published: '2024-09-10',
    expect: [{ series: 'pk-remittances', period: '2024-08', value: 3.094e9 }],
    exactly: true,
  },
  {
    promise: 'reads a scale word run into the currency: "29 کروڑڈالر"',
    input: P('ستمبر 2024 میں آئی ٹی برآمدات 29 کروڑڈالر رہیں۔'),
    published: '2024-10-17',
    expect: [{ period: '2024-09', value: 290e6 }],
    exactly: true,
  },
  {
    promise: 'reads number words run together: "نوسوبیس ملین ڈالرتک" is 920 million',
    input: P('رواں مالی سال کی پہلی سہ ماہی میں آئی ٹی برآمدات نوسوبیس ملین ڈالرتک پہنچ گئیں۔'),
    published: '2024-10-17',
    expect: [{ period: '2024-07..2024-09', value: 920e6 }],
    exactly: true,
  },
  {
    promise: 'reads Urdu digits with the Arabic decimal separator: "۲٫۴ ارب ڈالر"',
    input: P('جنوری ۲۰۲۴ میں ترسیلات زر ۲٫۴ ارب ڈالر رہیں۔'),
    published: '2024-02-09',
    expect: [{ series: 'pk-remittances', period: '2024-01', value: 2.4e9 }],
    exactly: true,
  },
  {
    promise: 'reads Arabic-Indic digits and the Arabic thousands separator: "١٬٤٥٥ ملین ڈالر"',
    input: P('رواں مالی سال کی پہلی ششماہی میں آئی ٹی برآمدات ١٬٤٥٥ ملین ڈالر رہیں۔'),
    published: '2024-01-18',
    expect: [{ period: '2023-07..2023-12', value: 1.455e9 }],
    exactly: true,
  },
  {
    promise: 'does not read rupees written with a number word as dollars',
    input: P('ستمبر 2024 میں آئی ٹی برآمدات سے اسی ارب روپے حاصل ہوئے۔'),
    published: '2024-10-17',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads "ایک ارب 312 کروڑ" as 1.312 billion, doubtfully and with a note',
    input: P('دسمبر 2023 میں ٹیکسٹائل برآمدات ایک ارب 312 کروڑ ڈالر رہیں۔'),
    published: '2024-01-06',
    expect: [{ series: 'pk-textile-exports', period: '2023-12', value: 1.312e9, doubtful: true, note: /decimals/ }],
    exactly: true,
  },
  {
    promise: 'reads "… ڈالر سے تجاوز کر گئیں" (exceeded) as stated, with too little confidence to alert',
    input: P('فروری 2024 میں آئی ٹی برآمدات 25 کروڑ ڈالر سے تجاوز کر گئیں۔'),
    published: '2024-03-18',
    expect: [{ period: '2024-02', value: 250e6, doubtful: true }],
    exactly: true,
  },
  {
    promise: 'reads "… ڈالر سے کم" (less than) as stated, with too little confidence to alert',
    input: P('فروری 2024 میں آئی ٹی برآمدات 26 کروڑ ڈالر سے کم رہیں۔'),
    published: '2024-03-18',
    expect: [{ period: '2024-02', value: 260e6, doubtful: true }],
    exactly: true,
  },
  {
    promise: 'does not read an amount the verb after it changes by ("55 کروڑ ڈالر بڑھ گئیں") as a level',
    input: P(
      'جولائی تا مارچ 2025 میں آئی ٹی برآمدات 2 ارب 83 کروڑ ڈالر رہیں۔ جولائی تا مارچ 2025 میں برآمدات پچھلے سال کی نسبت 55 کروڑ ڈالر بڑھ گئیں، یعنی جولائی تا مارچ 2025 میں 25 کروڑ ڈالر بڑھیں۔',
    ),
    published: '2025-04-18',
    expect: [{ period: '2024-07..2025-03', value: 2.83e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a monthly average named after its amount ("2.4 ارب ڈالر ماہانہ اوسط") as a figure',
    input: P(
      'جولائی تا اپریل 2021 کے دوران ترسیلات زر 2.4 ارب ڈالر ماہانہ اوسط سے زیادہ رہیں، اور جولائی تا اپریل 2021 میں ترسیلات زر کی اوسط 2 ارب 45 کروڑ ڈالر کی ماہانہ اوسط رہی۔',
    ),
    published: '2021-05-10',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a feared fall ("دو ارب ڈالر تک کمی کا خدشہ") as a figure',
    input: P('رواں مالی سال کے دوران ٹیکسٹائل برآمدات میں دو ارب ڈالر تک کمی کا خدشہ ہے۔'),
    published: '2025-03-15',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a hoped-for level ("پانچ ارب ڈالر تک پہنچنے کی امید") as a figure',
    input: P('رواں مالی سال میں آئی ٹی برآمدات کے پانچ ارب ڈالر تک پہنچنے کی امید ہے۔'),
    published: '2025-03-15',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads a percentage written in words as a change of the month',
    input: P('اکتوبر 2024 میں آئی ٹی برآمدات چوبیس فیصد بڑھ کر 33 کروڑ ڈالر رہیں۔'),
    published: '2024-11-18',
    expect: [{ period: '2024-10', value: 330e6, changes: [{ pct: 24 }] }],
    exactly: true,
  },
  {
    promise: 'reads vowel marks and a kashida as the plain word: "ڈالـر", "ترسیلاتِ زر"',
    input: P('مئی 2024 میں ترسیلاتِ زر تین ارب ڈالـر رہیں۔'),
    published: '2024-06-10',
    expect: [{ series: 'pk-remittances', period: '2024-05', value: 3e9 }],
    exactly: true,
  },
];

export const URDU_PERIODS: PhenomenonCase[] = [
  {
    promise: 'reads a month with its year in words: "اگست دو ہزار تئیس"',
    input: P('اگست دو ہزار تئیس میں ترسیلات زر دو ارب چورانوے کروڑ ڈالر رہیں۔'),
    published: '2024-09-10',
    expect: [{ series: 'pk-remittances', period: '2023-08', value: 2.94e9 }],
    exactly: true,
  },
  {
    promise: 'reads a year in words run together: "مئی دوہزار بائیس"',
    input: P('مئی دوہزار بائیس میں آئی ٹی برآمدات 18 کروڑ 40 لاکھ ڈالر رہیں۔'),
    published: '2023-06-15',
    expect: [{ period: '2022-05', value: 184e6 }],
    exactly: true,
  },
  {
    promise: 'reads a fiscal year in words: "مالی سال دو ہزار تئیس چوبیس"',
    input: P('مالی سال دو ہزار تئیس چوبیس میں ٹیکسٹائل برآمدات سولہ ارب پینسٹھ کروڑ ڈالر رہیں۔'),
    published: '2024-07-20',
    expect: [{ series: 'pk-textile-exports', period: '2023-07..2024-06', value: 16.65e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads a year marked with ء: "مالی سال 2023ء"',
    input: P('مالی سال 2023ء میں آئی ٹی برآمدات 2 ارب 60 کروڑ ڈالر رہیں۔'),
    published: '2023-07-20',
    expect: [{ period: '2022-07..2023-06', value: 2.6e9 }],
    exactly: true,
  },
  {
    promise: 'reads "جولائی تا مارچ" with the fiscal year written after it in Urdu order: "25-2024"',
    input: P('جولائی تا مارچ 25-2024 میں آئی ٹی برآمدات 2 ارب 83 کروڑ ڈالر رہیں۔'),
    published: '2025-04-18',
    expect: [{ period: '2024-07..2025-03', value: 2.83e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'reads "جولائی اور ستمبر کے دوران" as one period',
    input: P('جولائی اور ستمبر کے دوران آئی ٹی برآمدات ایک ارب 5 کروڑ ڈالر رہیں۔'),
    published: '2025-10-17',
    expect: [{ period: '2025-07..2025-09', value: 1.05e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'reads two month names side by side, "جولائی اگست کے دوران", as one period',
    input: P('جولائی اگست کے دوران ٹیکسٹائل برآمدات 3 ارب 10 کروڑ ڈالر رہیں۔'),
    published: '2024-09-20',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-08', value: 3.1e9 }],
    exactly: true,
  },
  {
    promise: 'reads "رواں مالی سال کے پہلے نو ماہ" as the fiscal year to March',
    input: P('رواں مالی سال کے پہلے نو ماہ میں آئی ٹی برآمدات 2 ارب 83 کروڑ ڈالر رہیں۔'),
    published: '2025-04-18',
    expect: [{ period: '2024-07..2025-03', value: 2.83e9 }],
    exactly: true,
  },
  {
    promise: 'reads "مالی سال کے 10 ماہ" without "first" as the fiscal year\'s first ten months',
    input: P('جاری مالی سال کے 10 ماہ کے دوران آئی ٹی برآمدات 3 ارب 17 کروڑ ڈالر رہیں۔'),
    published: '2025-05-18',
    expect: [{ period: '2024-07..2025-04', value: 3.17e9 }],
    exactly: true,
  },
  {
    promise: 'reads "اس مالی سال" as the current fiscal year',
    input: P('اس مالی سال کی پہلی ششماہی میں آئی ٹی برآمدات ایک ارب 86 کروڑ ڈالر رہیں۔'),
    published: '2025-01-20',
    expect: [{ period: '2024-07..2024-12', value: 1.86e9 }],
    exactly: true,
  },
  {
    promise: 'reads "پچھلے مالی سال کے انہی مہینوں" as the same months a year back',
    input: P(
      'رواں مالی سال کے پہلے پانچ ماہ میں آئی ٹی برآمدات ایک ارب 80 کروڑ ڈالر رہیں، جبکہ پچھلے مالی سال کے انہی مہینوں میں ایک ارب 53 کروڑ ڈالر تھیں۔',
    ),
    published: '2025-12-17',
    expect: [
      { period: '2025-07..2025-11', value: 1.8e9 },
      { period: '2024-07..2024-11', value: 1.53e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "گزشتہ برس کے اسی ماہ" as the same month a year back',
    input: P(
      'نومبر 2025 میں آئی ٹی برآمدات 35 کروڑ 60 لاکھ ڈالر رہیں جو گزشتہ برس کے اسی ماہ میں 31 کروڑ 20 لاکھ ڈالر تھیں۔',
    ),
    published: '2025-12-17',
    expect: [
      { period: '2025-11', value: 356e6 },
      { period: '2024-11', value: 312e6, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'reads the base of "… کی نسبت" (compared with) as a comparison, not the reported month',
    input: P(
      'نومبر 2025 میں آئی ٹی برآمدات 35 کروڑ 60 لاکھ ڈالر رہیں جو نومبر 2024 کے 31 کروڑ 20 لاکھ ڈالر کی نسبت 14 فیصد زیادہ ہیں۔',
    ),
    published: '2025-12-17',
    expect: [
      { period: '2025-11', value: 356e6, role: 'reported-month' },
      { period: '2024-11', value: 312e6, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'dates an Urdu dateline with day and month ("اسلام آباد۔18نومبر:") by the latest month the story names',
    input: P('اسلام آباد۔18نومبر:اکتوبر 2025 میں آئی ٹی برآمدات 38 کروڑ 60 لاکھ ڈالر رہیں۔'),
    publishedIs: '2025-11-18',
    expect: [{ period: '2025-10', value: 386e6 }],
    exactly: true,
  },
  {
    promise: 'dates a bracketed Urdu dateline ("کراچی (5 جنوری)") in the year after a December the story names',
    input: P('کراچی (5 جنوری) دسمبر 2024 میں ترسیلات زر 3 ارب 8 کروڑ ڈالر رہیں۔'),
    publishedIs: '2025-01-05',
    expect: [{ series: 'pk-remittances', period: '2024-12', value: 3.08e9 }],
    exactly: true,
  },
  {
    promise: 'gives the month named once before two Urdu clauses ("… جبکہ ٹیکسٹائل برآمدات …") to both measures',
    input: P(
      'ستمبر 2025 میں آئی ٹی برآمدات 36 کروڑ 60 لاکھ ڈالر رہیں جبکہ ٹیکسٹائل برآمدات ایک اعشاریہ چھ ارب ڈالر رہیں۔',
    ),
    published: '2025-10-17',
    expect: [
      { period: '2025-09', value: 366e6 },
      { series: 'pk-textile-exports', period: '2025-09', value: 1.6e9 },
    ],
    exactly: true,
  },
  {
    promise: 'does not give the month to a bare "exports" after "جبکہ" that may be another year\'s',
    input: P('ستمبر 2025 میں آئی ٹی برآمدات 36 کروڑ 60 لاکھ ڈالر رہیں جبکہ برآمدات 29 کروڑ ڈالر تھیں۔'),
    published: '2025-10-17',
    expect: [{ period: '2025-09', value: 366e6 }],
    exactly: true,
  },
  {
    promise: 'reads an Urdu month with no year by the publication date',
    input: P('فروری کے دوران آئی ٹی برآمدات 25 کروڑ 70 لاکھ ڈالر رہیں۔'),
    published: '2024-04-02',
    expect: [{ period: '2024-02', value: 257e6 }],
    exactly: true,
  },
  {
    promise: 'reads Arabic letter forms and the high-hamza yeh as Urdu letters: "آٸی ٹي", "مٸی"',
    input: P('مٸی 2025 میں آٸی ٹي برآمدات 32 کروڑ 90 لاکھ ڈالر رہیں۔'),
    published: '2025-06-17',
    expect: [{ period: '2025-05', value: 329e6 }],
    exactly: true,
  },
  {
    promise: 'reads the month spelt "جولائ" and "مئ" as July and May',
    input: P('جولائ تا مئ کے دوران آئی ٹی برآمدات 2 ارب 38 کروڑ ڈالر رہیں۔'),
    published: '2022-06-15',
    expect: [{ period: '2021-07..2022-05', value: 2.38e9 }],
    exactly: true,
  },
];

export const URDU_SERIES: PhenomenonCase[] = [
  {
    promise: 'reads the singular "آئی ٹی برآمد" as IT exports',
    input: P('اکتوبر 2025 میں آئی ٹی برآمد 38 کروڑ 60 لاکھ ڈالر رہی۔'),
    published: '2025-11-18',
    expect: [{ period: '2025-10', value: 386e6 }],
    exactly: true,
  },
  {
    promise: 'reads "آئی ٹی ایکسپورٹ" as IT exports',
    input: P('جون 2025 کے دوران آئی ٹی ایکسپورٹ 33 کروڑ 80 لاکھ ڈالر رہی۔'),
    published: '2025-07-17',
    expect: [{ period: '2025-06', value: 338e6 }],
    exactly: true,
  },
  {
    promise: 'reads IT "برآمدی ترسیلات" (export remittances) as IT exports, never workers\' remittances',
    input: P('ستمبر 2025 میں آئی ٹی کی برآمدی ترسیلات 36 کروڑ 60 لاکھ ڈالر رہیں۔'),
    published: '2025-10-17',
    expect: [{ period: '2025-09', value: 366e6 }],
    absent: [{ series: 'pk-remittances' }],
    exactly: true,
  },
  {
    promise: 'gives "یہ ترسیلات" (these remittances) in an IT export remittances story to IT exports',
    input: P(
      'آئی ٹی اور آئی ٹی ای ایس کی برآمدی ترسیلات میں اضافہ ہوا۔ اگست 2025 میں یہ ترسیلات 33 کروڑ 80 لاکھ ڈالر رہیں۔',
    ),
    published: '2025-09-17',
    expect: [{ period: '2025-08', value: 338e6 }],
    absent: [{ series: 'pk-remittances' }],
    exactly: true,
  },
  {
    promise: 'reads "کارکنوں کی ترسیلات" as workers\' remittances',
    input: P('جولائی 2025 میں کارکنوں کی ترسیلات تین ارب 21 کروڑ ڈالر رہیں۔'),
    published: '2025-08-10',
    expect: [{ series: 'pk-remittances', period: '2025-07', value: 3.21e9 }],
    exactly: true,
  },
  {
    promise: 'reads "ٹیکسٹائل اور کپڑوں کی برآمدات" (textile and clothing exports) as textile exports',
    input: P('اپٹما کے مطابق اکتوبر 2024 میں ٹیکسٹائل اور کپڑوں کی برآمدات ایک ارب 64 کروڑ ڈالر رہیں۔'),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-10', value: 1.64e9 }],
    exactly: true,
  },
  {
    promise: 'reads "ٹیکسٹائل ایکسپورٹ" as textile exports',
    input: P('ستمبر 2024 میں ٹیکسٹائل ایکسپورٹ ایک ارب 59 کروڑ ڈالر رہی۔'),
    published: '2024-10-08',
    expect: [{ series: 'pk-textile-exports', period: '2024-09', value: 1.59e9 }],
    exactly: true,
  },
  {
    promise: 'reads "ٹیکسٹائل کی مجموعی برآمدات" (textile\'s total exports) as textile exports, not total exports',
    input: P('جولائی تا ستمبر 2024 میں ٹیکسٹائل کی مجموعی برآمدات 4 ارب 64 کروڑ ڈالر رہیں۔'),
    published: '2024-10-08',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-09', value: 4.64e9 }],
    exactly: true,
  },
  {
    promise: 'reads "آئی ٹی کے شعبے" (the IT sector) earning exports as IT exports',
    input: P('نومبر 2025 میں آئی ٹی کے شعبے نے 35 کروڑ 60 لاکھ ڈالر کی برآمدات کیں۔'),
    published: '2025-12-17',
    expect: [{ period: '2025-11', value: 356e6 }],
    exactly: true,
  },
  {
    promise: "reads India's IT exports in Urdu as India's and Pakistan's beside them as Pakistan's",
    input: P(
      'مالی سال 2024-25 میں بھارت کی آئی ٹی برآمدات 200 ارب ڈالر رہیں جبکہ پاکستان کی آئی ٹی برآمدات 3 ارب 80 کروڑ ڈالر رہیں۔',
    ),
    published: '2025-07-17',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9 }],
    exactly: true,
  },
  {
    promise: "does not read Bangladesh's textile exports in Urdu as Pakistan's",
    input: P('بنگلہ دیش نے مارچ 2025 میں 4 ارب ڈالر کی ٹیکسٹائل برآمدات کیں۔'),
    published: '2025-04-10',
    expect: [],
    exactly: true,
  },
  {
    promise: "does not read the country's total exports in Urdu as a tracked series",
    input: P('دسمبر 2024 میں ملک کی مجموعی برآمدات 2 ارب 84 کروڑ ڈالر رہیں۔'),
    published: '2025-01-02',
    expect: [],
    exactly: true,
  },
];

export const URDU_RECORDS: PhenomenonCase[] = [
  {
    promise: 'reads "تاریخ کی بلند ترین سطح" about the month as a record',
    input: P('دسمبر 2024 میں ترسیلات زر تین ارب 8 کروڑ ڈالر کے ساتھ تاریخ کی بلند ترین سطح پر پہنچ گئیں۔'),
    published: '2025-01-10',
    expect: [{ series: 'pk-remittances', period: '2024-12', value: 3.08e9, recordClaim: true }],
    exactly: true,
  },
  {
    promise: 'reads "اب تک کی سب سے زیادہ ماہانہ" after the month\'s amount as a record',
    input: P('اکتوبر 2025 میں آئی ٹی برآمدات 38 کروڑ 60 لاکھ ڈالر رہیں جو اب تک کی سب سے زیادہ ماہانہ برآمدات ہیں۔'),
    published: '2025-11-18',
    expect: [{ period: '2025-10', value: 386e6, recordClaim: true }],
    exactly: true,
  },
  {
    promise: 'reads "پہلی مرتبہ" (for the first time) before the month\'s amount as a record',
    input: P('مارچ 2024 میں آئی ٹی برآمدات پہلی مرتبہ 30 کروڑ 60 لاکھ ڈالر تک پہنچ گئیں۔'),
    published: '2024-04-17',
    expect: [{ period: '2024-03', value: 306e6, recordClaim: true }],
    exactly: true,
  },
  {
    promise: 'does not read "ریکارڈ" before a growth rate as a record of the month',
    input: P('نومبر 2024 میں آئی ٹی برآمدات میں ریکارڈ 31 فیصد اضافہ ہوا اور حجم 32 کروڑ 40 لاکھ ڈالر رہا۔'),
    published: '2024-12-17',
    expect: [{ period: '2024-11', value: 324e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read "… فیصد کے ریکارڈ اضافے سے" (with a record rise of …%) as a record of the month',
    input: P('جنوری 2025 میں آئی ٹی برآمدات 18 فیصد کے ریکارڈ اضافے سے 31 کروڑ ڈالر رہیں۔'),
    published: '2025-02-18',
    expect: [{ period: '2025-01', value: 310e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read an aim to take exports to a record level ("ریکارڈ سطح پر لے جانے کے لیے") as a record',
    input: P(
      'اپریل 2024 میں آئی ٹی برآمدات 31 کروڑ ڈالر رہیں، اور حکومت برآمدات کو ریکارڈ سطح پر لے جانے کے لیے کوشاں ہے۔',
    ),
    published: '2024-05-17',
    expect: [{ period: '2024-04', value: 310e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read a record level set as a target ("ریکارڈ سطح تک پہنچانے کا ہدف") as a record',
    input: P('اگست 2024 میں آئی ٹی برآمدات 29 کروڑ ڈالر رہیں اور وزارت نے انہیں ریکارڈ سطح تک پہنچانے کا ہدف رکھا ہے۔'),
    published: '2024-09-17',
    expect: [{ period: '2024-08', value: 290e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read "14 ماہ کی بلند ترین سطح" (a 14-month high) as a record',
    input: P('مئی 2025 میں ترسیلات زر 3 ارب 70 کروڑ ڈالر کے ساتھ 14 ماہ کی بلند ترین سطح پر رہیں۔'),
    published: '2025-06-10',
    expect: [{ series: 'pk-remittances', period: '2025-05', value: 3.7e9, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read a headline\'s bare "ریکارڈ" after the amount (recorded, its auxiliary dropped) as a record',
    input: P('آئی ٹی برآمدات مارچ میں 34 کروڑ 20 لاکھ ڈالر ریکارڈ'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'reads "جو ایک ریکارڈ ہے" (which is a record) after the month\'s amount as a record',
    input: P('جنوری 2022 میں ٹیکسٹائل برآمدات ایک ارب 55 کروڑ ڈالر رہیں، جو ایک ریکارڈ ہے۔'),
    published: '2022-02-15',
    expect: [{ series: 'pk-textile-exports', period: '2022-01', value: 1.55e9, recordClaim: true }],
    exactly: true,
  },
  {
    promise: 'does not read "رواں سال کی بلند ترین سطح" (this year\'s high) as a record',
    input: P('مارچ 2025 میں ترسیلات زر 4 ارب 10 کروڑ ڈالر کے ساتھ رواں سال کی بلند ترین سطح پر رہیں۔'),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', value: 4.1e9, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read "کئی ماہ کی بلند ترین سطح" (a several-month high) as a record',
    input: P('جون 2025 میں آئی ٹی برآمدات 33 کروڑ 80 لاکھ ڈالر کے ساتھ کئی ماہ کی بلند ترین سطح پر پہنچ گئیں۔'),
    published: '2025-07-17',
    expect: [{ period: '2025-06', value: 338e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'does not read "ریکارڈ کی گئیں" (were recorded) as a record',
    input: P('جون 2025 میں آئی ٹی برآمدات 33 کروڑ 80 لاکھ ڈالر ریکارڈ کی گئیں۔'),
    published: '2025-07-17',
    expect: [{ period: '2025-06', value: 338e6, recordClaim: false }],
    exactly: true,
  },
];

// Bangladesh's and India's copy counts in crores and lakhs too (কোটি, লাখ, करोड़, लाख, अरब): none of it is Pakistan's.
export const OTHER_SCRIPTS: PhenomenonCase[] = [
  {
    promise: 'reads nothing tracked from a Bengali story with Bengali digits and crores',
    input: P('সেপ্টেম্বরে তৈরি পোশাক রপ্তানি ৩১২ কোটি ৪০ লাখ ডলারে পৌঁছেছে, যা আগের বছরের একই মাসের চেয়ে ৯ শতাংশ বেশি।'),
    published: '2024-10-05',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads nothing tracked from a Bengali story with Latin digits, "IT" and crores',
    input: P('২০২৪ সালের মার্চে আইটি ও সফটওয়্যার রপ্তানি 4 কোটি 20 লাখ ডলার এবং রেমিট্যান্স 199 কোটি ডলার হয়েছে।'),
    published: '2024-04-10',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads nothing tracked from a Hindi story in arab and crore, words or digits',
    input: P(
      'अप्रैल से अगस्त 2024 के दौरान भारत का सेवा निर्यात डेढ़ सौ अरब डॉलर रहा, जबकि आईटी निर्यात 85 अरब डॉलर और रेमिटेंस 12 हजार करोड़ रुपये रहे।',
    ),
    published: '2024-09-15',
    expect: [],
    exactly: true,
  },
];

export const URDU_SENTENCES: PhenomenonCase[] = [
  {
    promise: 'ends a sentence at an Urdu full stop written against the next word: "ہیں ۔پچھلے"',
    input: P(
      'اکتوبر 2024 میں آئی ٹی برآمدات 31 کروڑ ڈالر رہیں، جو ستمبر کی نسبت 4 فیصد زیادہ ہیں ۔پچھلے سال اکتوبر میں ان برآمدات سے 26 کروڑ ڈالر حاصل ہوئے تھے۔',
    ),
    published: '2024-11-18',
    expect: [
      { period: '2024-10', value: 310e6, role: 'reported-month' },
      { period: '2023-10', value: 260e6 },
    ],
    exactly: true,
  },
  {
    promise: 'ends a sentence at an Urdu full stop with no space before a remittances sentence either',
    input: P('مارچ 2025 میں ترسیلات زر 4 ارب 10 کروڑ ڈالر رہیں۔پچھلے سال مارچ میں ترسیلات زر 2 ارب 95 کروڑ ڈالر تھیں۔'),
    published: '2025-04-10',
    expect: [
      { series: 'pk-remittances', period: '2025-03', value: 4.1e9 },
      { series: 'pk-remittances', period: '2024-03', value: 2.95e9 },
    ],
    exactly: true,
  },
  {
    promise: 'keeps a dateline\'s full stop before a day and month: "اسلام آباد۔18نومبر"',
    input: P('اسلام آباد۔18نومبر: اکتوبر میں آئی ٹی برآمدات 31 کروڑ ڈالر رہیں۔'),
    published: '2024-11-18',
    expect: [{ period: '2024-10', value: 310e6 }],
    exactly: true,
  },
];

/** The tables above, named for the test runner. */
export const URDU_TABLES: Array<[string, PhenomenonCase[]]> = [
  ['Urdu amounts', URDU_AMOUNTS],
  ['Urdu periods', URDU_PERIODS],
  ['Urdu series names', URDU_SERIES],
  ['Urdu record words', URDU_RECORDS],
  ['Urdu sentence ends', URDU_SENTENCES],
  ['Bengali and Hindi copy', OTHER_SCRIPTS],
];
