/**
 * Holds, confirmations and corrections lose and double nothing across restarts: the worker (store and
 * notifier) is stopped and started again between every two steps, and killed between a follow-up
 * reaching Discord and its outcome being recorded. On SQLite and on PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../store/stores.js';
import { story } from '../support/news-site.js';
import { createWorld, type StoreKindName, type World } from '../support/world/index.js';

/** The steps, in order: each publishes articles (or a person decides) and runs a tick. */
const STEPS: Array<{ name: string; run: (w: World) => Promise<unknown> }> = [
  {
    name: 'a fiscal-year total read as January is held',
    run: (w) =>
      w.tick([
        story(
          'dawn',
          '2026-02-18',
          'IT exports climb in seven months',
          'IT exports stood at $2.8 billion in January 2026, the State Bank of Pakistan said on Monday.',
        ),
      ]),
  },
  {
    name: 'a real February record is posted',
    run: (w) =>
      w.tick([
        story(
          'brecorder',
          '2026-03-17',
          'IT exports hit all-time high in February',
          "Pakistan's IT exports rose to an all-time high of $460 million in February 2026, the State Bank said.",
        ),
      ]),
  },
  {
    name: 'an implausible March jump is held',
    run: (w) =>
      w.tick([
        story(
          'dawn',
          '2026-04-16',
          'IT exports soar in March',
          "Pakistan's IT exports soared to an all-time high of $700 million in March 2026, the State Bank said.",
        ),
      ]),
  },
  {
    name: 'a second outlet confirms March, which is posted',
    run: (w) =>
      w.tick([
        story(
          'tribune',
          '2026-04-17',
          'IT exports at $700m in March',
          'IT exports reached $700 million in March 2026, according to central bank data released on Friday.',
        ),
      ]),
  },
  {
    name: 'February is revised below December, and corrected',
    run: (w) =>
      w.tick([
        story(
          'dawn',
          '2026-04-20',
          'February IT exports revised down',
          "Pakistan's IT exports were revised to $430 million for February 2026, the central bank said.",
        ),
      ]),
  },
  {
    name: 'a person rejects March',
    run: async (w) => {
      const march = (await w.store.alerts()).find((x) => x.month === '2026-03')!;
      return w.store.decideAlert(march.id, 'reject');
    },
  },
  { name: 'the next tick delivers what is due', run: (w) => w.tick([]) },
];

function world(store: StoreKindName): Promise<World> {
  return createWorld({ newsSite: true, discord: {}, seed: { upTo: '2025-12', series: ['pk-it-exports'] }, store });
}

/** Stops the worker and starts a new one on the same database and Discord. */
async function restart(w: World): Promise<void> {
  await w.restart();
  w.deps.notifier = w.bot();
}

describe.each(STORE_KINDS)('restarts between the steps, on $name', (kind) => {
  let w: World | undefined;
  beforeEach((ctx) => {
    if (!kind.available) ctx.skip(`PostgreSQL tests skipped: ${kind.skipReason}`);
  });
  afterEach(async () => {
    expect(w?.discord.errors ?? []).toEqual([]);
    await w?.close();
    w = undefined;
  });

  it('loses and doubles nothing when the worker restarts between any two steps', async () => {
    w = await world(kind.name);
    for (const step of STEPS) {
      await step.run(w);
      await restart(w);
    }
    const alerts = await w.store.alerts();
    expect(alerts.map((x) => [x.month, x.status, x.correction?.kind ?? null])).toEqual([
      ['2026-01', 'held', null],
      ['2026-02', 'corrected', 'not-a-record'],
      ['2026-03', 'corrected', 'rejected'],
    ]);
    expect(alerts.every((x) => !x.editPending && !x.followUp?.pending)).toBe(true);
    const titles = [...w.discord.messages.values()].map((m) => m.embeds[0]?.title);
    // Two records posted and corrected in place, one follow-up for each; the held January never posted.
    expect(titles).toEqual([
      'Record corrected: Pakistan IT exports',
      'Record corrected: Pakistan IT exports',
      'Correction: Pakistan IT exports, February 2026',
      'Correction: Pakistan IT exports, March 2026',
    ]);
    const [february, march] = [...w.discord.messages.values()];
    expect(february!.id).toBe(alerts[1]!.messageId);
    expect(march!.id).toBe(alerts[2]!.messageId);
    expect(JSON.stringify(march!.embeds)).toContain('Dawn');
    expect(JSON.stringify(march!.embeds)).toContain('The Express Tribune');
  });

  it('posts no second follow-up when the worker died after Discord took it and before it was recorded', async () => {
    w = await world(kind.name);
    for (const step of STEPS.slice(1, 2)) await step.run(w);
    // The revision's tick stores the correction; Discord is down for its edit and follow-up.
    w.discord.fail({ kind: '500', route: ['edit', 'create'], times: 6 });
    await STEPS[4]!.run(w);
    const [due] = await w.store.alerts();
    expect(due).toMatchObject({ status: 'corrected', editPending: true, followUp: { pending: true } });

    // The crash: a worker claims the follow-up, Discord stores it, and the process dies before recording it.
    await w.store.beginDelivery(due!.id, 'followup');
    const dying = w.bot();
    expect((await dying.followUp(w.view(due!))).status).toBe('sent');
    expect([...w.discord.messages.values()]).toHaveLength(2);
    await restart(w);

    const summary = await w.deliver(w.deps.notifier);
    expect(summary).toMatchObject({ edited: 1, followUps: 1, failed: 0, retrying: 0 });
    const messages = [...w.discord.messages.values()];
    expect(messages.map((m) => m.embeds[0]?.title)).toEqual([
      'Record corrected: Pakistan IT exports',
      'Correction: Pakistan IT exports, February 2026',
    ]);
    expect((await w.store.alerts())[0]).toMatchObject({ followUp: { pending: false, messageId: messages[1]!.id } });
  });

  it('posts no second follow-up when Discord took it but its answer was lost', async () => {
    w = await world(kind.name);
    await STEPS[1]!.run(w);
    // A graceful hang-up after the follow-up is stored: discord.js reports it and does not retry by itself.
    w.discord.fail({ kind: 'reset-after-commit', route: 'create', hangup: 'fin' });
    const first = await STEPS[4]!.run(w);
    expect(first).toMatchObject({ delivery: { edited: 1, followUps: 0, retrying: 1 } });
    await restart(w);
    expect(await w.deliver(w.deps.notifier)).toMatchObject({ followUps: 1, retrying: 0 });
    expect([...w.discord.messages.values()]).toHaveLength(2);
  });
});
