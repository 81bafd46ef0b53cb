import { MONTH_NAME_PATTERN, monthNumber } from './months.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
// "ISLAMABAD, May 18 (APP) –": a wire dateline; the year comes from elsewhere or is unknown.
const DATELINE = new RegExp(`^[A-Z][A-Z .]{2,30},\\s*(${MONTH_NAME_PATTERN})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`, 'i');
const URL_YMD = /\/(20\d{2})\/(\d{2})\/(\d{2})\//;
const URL_DMY = new RegExp(`/(\\d{1,2})-(${MONTH_NAME_PATTERN})-(20\\d{2})/`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Publication date as YYYY-MM-DD: metadata first, then a dated URL path, then a dateline with a year. */
export function publicationDate(dateHints: readonly string[], url: string | null, firstParagraph: string | undefined): string | null {
  for (const hint of dateHints) {
    const m = ISO_DATE.exec(hint.trim());
    if (m) {
      const date = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
  }
  const fromUrl = url ? urlDate(url) : null;
  if (fromUrl) return fromUrl;
  const dateline = firstParagraph ? DATELINE.exec(firstParagraph) : null;
  if (dateline?.[3]) return validDate(Number(dateline[3]), monthNumber(dateline[1]!) ?? 0, Number(dateline[2]));
  return null;
}

/** A date written in a URL path: `/2024/04/22/` or `/18-May-2024/`. */
export function urlDate(url: string): string | null {
  const ymd = URL_YMD.exec(url);
  if (ymd) return validDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = URL_DMY.exec(url);
  if (dmy) return validDate(Number(dmy[3]), monthNumber(dmy[2]!) ?? 0, Number(dmy[1]));
  return null;
}
