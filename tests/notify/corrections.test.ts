/**
 * Corrections and held records as each notifier delivers them: a webhook, stdout, and a bot with a
 * review channel. Real ticks, the real outbox and discord.js against the fake Discord.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS } from '../support/fake-discord/index.js';
import { story } from '../support/news-site.js';
import { createWorld, type World } from '../support/world/index.js';

const REVIEW_CHANNEL = '1100000000000000031';

const JANUARY_RECORD = story(
  'dawn',
  '2026-02-17',
  'IT exports hit all-time high in January',
  "Pakistan's IT exports rose to an all-time high of $450 million in January 2026, the State Bank said.",
);
const JANUARY_REVISED_DOWN = story(
  'brecorder',
  '2026-03-02',
  'January IT exports revised down',
  "Pakistan's IT exports were revised to $430 million for January 2026, the central bank said.",
);
const FY_TOTAL_AS_JANUARY = story(
  'dawn',
  '2026-02-18',
  'IT exports climb in seven months',
  'IT exports stood at $2.8 billion in January 2026, the State Bank of Pakistan said on Monday.',
);

let w: World | undefined;
afterEach(async () => {
  if (w && w.deps.notifier.kind !== 'stdout') expect(w.discord.errors).toEqual([]);
  await w?.close();
  w = undefined;
});

const SEEDED = { newsSite: true, seed: { upTo: '2025-12', series: ['pk-it-exports'] } } as const;

describe('a correction', () => {
  it('edits the webhook message and posts one follow-up through the webhook, linking to it', async () => {
    w = await createWorld({ ...SEEDED, discord: {} });
    w.deps.notifier = w.webhook();
    await w.tick([JANUARY_RECORD]);
    await w.tick([JANUARY_REVISED_DOWN]);
    const [edited, followUp] = [...w.discord.messages.values()];
    expect(w.discord.messages.size).toBe(2);
    expect(edited!.webhookId).toBe(FAKE_IDS.webhook);
    expect(edited!.editCount).toBe(1);
    expect(edited!.embeds[0]?.description).toMatch(/^~~\*\*\$450 million in January 2026\*\*/);
    expect(followUp!.webhookId).toBe(FAKE_IDS.webhook);
    expect(followUp!.embeds[0]?.description).toContain(
      `[The alert](https://discord.com/channels/${FAKE_IDS.guild}/${FAKE_IDS.channel}/${edited!.id}) has been corrected.`,
    );
    // A webhook cannot reply; nothing in the follow-up pings anyone.
    const post = w.discord.requests.filter((r) => r.route === 'webhook').at(-1)!;
    expect(post.body).not.toHaveProperty('message_reference');
    expect(post.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('is printed on stdout when no Discord is configured', async () => {
    w = await createWorld({ ...SEEDED, notifier: 'stdout' });
    await w.tick([JANUARY_RECORD]);
    expect(w.output()).toContain('New monthly record: Pakistan IT exports\n$450 million in January 2026');
    await w.tick([JANUARY_REVISED_DOWN]);
    expect(w.output()).toContain(
      "The record posted for January 2026 ($450 million) was no record: January 2026 is $430 million (Business Recorder), not above December 2025's $437 million: no new record.",
    );
    expect(await w.store.alerts()).toMatchObject([{ status: 'corrected', followUp: { pending: false } }]);
  });
});

describe('a held record', () => {
  async function reviewing(): Promise<World> {
    const world = await createWorld({
      ...SEEDED,
      discord: {
        channels: [
          { id: FAKE_IDS.channel, name: 'alerts' },
          { id: REVIEW_CHANNEL, name: 'review' },
        ],
      },
    });
    world.deps.notifier = world.bot({ reviewChannelId: REVIEW_CHANNEL });
    return world;
  }

  it('is posted once in the review channel with its reason, its sentence and how to decide, and nowhere else', async () => {
    w = await reviewing();
    const summary = await w.tick([FY_TOTAL_AS_JANUARY]);
    expect(summary.delivery).toMatchObject({ sent: 0, reviews: 1 });
    await w.restart();
    w.deps.notifier = w.bot({ reviewChannelId: REVIEW_CHANNEL });
    await w.tick([]);
    const messages = [...w.discord.messages.values()];
    expect(messages).toHaveLength(1);
    const [review] = messages;
    expect(review!.channelId).toBe(REVIEW_CHANNEL);
    const [alert] = await w.store.alerts();
    expect(alert).toMatchObject({ status: 'held', review: { pending: false, messageId: review!.id } });
    const embed = review!.embeds[0]!;
    expect(embed.title).toBe('Held, not posted: Pakistan IT exports, January 2026');
    expect(embed.description).toBe(
      `**$2.8 billion in January 2026** would be a record, but $2.8 billion is 6.4× the previous record ($437 million in December 2025); more than 1.5× is held until confirmed.\nIt is posted once an independent outlet reports the same figure, or with \`exportwatch alerts --confirm ${alert!.id}\`; \`exportwatch alerts --reject ${alert!.id}\` drops it.`,
    );
    expect(embed.fields?.find((f) => f.name === 'Read from')?.value).toBe(`“${FY_TOTAL_AS_JANUARY.paragraphs[0]}”`);
    expect(review!.allowedMentions).toEqual({ parse: [] });
  });

  it('is posted in the alert channel once a person confirms it, saying so', async () => {
    w = await reviewing();
    await w.tick([FY_TOTAL_AS_JANUARY]);
    const [held] = await w.store.alerts();
    expect(await w.store.decideAlert(held!.id, 'confirm')).toMatchObject({ status: 'released' });
    expect(await w.store.decideAlert(held!.id, 'confirm')).toMatchObject({ status: 'refused' });
    await w.tick([]);
    const posted = [...w.discord.messages.values()].filter((m) => m.channelId === FAKE_IDS.channel);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.embeds[0]?.fields?.find((f) => f.name === 'An unusually large jump')?.value).toMatch(
      /Held until a person confirmed it\.$/,
    );
  });

  it('is never posted once a person rejects it, and its figure stops counting', async () => {
    w = await reviewing();
    await w.tick([FY_TOTAL_AS_JANUARY]);
    const [held] = await w.store.alerts();
    const decision = await w.store.decideAlert(held!.id, 'reject');
    expect(decision).toMatchObject({
      status: 'rejected',
      alert: { status: 'rejected', correction: { kind: 'rejected', value: null } },
    });
    // A copy of the same story later does not bring it back.
    await w.tick([{ ...FY_TOTAL_AS_JANUARY, outlet: 'ary' }]);
    expect([...w.discord.messages.values()].filter((m) => m.channelId === FAKE_IDS.channel)).toEqual([]);
    expect((await w.store.monthValues('pk-it-exports')).get('2026-01')).toBeUndefined();
  });
});
