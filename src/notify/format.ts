/** 303000000 USD → "$303 million"; 2593000000 → "$2.59 billion"; 950000 → "$950,000". */
export function moneyLabel(value: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs < 1e6) return `${sign}${symbol}${Math.round(abs).toLocaleString('en-US')}`;
  const [scaled, word] = abs >= 1e9 ? [abs / 1e9, 'billion'] : [abs / 1e6, 'million'];
  // Number() drops trailing zeros: 2.50 → "2.5", 303.0 → "303".
  const digits = String(Number(scaled.toFixed(abs >= 1e9 ? 2 : 1)));
  return `${sign}${symbol}${digits} ${word}`;
}

/** A change with its sign: +$4 million, -$12.5 million. */
export function signedMoneyLabel(value: number, currency: string): string {
  return value >= 0 ? `+${moneyLabel(value, currency)}` : moneyLabel(value, currency);
}

/** 1.2903 → "+1.3%", -4.21 → "-4.2%". */
export function percentLabel(pct: number): string {
  const rounded = pct.toFixed(1);
  return pct >= 0 ? `+${rounded}%` : `${rounded}%`;
}
