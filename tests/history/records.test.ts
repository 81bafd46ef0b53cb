import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../store/stores.js';
import { OUTLETS, type Published } from '../support/news-site.js';
import { createWorld, type StoreKindName, type World } from '../support/world/index.js';

type Article = Published;

/** Outlets on a local news site, the real discord.js client against a fake Discord, IT-exports history up to `month`. */
function recordWorld(month: string, store: StoreKindName, newSources?: string[]): Promise<World> {
  return createWorld({
    newsSite: true,
    discord: { botToken: 'test-bot-token-0123456789' },
    seed: { upTo: month, series: ['pk-it-exports'] },
    store,
    newSources,
  });
}

const article = (outlet: string, published: string, title: string, ...paragraphs: string[]): Article => ({
  outlet,
  published,
  title,
  paragraphs,
});

/** One case: the history before, the articles each tick publishes, and the alerts users should see. */
interface RecordCase {
  name: string;
  /** IT-exports history loaded before the first tick: the shipped seed up to this month. */
  historyUpTo: string;
  /** Outlets whose first tick is a baseline; every other outlet counts as watched all along. */
  newSources?: string[];
  ticks: Article[][];
  /** One entry per Discord message, in posting order. */
  /**
   * One entry per Discord message, in posting order. Sources of one tick are read concurrently, so when
   * two outlets report a month in the same tick `value` lists what either may have said first, and
   * `outlets` are compared in any order.
   */
  posts: Array<{ month: string; value: number | readonly number[]; outlets: string[]; historyIncomplete?: boolean }>;
  /**
   * How many times posted messages were edited (a later outlet's link added). A record is posted as soon as
   * it is stored, so a second outlet in the same tick may arrive before the post (none) or after it (one).
   */
  edits: number | readonly number[];
  /** Months `history` shows a disputed record claim for. */
  disputed?: string[];
}

const JAN_RECORD_DAWN = article(
  'dawn',
  '2024-02-16',
  'IT exports hit all-time high in January',
  "Pakistan's IT exports rose to an all-time high of $320 million in January 2024, the State Bank of Pakistan said.",
);
const JAN_RECORD_BR = article(
  'brecorder',
  '2024-02-16',
  'IT exports at $320m in January',
  'IT exports were recorded at $320 million in January 2024, up 18 percent from a year earlier.',
);

const CASES: RecordCase[] = [
  {
    name: 'posts one alert for a month above every other month in the history',
    historyUpTo: '2023-12',
    ticks: [[JAN_RECORD_DAWN]],
    posts: [{ month: '2024-01', value: 320_000_000, outlets: ['Dawn'] }],
    edits: 0,
  },
  {
    name: 'posts one alert listing both outlets when two report the same record in one tick',
    historyUpTo: '2023-12',
    ticks: [[JAN_RECORD_DAWN, JAN_RECORD_BR]],
    posts: [{ month: '2024-01', value: 320_000_000, outlets: ['Dawn', 'Business Recorder'] }],
    edits: [0, 1],
  },
  {
    name: 'edits the posted alert, and posts nothing new, when a second outlet reports the record a tick later',
    historyUpTo: '2023-12',
    ticks: [[JAN_RECORD_DAWN], [JAN_RECORD_BR]],
    posts: [{ month: '2024-01', value: 320_000_000, outlets: ['Dawn', 'Business Recorder'] }],
    edits: 1,
  },
  {
    name: 'posts one alert when two outlets print the record rounded differently',
    historyUpTo: '2023-12',
    ticks: [
      [
        JAN_RECORD_DAWN,
        article(
          'tribune',
          '2024-02-17',
          'IT exports reach $320.4 million in January',
          "Pakistan's IT exports reached $320.4 million in January 2024, according to central bank data.",
        ),
      ],
    ],
    posts: [{ month: '2024-01', value: [320_000_000, 320_400_000], outlets: ['Dawn', 'The Express Tribune'] }],
    edits: [0, 1],
  },
  {
    name: 'adds a later report of an alerted record to its alert even after a newer record',
    historyUpTo: '2023-12',
    ticks: [
      [JAN_RECORD_DAWN],
      [
        article(
          'dawn',
          '2024-03-15',
          'IT exports hit all-time high in February',
          "Pakistan's IT exports rose to an all-time high of $340 million in February 2024, the State Bank said.",
        ),
      ],
      [JAN_RECORD_BR],
    ],
    posts: [
      { month: '2024-01', value: 320_000_000, outlets: ['Dawn', 'Business Recorder'] },
      { month: '2024-02', value: 340_000_000, outlets: ['Dawn'] },
    ],
    edits: 1,
  },
  {
    name: 'posts nothing for a claimed record below the known maximum, and shows the claim as disputed',
    historyUpTo: '2023-12',
    ticks: [
      [
        article(
          'ary',
          '2024-02-16',
          'IT exports at all-time high, says ministry',
          "Pakistan's IT exports reached an all-time high of $290 million in January 2024, the ministry claimed.",
        ),
      ],
    ],
    posts: [],
    edits: 0,
    disputed: ['2024-01'],
  },
  {
    name: 'posts nothing for a fiscal-year-to-date total larger than any month',
    historyUpTo: '2023-12',
    ticks: [
      [
        article(
          'dawn',
          '2024-02-16',
          'IT exports total $1.8 billion in seven months',
          'During July-January FY24, IT exports totalled $1.8 billion, the State Bank said.',
        ),
      ],
    ],
    posts: [],
    edits: 0,
  },
  {
    // A fiscal-year-to-date total written "by <month> <year>" was once announced as that month's record, +704.6%.
    name: 'posts nothing for a fiscal-year-to-date total written "by <month> <year>", even called a record',
    historyUpTo: '2024-02',
    ticks: [
      [
        article(
          'dawn',
          '2024-04-17',
          'IT exports reach record $2.28 billion by March 2024',
          "Pakistan's IT exports climbed to a record $2.28 billion by March 2024, the State Bank of Pakistan said.",
        ),
      ],
    ],
    posts: [],
    edits: 0,
  },
  {
    name: 'posts nothing for totals written "till March", "up to the end of March" or "مارچ 2024 تک"',
    historyUpTo: '2024-02',
    ticks: [
      [
        article(
          'tribune',
          '2024-04-17',
          'IT exports total $2.28 billion till March',
          'IT exports totalled an all-time high of $2.28 billion till March, the central bank said.',
        ),
        article(
          'brecorder',
          '2024-04-18',
          'IT exports data',
          'Up to the end of March 2024, IT exports reached the highest-ever $2.28 billion.',
        ),
        article(
          'dawn',
          '2024-04-18',
          'آئی ٹی برآمدات کی ریکارڈ سطح',
          'مارچ 2024 تک آئی ٹی برآمدات 2 ارب 28 کروڑ ڈالر کی ریکارڈ سطح پر پہنچ گئیں۔',
        ),
      ],
    ],
    posts: [],
    edits: 0,
  },
  {
    name: 'alerts on the month\'s own record beside a fiscal-year-to-date total written "by <month> <year>"',
    historyUpTo: '2024-02',
    ticks: [
      [
        article(
          'dawn',
          '2024-04-17',
          'IT exports hit all-time high in March',
          "Pakistan's IT exports reached $2.28 billion by March 2024. In March alone they hit an all-time high of $306 million, the State Bank said.",
        ),
      ],
    ],
    posts: [{ month: '2024-03', value: 306_000_000, outlets: ['Dawn'] }],
    edits: 0,
  },
  {
    name: 'alerts on a claimed record over a stale history, and says the history is incomplete',
    historyUpTo: '2023-05',
    ticks: [[JAN_RECORD_DAWN]],
    posts: [{ month: '2024-01', value: 320_000_000, outlets: ['Dawn'], historyIncomplete: true }],
    edits: 0,
  },
  {
    name: 'posts nothing over a stale history when the article does not claim a record',
    historyUpTo: '2023-05',
    ticks: [[JAN_RECORD_BR]],
    posts: [],
    edits: 0,
  },
  {
    name: "stores a new source's first tick without alerting, then alerts on its next record",
    historyUpTo: '2023-12',
    newSources: ['ary'],
    ticks: [
      [{ ...JAN_RECORD_DAWN, outlet: 'ary' }],
      [
        article(
          'ary',
          '2024-03-15',
          'IT exports hit all-time high in February',
          "Pakistan's IT exports rose to an all-time high of $340 million in February 2024, the State Bank said.",
        ),
      ],
    ],
    posts: [{ month: '2024-02', value: 340_000_000, outlets: ['ARY News'] }],
    edits: 0,
  },
  {
    name: 'posts nothing when an article recalls the record month the history already holds',
    historyUpTo: '2023-12',
    ticks: [
      [
        article(
          'dawn',
          '2024-01-25',
          'A look back at December IT exports',
          "Pakistan's IT exports in December 2023 were $303 million, the highest ever.",
        ),
      ],
    ],
    posts: [],
    edits: 0,
  },
  {
    name: 'learns from a comparison mention that a lower month is no record',
    historyUpTo: '2023-11',
    ticks: [
      [
        article(
          'brecorder',
          '2024-02-16',
          'IT exports dip in January',
          'IT exports in January 2024 were $280 million, lower than $303 million in December 2023.',
        ),
      ],
    ],
    posts: [],
    edits: 0,
  },
];

// The same cases on both stores: the record rule runs inside each store's own transaction.
describe.each(STORE_KINDS)('the record rule, from articles to Discord, on $name', (kind) => {
  let world: World | undefined;
  beforeEach((ctx) => {
    if (!kind.available) ctx.skip(`PostgreSQL tests skipped: ${kind.skipReason}`);
  });
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it.each(CASES)('$name', async (c) => {
    world = await recordWorld(c.historyUpTo, kind.name, c.newSources);
    for (const articles of c.ticks) {
      const summary = await world.tick(articles);
      expect(summary.sources.every((s) => s.status === 'ok')).toBe(true);
    }
    const messages = [...world.discord.messages.values()];
    expect(messages).toHaveLength(c.posts.length);
    const alerts = await world.store.alerts();
    const either = (v: number | readonly number[]) => (typeof v === 'number' ? v : expect.toBeOneOf([...v]));
    expect(
      alerts.map((a) => ({ month: a.month, value: a.value, status: a.status, historyIncomplete: a.historyIncomplete })),
    ).toEqual(
      c.posts.map((p) => ({
        month: p.month,
        value: either(p.value),
        status: 'sent',
        historyIncomplete: p.historyIncomplete ?? false,
      })),
    );
    c.posts.forEach((p, i) => {
      const outlets = alerts[i]!.sources.map((s) => s.outlet);
      if (c.ticks.some((t) => t.length > 1)) expect([...outlets].sort()).toEqual([...p.outlets].sort());
      else expect(outlets).toEqual(p.outlets);
      expect(alerts[i]!.messageId).toBe(messages[i]!.id);
      // The message as it stands in the channel lists every outlet.
      const shown = JSON.stringify(messages[i]!.embeds);
      for (const outlet of p.outlets) expect(shown).toContain(outlet);
      expect(shown.includes('history held here is incomplete')).toBe(p.historyIncomplete ?? false);
    });
    expect(messages.reduce((n, m) => n + m.editCount, 0)).toEqual(either(c.edits));
    const history = await world.store.history('pk-it-exports');
    expect(history.months.filter((m) => m.disputed.length > 0).map((m) => m.month)).toEqual(c.disputed ?? []);
    expect(world.discord.errors).toEqual([]);
  });

  it('keeps the comparison mention in the history, below what a reported figure would weigh', async () => {
    world = await recordWorld('2023-11', kind.name);
    await world.tick([
      article(
        'brecorder',
        '2024-02-16',
        'IT exports dip in January',
        'IT exports in January 2024 were $280 million, lower than $303 million in December 2023.',
      ),
    ]);
    const months = (await world.store.history('pk-it-exports')).months;
    expect(months.find((m) => m.month === '2023-12')).toMatchObject({
      value: 303_000_000,
      basis: 'comparison',
      outlets: ['Business Recorder'],
    });
    expect(months.find((m) => m.month === '2024-01')).toMatchObject({ value: 280_000_000, basis: 'reported-month' });
  });

  it('stores every figure with its provenance: URL, outlet, publication date, evidence, role, confidence', async () => {
    world = await recordWorld('2023-12', kind.name);
    await world.tick([JAN_RECORD_DAWN]);
    const jan = (await world.store.history('pk-it-exports')).months.find((m) => m.month === '2024-01')!;
    expect(jan.observations).toEqual([
      expect.objectContaining({
        value: 320_000_000,
        role: 'reported-month',
        confidence: 0.9,
        recordClaim: true,
        outlet: OUTLETS.dawn,
        published: '2024-02-16',
        verdict: 'record',
        mode: 'live',
        evidence:
          "Pakistan's IT exports rose to an all-time high of $320 million in January 2024, the State Bank of Pakistan said.",
      }),
    ]);
    expect(jan.observations[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dawn\/2024\/02\/16\//);
  });

  it('counts a corrected article once: its old figures are superseded, not doubled', async () => {
    world = await recordWorld('2023-12', kind.name);
    const url = world.newsSite.publish('dawn', JAN_RECORD_DAWN);
    await world.tick([]);
    world.deps.sources = [{ id: 'dawn', outlet: 'Dawn', kind: 'rss', url: world.newsSite.feedUrl('dawn') }];
    await world.store.markSourceKnown('dawn');
    await world.tick([]);
    world.newsSite.revise(url, {
      ...JAN_RECORD_DAWN,
      paragraphs: [
        "Pakistan's IT exports rose to an all-time high of $322 million in January 2024, the State Bank of Pakistan said.",
      ],
    });
    // The article is already stored, so the feed does not fetch it again; an `article` source re-reads it.
    world.deps.sources = [...world.deps.sources, { id: 'dawn-page', outlet: 'Dawn', kind: 'article', url }];
    await world.store.markSourceKnown('dawn-page');
    await world.tick([]);
    const jan = (await world.store.history('pk-it-exports')).months.find((m) => m.month === '2024-01')!;
    expect(jan.observations.map((o) => o.value)).toEqual([322_000_000]);
    // No second record alert: the posted one is corrected to the revised figure, with one follow-up.
    const [alert] = await world.store.alerts();
    expect(alert).toMatchObject({ status: 'corrected', correction: { kind: 'revised', value: 322_000_000 } });
    expect([...world.discord.messages.values()].map((m) => m.embeds[0]?.title)).toEqual([
      'Record corrected: Pakistan IT exports',
      'Correction: Pakistan IT exports, January 2024',
    ]);
  });

  it('corrects the posted alert when a newer report revises the month, and posts one follow-up', async () => {
    world = await recordWorld('2023-12', kind.name);
    await world.tick([JAN_RECORD_DAWN]);
    await world.tick([
      article(
        'tribune',
        '2024-03-05',
        'January IT exports revised up',
        "Pakistan's IT exports were revised to $331 million for January 2024, the central bank said.",
      ),
    ]);
    const [alert] = await world.store.alerts();
    expect(alert).toMatchObject({
      status: 'corrected',
      value: 320_000_000,
      correction: { kind: 'revised', value: 331_000_000, outlets: ['The Express Tribune'] },
      followUp: { pending: false },
    });
    const [posted, followUp] = [...world.discord.messages.values()];
    expect(world.discord.messages.size).toBe(2);
    expect(posted!.id).toBe(alert!.messageId);
    expect(posted!.editCount).toBe(1);
    expect(posted!.embeds[0]?.description).toMatch(
      /^~~\$320 million~~ \*\*\$331 million in January 2024\*\*, still the highest month on record\./,
    );
    expect(JSON.stringify(posted!.embeds)).toContain('The Express Tribune');
    expect(followUp!.embeds[0]?.description).toMatch(
      /^The record posted for January 2024 \(\$320 million\) was revised: /,
    );
    expect(followUp!.id).toBe(alert!.followUp?.messageId);
  });
});
