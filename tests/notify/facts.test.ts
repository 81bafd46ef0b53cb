import { describe, expect, it } from 'vitest';
import { bySourceAuthority } from '../../src/notify/authority.js';
import { alertFacts, fiscalYearLabel } from '../../src/notify/facts.js';
import { moneyLabel, percentLabel } from '../../src/notify/format.js';
import { alertWording } from '../../src/notify/wording.js';
import { viewFromHistory } from '../../src/notify/sample.js';
import { aprilAlert } from './helpers.js';

const base = aprilAlert();

describe('numbers as the alert writes them', () => {
  it.each([
    [310e6, 'USD', '$310 million'],
    [4e6, 'USD', '$4 million'],
    [2_593_000_000, 'USD', '$2.59 billion'],
    [12_500_000, 'USD', '$12.5 million'],
    [950_000, 'USD', '$950,000'],
    [-12e6, 'USD', '-$12 million'],
    [310e6, 'EUR', 'EUR 310 million'],
  ])('writes %d %s as %j', (value, currency, expected) => {
    expect(moneyLabel(value, currency)).toBe(expected);
  });

  it('writes percentages with a sign and one decimal', () => {
    expect([percentLabel(1.307), percentLabel(-4.21), percentLabel(0)]).toEqual(['+1.3%', '-4.2%', '+0.0%']);
  });

  it('writes the margin over the previous record, and says when none is known', () => {
    expect(alertWording(base).margin).toBe('+$4 million (+1.3%) over the previous record: $306 million in March 2024.');
    expect(alertWording({ ...base, previous: null }).margin).toBe('No earlier record is known.');
  });
});

describe('facts from the history', () => {
  const history = new Map([
    ['2023-04', 191e6],
    ['2023-07', 214e6],
    ['2023-08', 235e6],
    ['2023-09', 240e6],
    ['2023-10', 238e6],
    ['2023-11', 259e6],
    ['2023-12', 303e6],
    ['2024-01', 265e6],
    ['2024-02', 257e6],
    ['2024-03', 306e6],
  ]);

  it('gives the year-on-year change when the same month a year earlier is known', () => {
    expect(alertFacts(base, history, 7).yearOnYear).toEqual({
      month: '2023-04',
      value: 191e6,
      pct: ((310 - 191) / 191) * 100,
    });
    expect(alertFacts({ ...base, month: '2024-05' }, history, 7).yearOnYear).toBeNull();
  });

  it('sums the fiscal year to date from July, including the record month', () => {
    expect(alertFacts(base, history, 7).fiscalYearToDate).toEqual({
      start: '2023-07',
      end: '2024-04',
      months: 10,
      total: 2_627_000_000,
      label: 'FY2023-24',
    });
  });

  it('says nothing of the fiscal year when a month of it is missing, or when it has just begun', () => {
    const gap = new Map(history);
    gap.delete('2023-09');
    expect(alertFacts(base, gap, 7).fiscalYearToDate).toBeNull();
    expect(alertFacts({ ...base, month: '2023-07', value: 400e6 }, history, 7).fiscalYearToDate).toBeNull();
  });

  it('names fiscal years the way Pakistan does, and calendar years as years', () => {
    expect([fiscalYearLabel('2024-04', 7), fiscalYearLabel('2024-07', 7), fiscalYearLabel('2024-04', 1)]).toEqual([
      'FY2023-24',
      'FY2024-25',
      '2024',
    ]);
  });
});

describe('the order of sources', () => {
  it('puts the State Bank and government first, then newspapers of record, then others, each by earliest report', () => {
    const sources = [
      { url: 'https://propakistani.pk/a', published: '2024-05-17' },
      { url: 'https://www.brecorder.com/b', published: '2024-05-19' },
      { url: 'https://tribune.com.pk/c', published: '2024-05-18' },
      { url: 'https://www.finance.gov.pk/d', published: '2024-05-20' },
      { url: 'not a url', published: null },
    ];
    expect(bySourceAuthority(sources).map((s) => s.url)).toEqual([
      'https://www.finance.gov.pk/d',
      'https://tribune.com.pk/c',
      'https://www.brecorder.com/b',
      'https://propakistani.pk/a',
      'not a url',
    ]);
  });

  it('does not take a look-alike host for an authoritative one', () => {
    expect(
      bySourceAuthority([
        { url: 'https://notdawn.com/x', published: '2024-01-01' },
        { url: 'https://dawn.com.evil.example/y', published: '2024-01-02' },
        { url: 'https://www.dawn.com/z', published: '2024-01-03' },
      ]).map((s) => s.url)[0],
    ).toBe('https://www.dawn.com/z');
  });
});

describe('an alert view drawn from the history (chart command, notify-test)', () => {
  const series = { id: 'pk-it-exports', name: 'Pakistan IT exports', fiscalYearStartMonth: 7, currency: 'USD' };
  const history = new Map([
    ['2024-01', 265e6],
    ['2024-03', 306e6],
    ['2024-04', 310e6],
    ['2024-05', 290e6],
  ]);

  it('takes the standing record and the highest month before it', () => {
    expect(viewFromHistory(series, history)).toMatchObject({
      month: '2024-04',
      value: 310e6,
      previous: { month: '2024-03', value: 306e6 },
    });
  });

  it('takes a given month against the highest month before it, and nothing for a month not held', () => {
    expect(viewFromHistory(series, history, { month: '2024-03' })).toMatchObject({
      month: '2024-03',
      previous: { month: '2024-01', value: 265e6 },
    });
    expect(viewFromHistory(series, history, { month: '2023-03' })).toBeNull();
    expect(viewFromHistory(series, new Map())).toBeNull();
  });
});
