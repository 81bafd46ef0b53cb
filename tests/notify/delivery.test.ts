import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS, FAKE_WEBHOOK_TOKEN, FakePermission } from '../support/fake-discord/index.js';
import { createWorld, type World } from '../support/world/index.js';
import { APRIL_2024, NOTIFYING } from './helpers.js';

let world: World;
afterEach(async () => {
  await world?.close();
  expect(world?.discord.errors ?? []).toEqual([]);
});

const UNKNOWN_CHANNEL = '1199999999999999999';
const FORBIDDEN_CHANNEL = '1100000000000000010';
const NO_FILES_CHANNEL = '1100000000000000011';
const NO_EMBEDS_CHANNEL = '1100000000000000012';

async function setUp(): Promise<Awaited<ReturnType<World['report']>>> {
  world = await createWorld({
    ...NOTIFYING,
    discord: {
      channels: [
        { id: FAKE_IDS.channel, name: 'alerts' },
        { id: FORBIDDEN_CHANNEL, name: 'locked', forbidden: true },
        { id: NO_FILES_CHANNEL, name: 'no-files', deny: FakePermission.AttachFiles },
        { id: NO_EMBEDS_CHANNEL, name: 'no-embeds', deny: FakePermission.EmbedLinks },
      ],
    },
  });
  return world.report({
    ...APRIL_2024,
    source: { url: 'https://propakistani.pk/a', outlet: 'ProPakistani', title: 'IT exports at a record' },
  });
}

describe('configuration errors are named with what to fix', () => {
  it('names DISCORD_TOKEN on a 401, keeps the alert for later, and stops calling Discord with the rejected token', async () => {
    const alert = await setUp();
    const bot = world.bot({ token: 'wrong-token-wrong-token-0123' });

    const first = await bot.send(world.view(alert));
    const requests = world.discord.requests.length;
    const second = await bot.send(world.view(alert));

    expect(first).toMatchObject({ status: 'failed', retryable: true, kind: 'config' });
    expect(first.status === 'failed' && first.reason).toMatch(
      /^Discord rejected DISCORD_TOKEN \(401 .*\): reset the bot's token .* and set DISCORD_TOKEN$/,
    );
    expect(second).toEqual(first);
    expect(world.discord.requests).toHaveLength(requests); // no more invalid requests counted against us by Discord
    expect(world.discord.messages.size).toBe(0);
  });

  it('names the channel and the permissions to grant on a 403', async () => {
    const alert = await setUp();
    const outcome = await world.bot({ channelId: FORBIDDEN_CHANNEL }).send(world.view(alert));
    expect(outcome).toMatchObject({ status: 'failed', retryable: true, kind: 'config' });
    expect(outcome.status === 'failed' && outcome.reason).toBe(
      `the bot lacks permission in channel ${FORBIDDEN_CHANNEL} (403 50013: Missing Permissions): give it View Channel, Send Messages, Embed Links and Attach Files there; \`exportwatch doctor\` checks them`,
    );
  });

  it('names DISCORD_CHANNEL_ID on a 404 Unknown Channel', async () => {
    const alert = await setUp();
    const outcome = await world.bot({ channelId: UNKNOWN_CHANNEL }).send(world.view(alert));
    expect(outcome).toMatchObject({ status: 'failed', kind: 'config' });
    expect(outcome.status === 'failed' && outcome.reason).toMatch(
      new RegExp(`^channel ${UNKNOWN_CHANNEL} does not exist .*: check DISCORD_CHANNEL_ID`),
    );
  });

  it('names DISCORD_WEBHOOK_URL when the webhook token is wrong (401) or the webhook was deleted (404)', async () => {
    const alert = await setUp();
    const wrongToken = await world
      .webhook({ webhookUrl: `https://discord.com/api/webhooks/${FAKE_IDS.webhook}/${'y'.repeat(68)}` })
      .send(world.view(alert));
    const deleted = await world
      .webhook({ webhookUrl: `https://discord.com/api/webhooks/1199999999999999998/${FAKE_WEBHOOK_TOKEN}` })
      .send(world.view(alert));
    expect(wrongToken.status === 'failed' && wrongToken.reason).toMatch(
      /^Discord rejected the token in DISCORD_WEBHOOK_URL \(401 50027/,
    );
    expect(deleted.status === 'failed' && deleted.reason).toMatch(
      /^the webhook of DISCORD_WEBHOOK_URL no longer exists \(404 10015.*\): create a new webhook/,
    );
  });

  it('names DISCORD_TOKEN on a 401 also when it comes while looking for an earlier post of a retried alert', async () => {
    await setUp();
    await world.deliver(world.bot({ channelId: FORBIDDEN_CHANNEL }));
    const [retried] = await world.store.alerts();
    expect(retried?.attempts).toBe(1);
    const outcome = await world.bot({ token: 'wrong-token-wrong-token-0123' }).send(world.view(retried!));
    expect(outcome.status === 'failed' && outcome.reason).toMatch(/^Discord rejected DISCORD_TOKEN \(401/);
  });

  it('never writes the bot token into the log', async () => {
    await setUp();
    await world.deliver(world.bot({ channelId: FORBIDDEN_CHANNEL }));
    await world.deliver(world.bot({ token: 'wrong-token-wrong-token-0123' }));
    const text = JSON.stringify(world.logLines());
    expect(text).toContain('DISCORD_TOKEN');
    expect(text).not.toContain(world.discord.botToken);
    expect(text).not.toContain('wrong-token-wrong-token-0123');
  });
});

describe('a message Discord refuses (400)', () => {
  it('is logged with its payload and kept as failed, not retried', async () => {
    await setUp();
    world.discord.fail({ kind: '400', route: 'create' });
    const bot = world.bot();

    const first = await world.deliver(bot);
    const second = await world.deliver(bot);

    expect(first).toEqual({ sent: 0, edited: 0, failed: 1, retrying: 0 });
    expect(second).toEqual({ sent: 0, edited: 0, failed: 0, retrying: 0 });
    expect(world.discord.requests.filter((r) => r.route === 'create')).toHaveLength(1);
    const [stored] = await world.store.alerts();
    expect(stored).toMatchObject({ status: 'failed' });
    expect(stored?.lastError).toMatch(
      /^Discord refused the message \(400 50035: Invalid Form Body\n.*embeds\[0\]\.url\[URL_TYPE_INVALID_URL\]/s,
    );
    const logged = world.logLines().find((l) => l.msg === 'Discord refused the alert') as {
      payload?: { embeds?: Array<{ title?: string }>; nonce?: string };
    };
    expect(logged?.payload?.embeds?.[0]?.title).toBe('New monthly record: Pakistan IT exports');
    expect(logged?.payload?.nonce).toMatch(/^[0-9a-f]{25}$/);
  });
});

describe('permissions short of what an alert needs', () => {
  it('posts the alert without its chart where the bot may not attach files', async () => {
    const alert = await setUp();
    const outcome = await world.bot({ channelId: NO_FILES_CHANNEL }).send(world.view(alert));
    const [message] = [...world.discord.messages.values()];
    expect(outcome).toEqual({ status: 'sent', messageId: message?.id });
    expect(message?.attachments).toEqual([]);
    expect(message?.embeds[0]?.title).toBe('New monthly record: Pakistan IT exports');
    expect(message?.embeds[0]?.image).toBeUndefined();
    expect(world.logLines().map((l) => l.msg)).toContain(
      'Discord refused the chart (no Attach Files permission, or over the upload limit): alert posted without it',
    );
  });

  it('posts the alert without its chart when Discord says the file is over its upload limit (413)', async () => {
    world = await createWorld({ ...NOTIFYING, discord: { maxFileBytes: 1000 } });
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    expect(await world.bot().send(world.view(alert))).toMatchObject({ status: 'sent' });
    expect([...world.discord.messages.values()][0]?.attachments).toEqual([]);
  });

  it('rewrites the alert as text where Discord drops embeds (no Embed Links)', async () => {
    const alert = await setUp();
    await world.bot({ channelId: NO_EMBEDS_CHANNEL }).send(world.view(alert));
    const [message] = [...world.discord.messages.values()];
    expect(message?.embeds).toEqual([]);
    expect(message?.content).toBe(
      "**New monthly record: Pakistan IT exports**\n$310 million in April 2024\nPrevious record: +$4 million, +1.3% over March 2024's $306 million\nProPakistani: IT exports at a record <https://propakistani.pk/a>",
    );
    expect(message?.allowedMentions).toEqual({ parse: [] });
  });
});

describe('rate limits and lost answers', () => {
  it('does not sit out a long rate limit inside the tick: the alert is retryable after the wait Discord asked for', async () => {
    const alert = await setUp();
    world.discord.fail({ kind: '429-route', route: 'create', retryAfterSeconds: 120 });
    const outcome = await world.bot().send(world.view(alert));
    expect(outcome).toMatchObject({ status: 'failed', retryable: true, kind: 'transient' });
    expect(outcome.status === 'failed' && outcome.retryAfterMs).toBeGreaterThanOrEqual(119_000);
    expect(world.discord.messages.size).toBe(0);
  });

  it('finds its own earlier post instead of posting again when the answer was lost and Discord has forgotten the nonce', async () => {
    world = await createWorld({ ...NOTIFYING, discord: { nonceWindowMs: 0 } });
    await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    // The message is stored, then the connection closes before the answer: discord.js reports an error.
    world.discord.fail({ kind: 'reset-after-commit', route: 'create', hangup: 'fin' });
    const bot = world.bot();

    const first = await world.deliver(bot);
    const second = await world.deliver(bot);

    expect(first.retrying).toBe(1);
    expect(second.sent).toBe(1);
    expect(world.discord.messages.size).toBe(1);
    const [message] = [...world.discord.messages.values()];
    expect((await world.store.alerts())[0]).toMatchObject({ status: 'sent', messageId: message?.id });
    expect(world.discord.requests.filter((r) => r.route === 'create')).toHaveLength(1);
  });

  it('webhook mode: an answer lost after Discord stored the message is re-sent by the outbox and shows twice (the documented window)', async () => {
    world = await createWorld(NOTIFYING);
    await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    world.discord.fail({ kind: 'reset-after-commit', route: 'webhook' });
    const hook = world.webhook();

    await world.deliver(hook);
    await world.deliver(hook);

    // discord.js did not re-send it by itself (retries: 0): one post per outbox attempt.
    expect(world.discord.requests.filter((r) => r.route === 'webhook')).toHaveLength(2);
    expect(world.discord.messages.size).toBe(2);
  });
});
