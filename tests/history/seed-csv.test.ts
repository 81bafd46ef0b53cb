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
    { csv: 'month,usd\n2024-01,1e308\n', error: /line 2: value "1e308" is not a non-negative number/ },
    { csv: 'month,usd\n2024-01,0x1A\n', error: /line 2: value "0x1A" is not a non-negative number/ },
    { csv: 'month,usd\n2024-01,3.1e8\n', error: /line 2: value "3\.1e8" is not a non-negative number/ },
    { csv: 'month,usd\n2024-01,Infinity\n', error: /line 2: value "Infinity" is not a non-negative number/ },
    { csv: 'month,usd\n2024-01,-5\n', error: /line 2: value "-5" is not a non-negative number/ },
    { csv: 'month,usd\n2024-01,1000000000001\n', error: /line 2: value 1000000000001 is over the bound/ },
    { csv: 'month,usd\n2024-00,1\n', error: /line 2: month "2024-00" is not YYYY-MM/ },
  ])('refuses bad history naming the line: $error', ({ csv, error }) => {
    expect(() => parseSeedCsv(csv, 'export.csv')).toThrow(error);
    expect(() => parseSeedCsv(csv, 'export.csv')).toThrow(CsvFormatError);
  });

  it('accepts plain decimals up to the bound of a trillion a month', () => {
    expect(parseSeedCsv('month,usd\n2024-01,310000000\n2024-02,310.5\n2024-03,1000000000000\n2024-04,0\n')).toEqual([
      { month: '2024-01', value: 310_000_000, note: null },
      { month: '2024-02', value: 310.5, note: null },
      { month: '2024-03', value: 1e12, note: null },
      { month: '2024-04', value: 0, note: null },
    ]);
  });

  it('refuses a month after the latest one allowed, and takes that one', () => {
    const csv = 'month,usd\n2024-05,1\n2024-06,2\n';
    expect(() => parseSeedCsv(csv, 'x.csv', undefined, { latestMonth: '2024-05' })).toThrow(
      /x\.csv: line 3: month 2024-06 is after the current month, 2024-05/,
    );
    expect(parseSeedCsv(csv, 'x.csv', undefined, { latestMonth: '2024-06' })).toHaveLength(2);
  });

  it('quotes at most the first 40 characters of a bad field in its message', () => {
    const junk = 'x'.repeat(100_000);
    let message = '';
    try {
      parseSeedCsv(`month,usd\n2024-01,${junk}\n`, 'junk.csv');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^junk\.csv: line 2: value "x{40}…" \(100000 characters\) is not a non-negative number/);
    expect(message.length).toBeLessThan(300);
  });
});
