// The publication date a feed would give a case that has no date of its own, passed as `--published`.
//  1. The URL's date, when it has one (`/2024/04/22/`, `/19-Mar-2024/`, `/2025-04-18/`, `/02-04-2024/`; a path
//     with only `/2020/07/` gives the 15th). News sites write the publication date into the address.
//  2. Otherwise the month after the latest month the article reports, on the 15th: monthly figures come out two to
//     three weeks after their month ends (SBP's IT and remittance data about the 17th, PBS's trade data in the
//     first days), and the story follows within days. The latest month is read from the label's month (or
//     `month_inferred`) and period end (or `period_inferred`): what the labels say the article's time is.
//  3. No date when neither exists: the extractor is then on its own, as it would be with a feed without dates.
import type { SharedLabel } from './labels.js';

/** A feed's date for a case and how it was derived. */
export interface FeedDate {
  date: string;
  from: 'url' | 'labels';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** The date a feed would give the case, or null when neither its URL nor its labels place it in time. */
export function feedDate(label: SharedLabel): FeedDate | null {
  const fromUrl = urlDate(label.url);
  if (fromUrl) return { date: fromUrl, from: 'url' };
  const latest = [label.month ?? label.month_inferred, (label.period ?? label.period_inferred)?.to]
    .filter((m): m is string => typeof m === 'string' && /^\d{4}-\d{2}$/.test(m))
    .sort()
    .pop();
  if (latest === undefined) return null;
  const [y, m] = latest.split('-').map(Number) as [number, number];
  return { date: m === 12 ? `${y + 1}-01-15` : `${y}-${pad(m + 1)}-15`, from: 'labels' };
}

/** The date a URL's path spells, or null. */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const ymd = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_-]|$)/.exec(path);
  if (ymd) return valid(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const named = /\/(\d{1,2})-([a-z]{3})[a-z]*-((?:19|20)\d{2})(?=[/_-]|$)/i.exec(path);
  if (named) return valid(Number(named[3]), MONTHS.indexOf(named[2]!.toLowerCase()) + 1, Number(named[1]));
  const dmy = /\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?=[/_-]|$)/.exec(path);
  if (dmy) return valid(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ym = /\/((?:19|20)\d{2})\/(\d{1,2})\//.exec(path);
  if (ym) return valid(Number(ym[1]), Number(ym[2]), 15);
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null;
}
