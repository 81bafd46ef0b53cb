import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Figure } from '../../src/extract/index.js';
import type { CaseTruth } from '../../scripts/eval/labels.js';
import { sameValue, scoreCase } from '../../scripts/eval/score.js';
import { tallyCorpus } from '../../scripts/eval/tally.js';
import type { EvalCase } from '../../scripts/eval/corpora.js';
import { scorePrefilter } from '../../scripts/eval/prefilter.js';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';

const { series: SERIES } = readConfigFile(DEFAULT_CONFIG_FILE);

const TRACKED = new Set(['pk-it-exports', 'pk-textile-exports', 'pk-remittances']);

const figure = (
  series: string,
  start: string,
  end: string,
  value: number | null,
  more: Partial<Figure> = {},
): Figure => ({
  series,
  period: { start, end },
  value,
  currency: 'USD',
  changes: [],
  recordClaim: false,
  evidence: `evidence of ${series} ${start}`,
  confidence: 0.9,
  role: start === end ? 'reported-month' : 'cumulative',
  notes: [],
  ...more,
});
const read = (...figures: Figure[]): ArticleExtraction => ({
  url: null,
  title: null,
  published: '2024-05-18',
  figures,
});

// An IT-exports story: April 2024 at $310m (a record), March at $306m, July–April at $2.593bn.
const truth = (over: Partial<CaseTruth> = {}): CaseTruth => {
  const headline = { series: 'pk-it-exports', month: '2024-04', usd: 310_000_000, role: 'headline' as const };
  return {
    corpus: 'pk-it',
    id: 'x001',
    url: 'https://example.com/x',
    mainSeries: 'pk-it-exports',
    labelSeries: 'IT exports',
    months: [headline, { series: 'pk-it-exports', month: '2024-03', usd: 306_000_000, role: 'other' }],
    periods: [{ series: 'pk-it-exports', from: '2023-07', to: '2024-04', usd: 2_593_000_000 }],
    headline,
    records: { claims: ['pk-it-exports 2024-04'], scored: true },
    tolerated: [],
    notes: '',
    ...over,
  };
};

describe('the eval matching rules', () => {
  it.each([
    [2.593 * 1e9, 2_593_000_000, true],
    [303_100_000, 303_000_000, false],
    [350_000_000, 352_000_000, false],
  ])('treats %d read against a label of %d as the same printed figure: %s', (got, want, same) => {
    expect(sameValue(got, want)).toBe(same);
  });

  it('counts a case right when the headline, comparison month, period and record claim are all read', () => {
    const s = scoreCase(
      truth(),
      read(
        figure('pk-it-exports', '2024-04', '2024-04', 310_000_000, { recordClaim: true }),
        figure('pk-it-exports', '2024-03', '2024-03', 306_000_000),
        figure('pk-it-exports', '2023-07', '2024-04', 2.593 * 1e9),
      ),
      TRACKED,
    );
    expect([s.months.hits.length, s.months.misses.length, s.months.falses.length, s.periods.hits.length]).toEqual([
      2, 0, 0, 1,
    ]);
    expect([s.headline, s.recordRight, s.headlineRecord]).toEqual([true, true, true]);
  });

  it('lists a misread headline as a miss, with the figure read for the same month beside it, and as a false figure', () => {
    const s = scoreCase(
      truth(),
      read(figure('pk-it-exports', '2024-04', '2024-04', 303_100_000, { recordClaim: true })),
      TRACKED,
    );
    expect(s.headline).toBe(false);
    expect(s.months.misses[0]).toMatchObject({ want: { month: '2024-04' }, instead: [{ usd: 303_100_000 }] });
    expect(s.months.falses.map((r) => r.usd)).toEqual([303_100_000]);
    // the record month is right, but the month's figure was not read: only the headline measure says so
    expect([s.recordRight, s.headlineRecord]).toEqual([true, false]);
  });

  it('counts IT export remittances read as workers’ remittances as false figures of another series', () => {
    const s = scoreCase(truth(), read(figure('pk-remittances', '2024-04', '2024-04', 310_000_000)), TRACKED);
    expect(s.months.misses).toHaveLength(2);
    expect(s.attributions.map((r) => r.series)).toEqual(['pk-remittances']);
  });

  it('neither rewards nor punishes a figure the label notes as another tracked series in passing', () => {
    const t = truth({
      tolerated: [{ series: 'pk-textile-exports', usd: 10_330_000_000, from: '2022-07', to: '2023-01' }],
    });
    const s = scoreCase(t, read(figure('pk-textile-exports', '2022-07', '2023-01', 10_330_000_000)), TRACKED);
    expect([s.periods.falses.length, s.attributions.length, s.tolerated.length]).toEqual([0, 0, 1]);
  });

  it('ignores figures of series the config does not track', () => {
    const s = scoreCase(truth(), read(figure('bd-garments', '2024-04', '2024-04', 4_970_000_000)), TRACKED);
    expect([s.months.falses.length, s.attributions.length]).toEqual([0, 0]);
  });

  it('counts one figure read twice once', () => {
    const twice = figure('pk-it-exports', '2024-02', '2024-02', 257_000_000);
    const s = scoreCase(truth(), read(twice, { ...twice, evidence: 'again' }), TRACKED);
    expect(s.months.falses).toHaveLength(1);
  });

  it('gets a record claim wrong when a record is claimed for a month the label does not claim', () => {
    const t = truth({ records: { claims: [], scored: true } });
    const s = scoreCase(
      t,
      read(figure('pk-it-exports', '2024-03', '2024-03', 306_000_000, { recordClaim: true })),
      TRACKED,
    );
    expect(s.recordRight).toBe(false);
    expect(s.recordClaims).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('leaves a case with borderline record wording out of the record accuracy', () => {
    const t = truth({ records: { claims: [], scored: false, why: 'claims_record_ambiguous' } });
    const scored = scoreCase(
      t,
      read(figure('pk-it-exports', '2024-04', '2024-04', 310_000_000, { recordClaim: true })),
      TRACKED,
    );
    const tally = tallyCorpus('pk-it', '.', [scored], [...TRACKED], () => null);
    expect(tally.records).toEqual({ right: 0, scored: 0, leftOut: 1 });
    expect(tally.metrics['records.accuracy']).toBe(1);
  });

  it('adds cases up into precision, recall and F1 per corpus and per series', () => {
    const good = scoreCase(truth(), read(figure('pk-it-exports', '2024-04', '2024-04', 310_000_000)), TRACKED);
    const tally = tallyCorpus('pk-it', '.', [good], [...TRACKED], () => null);
    expect(tally.months).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(tally.metrics['months.f1']).toBeCloseTo(2 / 3, 6);
    expect(tally.metrics['headline.recall']).toBe(1);
    expect(tally.metrics['attributions.pk-it-exports']).toBe(0);
  });
});

describe("the eval's measure of the feed pre-filter", () => {
  const evalCase = (id: string, headline: string, url: string, over: Partial<CaseTruth> = {}): EvalCase => ({
    corpus: 'pk-it',
    truth: truth({ id, url, ...over }),
    html: '',
    source: `${id}.txt`,
    url,
    published: null,
    dateFrom: 'none',
    pageDate: null,
    headline: { text: headline, source: 'first line' },
  });

  it('counts the cases with tracked figures whose headline and URL pass the pre-filter, and names the ones it skips', () => {
    const score = scorePrefilter(
      [
        evalCase('x001', 'ICT export remittances rise to $310m', 'https://example.pk/a'),
        evalCase('x002', 'A strong month for the sector', 'https://example.pk/2024/05/tech-exports-climb/'),
        evalCase('x003', 'Business', 'https://example.pk/?p=10147'),
        evalCase('x004', 'Knitwear exports rise', 'https://example.pk/b', { months: [], periods: [], headline: null }),
      ],
      SERIES,
    );
    expect(score).toEqual({
      fetched: 2,
      total: 3,
      skipped: [{ id: 'x003', headline: 'Business', url: 'https://example.pk/?p=10147' }],
    });
  });
});
