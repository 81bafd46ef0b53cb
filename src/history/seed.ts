import type { YearMonth } from '../extract/types.js';

/** One known month of a series. */
export interface SeedRow {
  month: YearMonth;
  value: number;
  note: string | null;
}

/** A CSV that cannot be read as history; the message names the line. */
export class SeedFormatError extends Error {
  override name = 'SeedFormatError';
}

/** Parses `month,usd,note` CSV (header required; note optional, may be quoted). */
export function parseSeedCsv(text: string, source = 'CSV'): SeedRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.trim().toLowerCase().split(',') ?? [];
  if (header[0] !== 'month' || header.length < 2) {
    throw new SeedFormatError(`${source}: line 1 must be a header starting "month,<value column>"; got "${lines[0] ?? ''}"`);
  }
  const rows: SeedRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const comma1 = line.indexOf(',');
    const comma2 = line.indexOf(',', comma1 + 1);
    const month = line.slice(0, comma1);
    const valueText = comma2 === -1 ? line.slice(comma1 + 1) : line.slice(comma1 + 1, comma2);
    const note = comma2 === -1 ? '' : line.slice(comma2 + 1).replace(/^"|"$/g, '');
    const value = Number(valueText);
    if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month)) throw new SeedFormatError(`${source}: line ${i + 1}: month "${month}" is not YYYY-MM`);
    if (comma1 === -1 || valueText === '' || !Number.isFinite(value) || value < 0) {
      throw new SeedFormatError(`${source}: line ${i + 1}: value "${valueText}" is not a non-negative number`);
    }
    rows.push({ month, value, note: note || null });
  }
  return rows;
}
