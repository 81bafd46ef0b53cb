import { afterEach, describe, expect, it } from 'vitest';
import { createNoticeLimiter, NOTICE_FLAGS } from '../../src/notify/discord/notices.js';
import type { Notice } from '../../src/notify/types.js';
import { FAKE_IDS } from '../support/fake-discord/index.js';
import { createWorld, type World } from '../support/world/index.js';
import { NOTIFYING } from './helpers.js';

let world: World;
afterEach(async () => {
  await world?.close();
  expect(world?.discord.errors ?? []).toEqual([]);
});

const disabled: Notice = {
  kind: 'source-disabled',
  sourceId: 'dawn-business',
  outlet: 'Dawn',
  detail: 'failed 5 times in a row (HTTP 503); next try in 6 hours',
};
const recovered: Notice = {
  kind: 'source-recovered',
  sourceId: 'dawn-business',
  outlet: 'Dawn',
  detail: 'read again after 2 days',
};

describe('source notices', () => {
  it('go to the default alert channel as one plain, silent line without link previews', async () => {
    world = await createWorld({
      ...NOTIFYING,
      discord: { channels: [{ id: FAKE_IDS.channel }, { id: '1100000000000000020' }] },
    });
    const bot = world.bot({ channels: { 'pk-textile-exports': '1100000000000000020' } });

    expect(await bot.sendNotice(disabled)).toMatchObject({ status: 'sent' });
    await bot.sendNotice(recovered);

    const messages = [...world.discord.messages.values()];
    expect(messages.map((m) => m.content)).toEqual([
      '⏸️ Source paused: Dawn (`dawn-business`) · failed 5 times in a row (HTTP 503); next try in 6 hours',
      '▶️ Source recovered: Dawn (`dawn-business`) · read again after 2 days',
    ]);
    expect(
      messages.every((m) => m.channelId === FAKE_IDS.channel && m.embeds.length === 0 && m.flags === NOTICE_FLAGS),
    ).toBe(true);
    expect(messages.every((m) => JSON.stringify(m.allowedMentions) === '{"parse":[]}')).toBe(true);
  });

  it('go through a webhook the same way', async () => {
    world = await createWorld(NOTIFYING);
    await world.webhook().sendNotice(disabled);
    expect([...world.discord.messages.values()][0]).toMatchObject({
      webhookId: FAKE_IDS.webhook,
      flags: NOTICE_FLAGS,
      embeds: [],
    });
  });

  it('are held back beyond 4 an hour, saying when the next may go, and flow again an hour later', async () => {
    world = await createWorld(NOTIFYING);
    let now = Date.parse('2026-01-01T00:00:00Z');
    const bot = world.bot({ now: () => now });

    const outcomes = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push(await bot.sendNotice({ ...disabled, sourceId: `source-${i}` }));
      now += 60_000;
    }
    expect(outcomes.map((o) => o.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'failed', 'failed']);
    expect(outcomes[4]).toMatchObject({
      retryable: true,
      kind: 'transient',
      retryAfterMs: 56 * 60_000,
      reason: 'notice held back: at most 4 notices per 60 minutes in the alert channel',
    });
    expect(world.discord.messages.size).toBe(4);

    now += 56 * 60_000;
    expect(await bot.sendNotice(recovered)).toMatchObject({ status: 'sent' });
    expect(world.discord.messages.size).toBe(5);
  });

  it('never hold back record alerts', async () => {
    world = await createWorld(NOTIFYING);
    const bot = world.bot({ noticeLimit: { max: 1, windowMs: 3_600_000 } });
    await bot.sendNotice(disabled);
    const alert = await world.report({
      month: '2024-04',
      value: 310_000_000,
      previous: { month: '2024-03', value: 306_000_000 },
      source: { url: 'https://propakistani.pk/a' },
    });
    expect(await bot.send(world.view(alert))).toMatchObject({ status: 'sent' });
  });
});

describe('the notice limiter', () => {
  it('counts a sliding window', () => {
    let now = 0;
    const limiter = createNoticeLimiter({ max: 2, windowMs: 100 }, () => now);
    expect([limiter.take(), limiter.take(), limiter.take()].map((t) => t.ok)).toEqual([true, true, false]);
    now = 99;
    expect(limiter.take()).toEqual({ ok: false, retryAfterMs: 1 });
    now = 100;
    expect(limiter.take().ok).toBe(true);
  });
});
