import { moneyLabel } from '../history/money.js';

// Money is worded by history/ too (a hold's or a correction's reason); one wording for both.
export { moneyLabel };

/** A change with its sign: +$4 million, -$12.5 million. */
export function signedMoneyLabel(value: number, currency: string): string {
  return value >= 0 ? `+${moneyLabel(value, currency)}` : moneyLabel(value, currency);
}

/** 1.2903 → "+1.3%", -4.21 → "-4.2%". */
export function percentLabel(pct: number): string {
  const rounded = pct.toFixed(1);
  return pct >= 0 ? `+${rounded}%` : `${rounded}%`;
}
