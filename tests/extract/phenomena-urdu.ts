// Phenomena of Urdu business copy (and of Bengali and Hindi copy that must not be misread), one table per kind.
// Every sentence is written for this table; none is taken from the corpus.
import type { PhenomenonCase } from './phenomena.js';

const P = (text: string): string => text;

export const URDU_AMOUNTS: PhenomenonCase[] = [
  { promise: 'reads crore and lakh counts written as words: "ستائیس کروڑ پچاس لاکھ ڈالر"', input: P('ستمبر 2024 میں آئی ٹی برآمدات ستائیس کروڑ پچاس لاکھ ڈالر رہیں۔'), published: '2024-10-17', expect: [{ period: '2024-09', value: 275e6 }], exactly: true },
  { promise: 'reads irregular number words above fifty: "اکہتر کروڑ اڑتیس لاکھ ڈالر"', input: P('جون 2024 میں ترسیلات زر تین ارب اکہتر کروڑ اڑتیس لاکھ ڈالر رہیں۔'), published: '2024-07-10', expect: [{ series: 'pk-remittances', period: '2024-06', value: 3.7138e9 }], exactly: true },
  { promise: 'reads hundreds in words before ملین: "تین سو دس ملین ڈالر"', input: P('اپریل 2024 میں آئی ٹی برآمدات تین سو دس ملین ڈالر تک پہنچ گئیں۔'), published: '2024-05-17', expect: [{ period: '2024-04', value: 310e6 }], exactly: true },
  { promise: 'reads "ڈیڑھ ارب ڈالر" as 1.5 billion', input: P('نومبر 2023 میں ٹیکسٹائل برآمدات ڈیڑھ ارب ڈالر رہیں۔'), published: '2023-12-05', expect: [{ series: 'pk-textile-exports', period: '2023-11', value: 1.5e9 }], exactly: true },
  { promise: 'reads "ڈھائی ارب ڈالر" as 2.5 billion', input: P('جنوری 2024 میں ترسیلات زر ڈھائی ارب ڈالر رہیں۔'), published: '2024-02-09', expect: [{ series: 'pk-remittances', period: '2024-01', value: 2.5e9 }], exactly: true },
  { promise: 'reads سوا, پونے and ساڑھے before a number: "سوا تین ارب" is 3.25 billion', input: P('مارچ 2025 میں ترسیلات زر سوا تین ارب ڈالر رہیں۔ مارچ 2025 میں ٹیکسٹائل برآمدات پونے دو ارب ڈالر رہیں۔'), published: '2025-04-10', expect: [{ series: 'pk-remittances', period: '2025-03', value: 3.25e9 }, { series: 'pk-textile-exports', period: '2025-03', value: 1.75e9 }], exactly: true },
  { promise: 'reads "ساڑھے تین سو ملین" as 350 million', input: P('اکتوبر 2024 میں آئی ٹی برآمدات ساڑھے تین سو ملین ڈالر رہیں۔'), published: '2024-11-18', expect: [{ period: '2024-10', value: 350e6 }], exactly: true },
  { promise: 'reads a decimal point written as a word with digits after it: "ایک اعشاریہ 62 ارب"', input: P('دسمبر 2024 میں ٹیکسٹائل برآمدات ایک اعشاریہ 62 ارب ڈالر رہیں۔'), published: '2025-01-06', expect: [{ series: 'pk-textile-exports', period: '2024-12', value: 1.62e9 }], exactly: true },
  { promise: 'reads a decimal point written as a word with digits spoken one by one: "تین اعشاریہ ایک ارب"', input: P('فروری 2025 میں ترسیلات زر تین اعشاریہ ایک ارب ڈالر رہیں۔'), published: '2025-03-10', expect: [{ series: 'pk-remittances', period: '2025-02', value: 3.1e9 }], exactly: true },
  { promise: 'reads words and digits mixed in one chain: "تین ارب 9 کروڑ 40 لاکھ"', input: P('اگست 2024 میں ترسیلات زر تین ارب 9 کروڑ 40 لاکھ ڈالر رہیں۔'), published: '2024-09-10', expect: [{ series: 'pk-remittances', period: '2024-08', value: 3.094e9 }], exactly: true },
  { promise: 'reads a scale word run into the currency: "29 کروڑڈالر"', input: P('ستمبر 2024 میں آئی ٹی برآمدات 29 کروڑڈالر رہیں۔'), published: '2024-10-17', expect: [{ period: '2024-09', value: 290e6 }], exactly: true },
  { promise: 'reads number words run together: "نوسوبیس ملین ڈالرتک" is 920 million', input: P('رواں مالی سال کی پہلی سہ ماہی میں آئی ٹی برآمدات نوسوبیس ملین ڈالرتک پہنچ گئیں۔'), published: '2024-10-17', expect: [{ period: '2024-07..2024-09', value: 920e6 }], exactly: true },
  { promise: 'reads Urdu digits with the Arabic decimal separator: "۲٫۴ ارب ڈالر"', input: P('جنوری ۲۰۲۴ میں ترسیلات زر ۲٫۴ ارب ڈالر رہیں۔'), published: '2024-02-09', expect: [{ series: 'pk-remittances', period: '2024-01', value: 2.4e9 }], exactly: true },
  { promise: 'reads Arabic-Indic digits and the Arabic thousands separator: "١٬٤٥٥ ملین ڈالر"', input: P('رواں مالی سال کی پہلی ششماہی میں آئی ٹی برآمدات ١٬٤٥٥ ملین ڈالر رہیں۔'), published: '2024-01-18', expect: [{ period: '2023-07..2023-12', value: 1.455e9 }], exactly: true },
  { promise: 'does not read rupees written with a number word as dollars', input: P('ستمبر 2024 میں آئی ٹی برآمدات سے اسی ارب روپے حاصل ہوئے۔'), published: '2024-10-17', expect: [], exactly: true },
  { promise: 'reads "ایک ارب 312 کروڑ" as 1.312 billion, doubtfully and with a note', input: P('دسمبر 2023 میں ٹیکسٹائل برآمدات ایک ارب 312 کروڑ ڈالر رہیں۔'), published: '2024-01-06', expect: [{ series: 'pk-textile-exports', period: '2023-12', value: 1.312e9, doubtful: true, note: /decimals/ }], exactly: true },
  { promise: 'reads a percentage written in words as a change of the month', input: P('اکتوبر 2024 میں آئی ٹی برآمدات چوبیس فیصد بڑھ کر 33 کروڑ ڈالر رہیں۔'), published: '2024-11-18', expect: [{ period: '2024-10', value: 330e6, changes: [{ pct: 24 }] }], exactly: true },
  { promise: 'reads vowel marks and a kashida as the plain word: "ڈالـر", "ترسیلاتِ زر"', input: P('مئی 2024 میں ترسیلاتِ زر تین ارب ڈالـر رہیں۔'), published: '2024-06-10', expect: [{ series: 'pk-remittances', period: '2024-05', value: 3e9 }], exactly: true },
];
