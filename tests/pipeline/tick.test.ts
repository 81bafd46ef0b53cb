import { afterEach, describe, expect, it } from 'vitest';
import { runTick } from '../../src/pipeline/tick.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';
import { createWorld, type World } from '../support/world/index.js';

describe('a tick against the fixture site', () => {
  let discord: FakeDiscord;
  let world: World;
  afterEach(async () => {
    await world?.close();
  });

  async function setUp(historyUpTo = '2023-11'): Promise<void> {
    world = await createWorld({
      fixtureSite: true,
      seed: { upTo: historyUpTo },
      discord: { botToken: 'test-bot-token-0123456789' },
    });
    discord = world.discord;
  }

  it('posts one Discord alert for the $303 million December 2023 record, and none on the next tick', async () => {
    await setUp();
    const first = await runTick(world.deps);
    expect(first.failed).toBe(false);
    expect(first.articles).toBe(2);
    expect(first.alertsCreated).toBe(1);
    expect(first.delivery.sent).toBe(1);
    expect(discord.messages.size).toBe(1);
    const [message] = [...discord.messages.values()];
    expect(JSON.stringify(message?.embeds)).toContain('$303 million in December 2023');
    expect(message?.allowedMentions).toEqual({ parse: [] });

    const second = await runTick(world.deps);
    expect(second.alertsCreated).toBe(0);
    expect(second.delivery.sent).toBe(0);
    expect(discord.messages.size).toBe(1);
  });

  it('keeps the sent alert with its Discord message id in the database file', async () => {
    await setUp();
    await runTick(world.deps);
    const reopened = createSqliteStore(world.dbPath);
    const alerts = await reopened.alerts();
    await reopened.close();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      series: 'pk-it-exports',
      month: '2023-12',
      value: 303_000_000,
      status: 'sent',
      previous: { month: '2022-03', value: 260_000_000 },
    });
    expect(alerts[0]?.messageId).toBe([...discord.messages.keys()][0]);
  });

  it('posts nothing when the history already holds a higher month', async () => {
    await setUp('2024-12');
    const summary = await runTick(world.deps);
    expect(summary.alertsCreated).toBe(0);
    expect(discord.messages.size).toBe(0);
  });

  it('keeps an alert pending when Discord answers 500, and delivers it on a tick after the retry time', async () => {
    await setUp();
    let clock = new Date('2024-01-18T12:00:00Z');
    world.deps.now = () => clock;
    discord.fail({ kind: '500', route: 'create', times: 4 });
    const first = await runTick(world.deps);
    expect(first.failed).toBe(true);
    expect(first.delivery.retrying).toBe(1);
    expect(discord.messages.size).toBe(0);
    const tooSoon = await runTick(world.deps);
    expect(tooSoon.delivery.sent).toBe(0);
    clock = new Date(clock.getTime() + 61_000);
    const second = await runTick(world.deps);
    expect(second.delivery.sent).toBe(1);
    expect(discord.messages.size).toBe(1);
  });

  it('finishes the tick and reports the source when its feed is missing', async () => {
    await setUp();
    world.deps.sources = [
      { id: 'gone', outlet: 'Gone', kind: 'rss', url: `${world.fixtureSite.baseUrl}/no-such-feed/` },
      ...world.deps.sources,
    ];
    const summary = await runTick(world.deps);
    expect(summary.sources[0]).toMatchObject({ source: 'gone', status: 'error' });
    expect(summary.sources[1]).toMatchObject({ source: 'techwire', status: 'ok', articles: 2 });
    expect(summary.delivery.sent).toBe(1);
  });
});
