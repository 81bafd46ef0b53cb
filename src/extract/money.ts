/** An amount of money found in a sentence. */
export interface MoneyMention {
  index: number;
  end: number;
  value: number;
  currency: 'USD' | 'PKR';
  raw: string;
  /** Repairs made while reading it. */
  notes: string[];
  /** How much the reading lowers confidence (0 when read as written). */
  penalty: number;
}

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, lakh: 1e5, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, crore: 1e7,
  billion: 1e9, bn: 1e9, b: 1e9, arab: 1e9, trillion: 1e12,
};

// Prefix currency, a number with optional thousands groups or decimals, an optional scale word,
// and an optional "dollars" after it. Every quantifier is bounded by a distinct next character: linear.
const MONEY = /(US\$|USD|\$|Rs\.?|PKR)?\s?(\d{1,4}(?:,\d{3})*(?:[.,]\d+)?)\s?(thousand|million|mln|mn|m|billion|bn|b|trillion|crore|lakh|arab)?\b(\s+(?:US\s+)?dollars?|\s+rupees)?/gi;

// '2,593 billion dollars' in news copy means 2.593 billion: a comma used as a decimal point.
const DEFAULT_PLAUSIBLE_MAX_USD = 1e11;

/** Finds amounts that carry a currency ("$303 million", "2,593 billion dollars", "Rs5bn"). */
export function findMoney(sentence: string, plausibleMaxUsd = DEFAULT_PLAUSIBLE_MAX_USD): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const m of sentence.matchAll(MONEY)) {
    const [raw, prefix, digits, scaleWord, suffix] = m;
    const currency = currencyOf(prefix, suffix);
    if (!currency || digits === undefined) continue;
    const scale = scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? 1) : 1;
    const notes: string[] = [];
    let penalty = 0;
    let value = plainNumber(digits) * scale;
    if (currency === 'USD' && value > plausibleMaxUsd && /^\d{1,3},\d{3}$/.test(digits) && scaleWord) {
      value = Number(digits.replace(',', '.')) * scale;
      notes.push(`read '${digits} ${scaleWord}' as ${digits.replace(',', '.')} ${scaleWord}: a comma used as a decimal point`);
      penalty = 0.2;
    }
    if (!Number.isFinite(value)) continue;
    found.push({ index: m.index, end: m.index + raw.trimEnd().length, value: Math.round(value), currency, raw: raw.trim(), notes, penalty });
  }
  return found;
}

function currencyOf(prefix: string | undefined, suffix: string | undefined): 'USD' | 'PKR' | null {
  const p = prefix?.toUpperCase();
  if (p === '$' || p === 'US$' || p === 'USD') return 'USD';
  if (p === 'RS' || p === 'RS.' || p === 'PKR') return 'PKR';
  if (suffix && /dollar/i.test(suffix)) return 'USD';
  if (suffix && /rupee/i.test(suffix)) return 'PKR';
  return null;
}

function plainNumber(digits: string): number {
  // "1,234,567" has thousands groups; "2.5" has a decimal point. A lone ",5" tail is a decimal comma.
  if (/^\d{1,4}(?:,\d{3})+$/.test(digits)) return Number(digits.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(',', '.'));
  return Number(digits.replace(/,/g, ''));
}
