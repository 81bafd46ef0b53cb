import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  monthConsensus,
  monthValues,
  monthValuesAfter,
  type ArticleEvidence,
  type MonthEvidence,
  type SeedMonth,
} from '../../src/history/consensus.js';

const obs = (
  value: number,
  outlet: string,
  role: MonthEvidence['role'] = 'reported-month',
  extra: Partial<MonthEvidence> = {},
): MonthEvidence => ({
  month: '2024-01',
  value,
  role,
  outlet,
  confidence: 0.9,
  published: '2024-02-16',
  ...extra,
});
const seed = (value: number): SeedMonth => ({ month: '2024-01', value, origin: 'seed' });
const jan = (s: SeedMonth[], o: MonthEvidence[]) => monthConsensus(s, o, 0.7).get('2024-01');

describe('the value of a month', () => {
  it.each([
    {
      why: "prefers a month's own reported figure over a comparison mention in more outlets",
      seed: [],
      obs: [obs(303e6, 'Dawn'), obs(298e6, 'ARY', 'comparison'), obs(298e6, 'Tribune', 'comparison')],
      value: 303e6,
      basis: 'reported-month',
    },
    {
      why: 'prefers the figure two outlets agree on over a single outlet',
      seed: [],
      obs: [
        obs(303e6, 'Dawn'),
        obs(303e6, 'Business Recorder'),
        obs(330e6, 'ARY', 'reported-month', { published: '2024-02-20' }),
      ],
      value: 303e6,
      basis: 'reported-month',
    },
    {
      why: 'counts one outlet once however often it repeats a figure',
      seed: [],
      obs: [obs(330e6, 'ARY'), obs(330e6, 'ARY'), obs(303e6, 'Dawn'), obs(303e6, 'Tribune')],
      value: 303e6,
      basis: 'reported-month',
    },
    {
      why: 'takes the later report when one outlet each disagree (a revision)',
      seed: [],
      obs: [
        obs(303e6, 'Dawn', 'reported-month', { published: '2024-02-16' }),
        obs(310e6, 'Tribune', 'reported-month', { published: '2024-03-05' }),
      ],
      value: 310e6,
      basis: 'reported-month',
    },
    {
      why: 'lets the seed count as one agreeing source',
      seed: [seed(303e6)],
      obs: [obs(303e6, 'Dawn'), obs(310e6, 'Tribune', 'reported-month', { published: '2024-03-05' })],
      value: 303e6,
      basis: 'reported-month',
    },
    {
      why: "keeps the seed's value against a single outlet that disagrees later",
      seed: [seed(259e6)],
      obs: [obs(290e6, 'ARY', 'reported-month', { published: '2024-02-16' })],
      value: 259e6,
      basis: 'seed',
    },
    {
      why: 'lets two agreeing outlets revise a seeded month',
      seed: [seed(259e6)],
      obs: [obs(262e6, 'Dawn'), obs(262e6, 'Tribune')],
      value: 262e6,
      basis: 'reported-month',
    },
    {
      why: 'learns a month from a comparison mention when nothing else names it',
      seed: [],
      obs: [obs(225e6, 'Dawn', 'comparison')],
      value: 225e6,
      basis: 'comparison',
    },
    {
      why: 'ignores a figure read with too little confidence, however large',
      seed: [seed(303e6)],
      obs: [obs(3030e6, 'ARY', 'reported-month', { confidence: 0.4 })],
      value: 303e6,
      basis: 'seed',
    },
    {
      why: 'ignores fiscal-year totals and annual figures',
      seed: [seed(303e6)],
      obs: [obs(2593e6, 'Dawn', 'cumulative'), obs(3200e6, 'Dawn', 'annual')],
      value: 303e6,
      basis: 'seed',
    },
  ])('$why', ({ seed: s, obs: o, value, basis }) => {
    expect(jan(s, o)).toMatchObject({ value, basis });
  });

  it('keeps the losing values as conflicts, with the outlets that gave them', () => {
    const c = jan([], [obs(303e6, 'Dawn'), obs(303e6, 'Business Recorder'), obs(330e6, 'ARY')]);
    expect(c?.outlets).toEqual(['Dawn', 'Business Recorder']);
    expect(c?.conflicts).toEqual([{ value: 330e6, basis: 'reported-month', outlets: ['ARY'] }]);
  });

  it('reads figures within rounding of each other as one value, the one most outlets printed', () => {
    const c = jan([], [obs(303e6, 'Dawn'), obs(303e6, 'Business Recorder'), obs(303.4e6, 'Tribune')]);
    expect(c).toMatchObject({ value: 303e6, outlets: ['Dawn', 'Business Recorder', 'Tribune'], conflicts: [] });
  });
});

describe('the month values after an article is stored', () => {
  const month = fc.constantFrom('2023-11', '2023-12', '2024-01', '2024-02');
  const evidence = (url: fc.Arbitrary<string>) =>
    fc.record({
      month,
      url,
      value: fc.constantFrom(250e6, 259e6, 260e6, 260.5e6, 303e6, 310e6),
      role: fc.constantFrom<MonthEvidence['role']>('reported-month', 'previous-record', 'comparison', 'cumulative'),
      outlet: fc.constantFrom('Dawn', 'Tribune', 'ARY'),
      confidence: fc.constantFrom(0.5, 0.9),
      published: fc.constantFrom('2024-02-16', '2024-03-05', null),
    });
  const urls = fc.constantFrom('https://dawn.example/a', 'https://dawn.example/b', 'https://tribune.example/c');

  it("are what a full recount gives, the article's earlier figures replaced by its new ones", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ month, value: fc.constantFrom(259e6, 303e6), origin: fc.constant('seed') }), {
          maxLength: 3,
        }),
        fc.array(evidence(urls), { maxLength: 12 }),
        urls,
        fc.array(evidence(fc.constant('')), { maxLength: 4 }),
        (seed: SeedMonth[], stored: ArticleEvidence[], url: string, own: ArticleEvidence[]) => {
          const before = monthValues(seed, stored, 0.7);
          const after = monthValuesAfter(before, seed, stored, { url, own }, 0.7);
          expect(after).toEqual(monthValues(seed, [...stored.filter((e) => e.url !== url), ...own], 0.7));
        },
      ),
      { numRuns: 500 },
    );
  });
});
