/** Month names and abbreviations as the English-language press writes them, to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Urdu month names (as Pakistani papers spell them) to month number. */
export const URDU_MONTHS: Readonly<Record<string, number>> = {
  جنوری: 1,
  فروری: 2,
  مارچ: 3,
  اپریل: 4,
  مئی: 5,
  مئ: 5,
  جون: 6,
  جولائی: 7,
  جولائ: 7,
  اگست: 8,
  ستمبر: 9,
  اکتوبر: 10,
  نومبر: 11,
  دسمبر: 12,
};

/** The month number of an English or Urdu month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? URDU_MONTHS[name];
}

/** "24" → 2024, "2024" → 2024; two-digit years in export news are this century. */
export function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}
