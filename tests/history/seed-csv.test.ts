import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/history/csv.js';
import { parseSeedCsv } from '../../src/history/seed.js';
import { ROOT } from '../support/paths.js';

describe('history CSV', () => {
  it('reads the shipped IT-exports seed: 46 months from November 2019 to December 2025', () => {
    const rows = parseSeedCsv(readFileSync(`${ROOT}/data/pk-it-exports-monthly.csv`, 'utf8'));
    expect(rows).toHaveLength(46);
    expect(rows[0]).toEqual({ month: '2019-11', value: 111_000_000, note: null });
    expect(rows.at(-1)).toEqual({ month: '2025-12', value: 437_000_000, note: null });
    expect(rows.find((r) => r.month === '2023-10')?.note).toBe('conflicting press figures; most frequent kept');
  });

  it('reads quoted notes holding commas and quotes', () => {
    expect(parseSeedCsv('month,usd,note\r\n2024-01,320000000,"SBP, revised ""final"""\r\n')).toEqual([
      { month: '2024-01', value: 320_000_000, note: 'SBP, revised "final"' },
    ]);
  });

  it('reads an export file back, keeping only the rows of the series asked for', () => {
    const csv =
      'series,month,value,currency\npk-it-exports,2024-01,320000000,USD\npk-remittances,2024-01,2400000000,USD\n';
    expect(parseSeedCsv(csv, 'export.csv', 'pk-it-exports')).toEqual([
      { month: '2024-01', value: 320_000_000, note: null },
    ]);
  });

  it.each([
    { csv: 'date,usd\n2024-01,1\n', error: /export\.csv: line 1 must be a header naming "month"/ },
    { csv: 'month,usd\n2024-13,1\n', error: /export\.csv: line 2: month "2024-13" is not YYYY-MM/ },
    {
      csv: 'month,usd\n2024-01,1\n\n2024-02,lots\n',
      error: /export\.csv: line 4: value "lots" is not a non-negative number/,
    },
    { csv: 'month,usd\n2024-01,1\n2024-01,2\n', error: /export\.csv: line 3: month 2024-01 appears twice/ },
    { csv: 'month,usd,note\n2024-01,1,"never closed\n', error: /export\.csv: line 2: a quoted field is never closed/ },
  ])('refuses bad history naming the line: $error', ({ csv, error }) => {
    expect(() => parseSeedCsv(csv, 'export.csv')).toThrow(error);
    expect(() => parseSeedCsv(csv, 'export.csv')).toThrow(CsvFormatError);
  });
});
