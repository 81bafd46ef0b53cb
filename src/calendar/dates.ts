// Which dates exist. Every date read from outside (command lines, CSV files, pages) is checked here, so
// "2024-02-30" or "2024-13-01" is refused instead of carried along or rolled over into March.

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap years: every fourth, but not centuries unless divisible by 400. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year, month and day name a day that exists: 2024-02-29 does; 2023-02-29, 2024-04-31 and 2024-13-01 do not. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!);
}

/** `YYYY-MM-DD`, exactly, naming a day that exists. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `YYYY-MM`, exactly, naming a month that exists (01 to 12). */
export function isIsoMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), 1);
}
