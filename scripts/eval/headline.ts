// What a wrapped case's headline is. The cases carry no separate headline, so it is reconstructed, in this order:
//  1. the case's first line, when it reads as a headline (the excerpt starts at the page's <h1>: d019 "IT Export
//     Up 35.77% to $1.302 Billion In 6 Months", d013's Urdu headline); it then leaves the body;
//  2. the URL's slug, which is how most sites write the headline into the address ("…/it-exports-increase-by-7-
//     yoy-in-july/" reads "IT Exports Increase by Yoy in July"). Slugs lose decimal points ("3926pc" is 39.26%,
//     "3223bn" is $3.223bn), so number tokens are dropped with their units: a figure taken from a slug would be
//     one the page never printed. Years and fiscal labels ("2024", "fy23", "4mfy24") survive a slug intact;
//  3. the section's name, for a page whose address has no words (`?p=10147`, `/news/89925`).
import type { Script } from './script.js';

/** The headline chosen for a case and where it came from. */
export interface Headline {
  text: string;
  source: 'first line' | 'url slug' | 'section';
}

const SECTION: Record<Script, string> = {
  latin: 'Business',
  arabic: 'کاروبار',
  bengali: 'বাণিজ্য',
  devanagari: 'व्यापार',
};

/** Picks the headline of a case; a headline taken from the first line leaves the body (see `wrap.ts`). */
export function chooseHeadline(url: string, lines: readonly string[], script: Script): Headline {
  const first = lines[0];
  if (first !== undefined && readsAsHeadline(first)) return { text: first, source: 'first line' };
  const slug = slugHeadline(url);
  // A Latin slug above Urdu text is a transliteration ("ais-aei-aif-si-k-akdamat…"), not the headline.
  if (slug !== null && (script === 'latin' || /(?!\p{Script=Latin})\p{L}/u.test(slug)))
    return { text: slug, source: 'url slug' };
  return sectionHeadline(script);
}

/** The section's name as a headline, in the page's language. */
export function sectionHeadline(script: Script): Headline {
  return { text: SECTION[script], source: 'section' };
}

const DATE_WORD =
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?$|^[ap]\.?m\.?$/i;

/** A short line without a sentence's full stop that is more than a date, a byline or a button. */
export function readsAsHeadline(line: string): boolean {
  if (line.length > 160 || /[.۔!?؟:)]$/.test(line) || /[.۔!?]\s/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/\d/.test(w) && !DATE_WORD.test(w));
  return words.length >= 4;
}

const UNIT = new Set([
  'm',
  'mn',
  'mln',
  'million',
  'b',
  'bn',
  'bln',
  'billion',
  'pc',
  'percent',
  'per',
  'cent',
  'dollar',
  'dollars',
  'usd',
]);
const CURRENCY_BEFORE = new Set(['us', 'usd', 'dollar']);
const KEPT_NUMBER = /^(?:(?:19|20)\d{2}|\d{0,2}[mq]?fy\d{2,4}|q[1-4]|\d{1,2}(?:st|nd|rd|th))$/i;
const ACRONYMS = new Set([
  'it',
  'ict',
  'ites',
  'sbp',
  'pbs',
  'pseb',
  'aptma',
  'fdi',
  'rmg',
  'epb',
  'rbi',
  'gso',
  'yoy',
  'mom',
  'imf',
  'uae',
  'us',
  'fy',
]);

/** The headline a URL's last worded path segment spells, or null when it has fewer than two words. */
export function slugHeadline(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const segments = path.split('/').filter((s) => s !== '' && !/^\d+$/.test(s));
  const last = segments[segments.length - 1];
  if (last === undefined) return null;
  const tokens = last
    .replace(/\.(?:html?|php|aspx?|vnp|\d+)$/i, '')
    .split(/[-_+]+/)
    .filter((t) => t !== '');
  const isNumber = (t: string | undefined): boolean => t !== undefined && /\d/.test(t) && !KEPT_NUMBER.test(t);
  const kept: string[] = [];
  let dropped = false;
  for (const [i, token] of tokens.entries()) {
    const lower = token.toLowerCase();
    const previous = tokens[i - 1];
    // "2020-21" is one fiscal year; read alone, "2020" would name another
    if (
      previous !== undefined &&
      /^(?:19|20)\d{2}$/.test(previous) &&
      (/^\d{2}$/.test(token) ? Number(token) === (Number(previous) + 1) % 100 : Number(token) === Number(previous) + 1)
    ) {
      kept.push(`${kept.pop()!}-${token}`);
      continue;
    }
    dropped =
      isNumber(token) || (dropped && UNIT.has(lower)) || (CURRENCY_BEFORE.has(lower) && isNumber(tokens[i + 1]));
    if (dropped) continue;
    kept.push(lower === 's' && kept.length > 0 ? `${kept.pop()!}'s` : headlineCase(token));
  }
  const words = kept.filter((w) => /\p{L}{2}/u.test(w));
  return words.length >= 2 ? kept.join(' ') : null;
}

function headlineCase(token: string): string {
  const lower = token.toLowerCase();
  if (ACRONYMS.has(lower) || /^\d*[mq]?fy\d+$/.test(lower)) return lower.toUpperCase();
  return token.charAt(0).toUpperCase() + token.slice(1).toLowerCase();
}
