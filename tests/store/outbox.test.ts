import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from './stores.js';
import { createDiscordBotNotifier } from '../../src/notify/discord/index.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../src/pipeline/deliver.js';
import { FAKE_IDS } from '../support/fake-discord/index.js';
import type { Published } from '../support/news-site.js';
import { createWorld, type World } from '../support/world/index.js';

const JAN_DAWN: Published = {
  outlet: 'dawn',
  published: '2024-02-16',
  title: 'IT exports hit all-time high in January',
  paragraphs: [
    "Pakistan's IT exports rose to an all-time high of $320 million in January 2024, the State Bank of Pakistan said.",
  ],
};
const JAN_BR: Published = {
  outlet: 'brecorder',
  published: '2024-02-16',
  title: 'IT exports at $320m in January',
  paragraphs: ['IT exports were recorded at $320 million in January 2024, up 18 percent from a year earlier.'],
};

describe.each(STORE_KINDS)('the alert outbox on $name', (kind) => {
  let world: World | undefined;
  beforeEach((ctx) => {
    if (!kind.available) ctx.skip(`PostgreSQL tests skipped: ${kind.skipReason}`);
  });
  let clock = new Date('2024-02-16T10:00:00Z');
  const at = (seconds: number): void => {
    clock = new Date(Date.parse('2024-02-16T10:00:00Z') + seconds * 1000);
  };
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function setUp(): Promise<World> {
    world = await createWorld({
      newsSite: true,
      discord: { botToken: 'test-bot-token-0123456789' },
      seed: { upTo: '2023-12', series: ['pk-it-exports'] },
      store: kind.name,
    });
    at(0);
    world.deps.now = () => clock;
    return world;
  }

  it('waits longer after each failed post, across restarts, then posts once Discord recovers', async () => {
    const w = await setUp();
    // The bot notifier lets discord.js retry a 500 twice: three answers make one failed attempt.
    w.discord.fail({ kind: '500', route: 'create', times: 6 });
    const posts = (): number => w.discord.requests.filter((r) => r.route === 'create').length;

    expect((await w.tick([JAN_DAWN])).delivery.retrying).toBe(1);
    expect((await w.store.alerts())[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: '2024-02-16T10:01:00.000Z',
    });
    expect((await w.store.alerts())[0]?.lastError).toMatch(/Discord answered 500/);

    await w.restart();
    at(59);
    await w.tick([]);
    expect(posts()).toBe(3);
    at(61);
    await w.tick([]);
    expect((await w.store.alerts())[0]).toMatchObject({
      status: 'pending',
      attempts: 2,
      nextAttemptAt: '2024-02-16T10:03:01.000Z',
    });

    await w.restart();
    at(182);
    const summary = await w.tick([]);
    expect(summary.delivery.sent).toBe(1);
    expect(w.discord.messages.size).toBe(1);
    expect((await w.store.alerts())[0]).toMatchObject({
      status: 'sent',
      attempts: 3,
      lastError: null,
      nextAttemptAt: null,
    });
  });

  it('keeps an alert the bot may not post pending with the fix named, and posts it once permission is granted', async () => {
    const w = await setUp();
    w.discord.channels.get(FAKE_IDS.channel)!.forbidden = true;
    const first = await w.tick([JAN_DAWN]);
    expect(first.delivery.retrying).toBe(1);
    const [waiting] = await w.store.alerts();
    // A configuration error is retried every 10 minutes so the alert goes out once someone fixes it.
    expect(waiting).toMatchObject({ status: 'pending', nextAttemptAt: '2024-02-16T10:10:00.000Z' });
    expect(waiting?.lastError).toMatch(/403 50013/);
    at(300);
    expect((await w.tick([])).delivery.sent).toBe(0);

    w.discord.channels.get(FAKE_IDS.channel)!.forbidden = false;
    at(601);
    expect((await w.tick([])).delivery.sent).toBe(1);
    expect(w.discord.messages.size).toBe(1);
  });

  it('marks an alert Discord refuses (400) failed with the reason, and posts it after a retry is asked for', async () => {
    const w = await setUp();
    w.discord.fail({ kind: '400', route: 'create' });
    const first = await w.tick([JAN_DAWN]);
    expect(first.delivery.failed).toBe(1);
    const [failed] = await w.store.alerts();
    expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(failed?.lastError).toMatch(/Discord refused the message \(400 50035/);
    expect((await w.tick([])).delivery.sent).toBe(0);

    expect(await w.store.retryAlert(failed!.id)).toBe(true);
    expect(await w.store.retryAlert(failed!.id)).toBe(false);
    expect((await w.tick([])).delivery.sent).toBe(1);
    expect(w.discord.messages.size).toBe(1);
  });

  it('posts once when Discord kept the post but the answer was lost, and the retry carries the same nonce', async () => {
    const w = await setUp();
    // A graceful hang-up after the message is stored: discord.js reports it and does not retry by itself.
    w.discord.fail({ kind: 'reset-after-commit', route: 'create', hangup: 'fin' });
    expect((await w.tick([JAN_DAWN])).delivery.retrying).toBe(1);
    expect(w.discord.messages.size).toBe(1);
    at(61);
    expect((await w.tick([])).delivery.sent).toBe(1);
    expect(w.discord.messages.size).toBe(1);
    expect((await w.store.alerts())[0]?.messageId).toBe([...w.discord.messages.keys()][0]);
  });

  it('rewrites the message to list every outlet when a post was interrupted by a crash and an outlet was added meanwhile', async () => {
    const w = await setUp();
    w.discord.fail({ kind: '500', route: 'create', times: 4 });
    await w.tick([JAN_DAWN]);
    // The crash: a worker marks the post in flight, Discord stores it, the process dies before recording it.
    const [alert] = await w.store.alerts();
    await w.store.beginDelivery(alert!.id, 'send');
    const notifier = createDiscordBotNotifier({
      token: w.discord.botToken,
      channelId: FAKE_IDS.channel,
      apiUrl: w.discord.url,
    });
    expect((await notifier.send({ ...alert!, seriesName: 'Pakistan IT exports' })).status).toBe('sent');
    await w.restart();
    at(61);
    const summary = await w.tick([JAN_BR]);
    expect(summary.delivery).toMatchObject({ sent: 1, edited: 1 });
    expect(w.discord.messages.size).toBe(1);
    const [message] = [...w.discord.messages.values()];
    expect(message?.editCount).toBe(1);
    expect(JSON.stringify(message?.embeds)).toContain('Business Recorder');
    expect((await w.store.alerts())[0]).toMatchObject({ status: 'sent', editPending: false });
  });

  it('gives up an edit whose message was deleted from the channel, keeping the alert sent', async () => {
    const w = await setUp();
    await w.tick([JAN_DAWN]);
    w.discord.messages.clear();
    const summary = await w.tick([JAN_BR]);
    expect(summary.delivery).toMatchObject({ sent: 0, edited: 0, failed: 1 });
    const [alert] = await w.store.alerts();
    expect(alert).toMatchObject({ status: 'sent', editPending: false });
    expect(alert?.lastError).toMatch(/^edit: message \d+ was deleted in Discord.*\(404 10008/);
  });

  it('retries an edit Discord could not take for now, after the backoff', async () => {
    const w = await setUp();
    await w.tick([JAN_DAWN]);
    w.discord.fail({ kind: '502', route: 'edit', times: 4 });
    expect((await w.tick([JAN_BR])).delivery.retrying).toBe(1);
    expect((await w.store.alerts())[0]).toMatchObject({ editPending: true, nextAttemptAt: '2024-02-16T10:01:00.000Z' });
    at(61);
    expect((await w.tick([])).delivery.edited).toBe(1);
    expect(JSON.stringify([...w.discord.messages.values()][0]?.embeds)).toContain('Business Recorder');
  });
});

describe('the retry schedule', () => {
  it.each([
    { failures: 1, expected: 60_000 },
    { failures: 2, expected: 120_000 },
    { failures: 6, expected: 1_920_000 },
    { failures: 7, expected: 3_600_000 },
    { failures: 30, expected: 3_600_000 },
  ])('waits $expected ms after $failures consecutive failures', ({ failures, expected }) => {
    expect(retryDelayMs(failures, DEFAULT_RETRY_POLICY)).toBe(expected);
  });

  it("waits as long as Discord's Retry-After asks when that is longer", () => {
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, 5 * 60_000)).toBe(5 * 60_000);
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, 1_000)).toBe(240_000);
  });
});
