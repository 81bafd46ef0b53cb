/**
 * The plausibility check on its own (pure), and measured on the shipped seed: replayed month by month
 * through the record rule, none of its real records is held, and every fiscal-year-to-date total read as
 * a month is. `npm run measure:plausibility` prints the same replay as a table.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaySeed } from '../../scripts/plausibility.js';
import { recordRule } from '../../src/app/index.js';
import { DEFAULT_CONFIG_FILE, loadConfig, readConfigFile } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { countedEvidence, type AlertState } from '../../src/history/counted.js';
import { reviewRecords } from '../../src/history/corrections.js';
import { monthConsensus, type ArticleEvidence } from '../../src/history/consensus.js';
import { isIndependent } from '../../src/history/independence.js';
import { DEFAULT_PLAUSIBILITY, judgePlausibility } from '../../src/history/plausibility.js';
import { parseSeedCsv } from '../../src/history/seed.js';
import { ROOT } from '../support/paths.js';

const SEED = parseSeedCsv(readFileSync(resolve(ROOT, 'data/pk-it-exports-monthly.csv'), 'utf8'));

describe('the shipped seed, replayed month by month through the record rule', () => {
  const { records, misreadTotals } = replaySeed(SEED);

  it('holds none of its real records', () => {
    expect(records.length).toBeGreaterThan(15);
    expect(records.filter((r) => r.held)).toEqual([]);
  });

  it('holds every fiscal-year-to-date total read as the month, from a year’s second month on', () => {
    expect(misreadTotals.length).toBeGreaterThan(10);
    expect(misreadTotals.filter((r) => !r.held)).toEqual([]);
  });

  it('holds $2.8 billion read as January 2026 against the $437 million record', () => {
    const history = new Map(SEED.map((r) => [r.month, r.value]));
    const check = judgePlausibility(
      { month: '2026-01', value: 2_800_000_000, currency: 'USD' },
      { month: '2025-12', value: 437_000_000 },
      history,
      DEFAULT_PLAUSIBILITY,
    );
    expect(check).toMatchObject({ plausible: false, test: 'ceiling' });
    expect(check.jump.z).toBeGreaterThan(10);
  });
});

describe('judgePlausibility', () => {
  const steady = (months: number, start = 100e6, growth = 0.02): Map<string, number> => {
    const values = new Map<string, number>();
    for (let i = 0; i < months; i++) {
      const year = 2020 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      values.set(`${year}-${month}`, start * (1 + growth) ** i * (i % 2 === 0 ? 1.05 : 0.95));
    }
    return values;
  };

  it('lets anything through when there is no previous record to compare with', () => {
    expect(
      judgePlausibility({ month: '2024-01', value: 9e12, currency: 'USD' }, null, new Map(), DEFAULT_PLAUSIBILITY),
    ).toMatchObject({ plausible: true });
  });

  it('holds a rise far outside the usual month-to-month spread, below the ceiling', () => {
    const history = steady(24);
    const last = history.get('2021-12')!;
    const record = Math.max(...history.values());
    const check = judgePlausibility(
      { month: '2022-01', value: record * 1.4, currency: 'USD' },
      { month: '2021-11', value: record },
      history,
      DEFAULT_PLAUSIBILITY,
    );
    expect(record * 1.4 > last).toBe(true);
    expect(check).toMatchObject({ plausible: false, test: 'robust-z' });
    expect(check.plausible === false && check.reason).toMatch(/times the series' usual month-to-month spread; above 4/);
  });

  it('uses only the ceiling while the series has fewer month-to-month changes than minChanges', () => {
    const history = steady(6);
    const record = Math.max(...history.values());
    const check = judgePlausibility(
      { month: '2020-07', value: record * 1.4, currency: 'USD' },
      { month: '2020-05', value: record },
      history,
      DEFAULT_PLAUSIBILITY,
    );
    expect(check).toMatchObject({ plausible: true, jump: { z: null } });
  });

  it('takes a per-series policy: a looser ceiling lets a larger jump through', () => {
    const check = judgePlausibility(
      { month: '2024-01', value: 180, currency: 'USD' },
      { month: '2023-12', value: 100 },
      new Map([['2023-12', 100]]),
      { ...DEFAULT_PLAUSIBILITY, maxJump: 2 },
    );
    expect(check.plausible).toBe(true);
  });
});

describe('independent reports', () => {
  const dawn = {
    outlet: 'Dawn',
    url: 'https://dawn.example/a',
    contentHash: 'h1',
    evidence: 'IT exports were $700 million in January.',
  };

  it('counts another outlet that wrote the figure down itself', () => {
    expect(
      isIndependent(
        {
          outlet: 'The Express Tribune',
          url: 'https://tribune.example/b',
          contentHash: 'h2',
          evidence: 'Exports reached $700m in January.',
        },
        [dawn],
      ),
    ).toBe(true);
  });

  it.each([
    [
      'the same outlet, another article',
      { ...dawn, url: 'https://dawn.example/b', contentHash: 'h9', evidence: 'Other words, $700m.' },
    ],
    [
      'another outlet carrying the same text',
      { outlet: 'ARY News', url: 'https://ary.example/c', contentHash: 'h1', evidence: 'x' },
    ],
    [
      'another outlet with the same sentence',
      {
        outlet: 'ARY News',
        url: 'https://ary.example/c',
        contentHash: 'h3',
        evidence: ' it exports were  $700 million in january. ',
      },
    ],
  ])('does not count %s', (_name, report) => {
    expect(isIndependent(report, [dawn])).toBe(false);
  });
});

describe('counted evidence and corrections', () => {
  const row = (
    month: string,
    value: number,
    outlet: string,
    extra: Partial<ArticleEvidence> = {},
  ): ArticleEvidence => ({
    month,
    value,
    role: 'reported-month',
    outlet,
    confidence: 0.9,
    published: '2024-02-01',
    url: `https://${outlet.toLowerCase()}.example/${month}`,
    evidence: `${outlet} says ${value} for ${month}`,
    contentHash: outlet,
    ...extra,
  });
  const alert = (
    month: string,
    value: number,
    status: AlertState['status'],
    extra: Partial<AlertState> = {},
  ): AlertState => ({
    id: 1,
    month,
    value,
    currency: 'USD',
    status,
    previous: null,
    correction: null,
    sources: [],
    ...extra,
  });

  it('leaves a held figure out until an independent report gives the same value', () => {
    const held = row('2024-01', 2.8e9, 'Dawn', { verdict: 'held' });
    expect(countedEvidence([held], [])).toEqual([]);
    const second = row('2024-01', 2.8e9, 'Tribune');
    expect(countedEvidence([held, second], [])).toHaveLength(2);
  });

  it('leaves out every figure at the value of a held or rejected alert', () => {
    const figures = [row('2024-01', 2.8e9, 'Dawn'), row('2024-01', 3e8, 'Tribune')];
    expect(countedEvidence(figures, [alert('2024-01', 2.8e9, 'held')]).map((e) => e.value)).toEqual([3e8]);
    expect(
      countedEvidence(figures, [alert('2024-01', 2.8e9, 'corrected', { correction: 'rejected' })]).map((e) => e.value),
    ).toEqual([3e8]);
  });

  it('finds a live alert no longer above the months before it, or given another value', () => {
    const seed = [{ month: '2023-12', value: 303e6, origin: 'seed' }];
    const consensus = monthConsensus(seed, [row('2024-01', 300e6, 'Dawn'), row('2024-02', 345e6, 'Dawn')], 0.7);
    const decisions = reviewRecords(consensus, [
      alert('2024-01', 320e6, 'sent', { id: 1 }),
      alert('2024-02', 340e6, 'sent', { id: 2 }),
      alert('2023-12', 303e6, 'corrected', { id: 3 }),
    ]);
    expect(decisions).toEqual([
      { alertId: 1, correction: expect.objectContaining({ kind: 'not-a-record', value: 300e6, outlets: ['Dawn'] }) },
      { alertId: 2, correction: expect.objectContaining({ kind: 'revised', value: 345e6 }) },
    ]);
  });
});

describe('plausibility in the config file', () => {
  const write = (plausibility: unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'exportwatch-plausibility-'));
    const file = join(dir, 'config.json');
    const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
    writeFileSync(file, JSON.stringify({ series: [{ ...series[0], plausibility }, ...series.slice(1)], sources: [] }));
    return file;
  };
  const files: string[] = [];
  const config = (plausibility: unknown) => {
    const file = write(plausibility);
    files.push(file);
    return loadConfig({ CONFIG_FILE: file });
  };
  afterAll(() => files.forEach((f) => rmSync(resolve(f, '..'), { recursive: true, force: true })));

  it("gives each series the defaults, over which a series' own thresholds win", () => {
    const rule = recordRule(config({ maxJump: 2 }));
    expect(rule.plausibility?.['pk-it-exports']).toEqual({ ...DEFAULT_PLAUSIBILITY, maxJump: 2 });
    expect(rule.plausibility?.['pk-remittances']).toEqual(DEFAULT_PLAUSIBILITY);
  });

  it.each([
    [{ maxJump: 1 }, 'series.0.plausibility.maxJump'],
    [{ maxRobustZ: -1 }, 'series.0.plausibility.maxRobustZ'],
    [{ minChanges: 1.5 }, 'series.0.plausibility.minChanges'],
    [{ maxjump: 2 }, 'series.0.plausibility'],
  ])('refuses %j, naming %s', (plausibility, key) => {
    expect(() => config(plausibility)).toThrow(ConfigError);
    expect(() => config(plausibility)).toThrow(key);
  });
});
