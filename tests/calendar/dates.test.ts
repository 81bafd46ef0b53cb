import { describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoDate, isIsoMonth } from '../../src/calendar/dates.js';

describe('dates that exist', () => {
  it.each([
    [2024, 2, 29],
    [2000, 2, 29],
    [2023, 12, 31],
    [2024, 4, 30],
  ])('accepts %i-%i-%i', (y, m, d) => expect(isCalendarDate(y, m, d)).toBe(true));

  it.each([
    [2024, 2, 30],
    [2023, 2, 29],
    [1900, 2, 29],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 1],
    [2024, 1, 0],
    [2024, 1.5, 1],
  ])('refuses %s-%s-%s', (y, m, d) => expect(isCalendarDate(y, m, d)).toBe(false));

  it('reads YYYY-MM-DD and YYYY-MM strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(['2024-02-30', '2024-2-01', '2024-02-01T00:00', ' 2024-02-01', '20240201'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['2024-12', '2024-13', '2024-00', '2024-1', '2024-01-01'].map(isIsoMonth)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
