/**
 * Proves the fake Discord REST server against the REAL discord.js client (REST + WebhookClient),
 * and pins down the discord.js behaviours our notifier relies on (retries, timeouts, nonces).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, HTTPError, REST, Routes, WebhookClient, type RESTOptions } from 'discord.js';
import {
  FAKE_BOT_TOKEN,
  FAKE_IDS,
  FAKE_WEBHOOK_TOKEN,
  FakePermission,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type RecordedRequest,
} from './index.js';

/** A real 1×1 PNG, so magic-byte sniffing in @discordjs/rest labels it image/png. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const CHANNEL = FAKE_IDS.channel;
const FORBIDDEN_CHANNEL = '1100000000000000010';
const NO_FILES_CHANNEL = '1100000000000000011';

let fake: FakeDiscord;
const clients: { destroy(): void }[] = [];

/** A REST client pointed at the fake (with the non-local guard), torn down after the test. */
function restClient(extra: Partial<RESTOptions> = {}, token = FAKE_BOT_TOKEN): REST {
  const rest = new REST(fake.restOptions(extra)).setToken(token);
  expect(rest.options.api).toBe(fake.url);
  expect(rest.options.api.startsWith('http://127.0.0.1:')).toBe(true);
  clients.push({ destroy: () => (rest.clearHashSweeper(), rest.clearHandlerSweeper()) });
  return rest;
}

function webhookClient(extra: Partial<RESTOptions> = {}): WebhookClient {
  const hook = new WebhookClient(
    { id: FAKE_IDS.webhook, token: FAKE_WEBHOOK_TOKEN },
    { rest: fake.restOptions(extra) },
  );
  expect(hook.rest.options.api).toBe(fake.url);
  clients.push(hook);
  return hook;
}

/** Runs a promise that must reject and returns the rejection for inspection. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

function creates(): RecordedRequest[] {
  return fake.requests.filter((r) => r.route === 'create');
}

async function start(opts: FakeDiscordOptions = {}): Promise<void> {
  fake = await startFakeDiscord({
    channels: [
      { id: CHANNEL, name: 'alerts' },
      { id: FORBIDDEN_CHANNEL, name: 'locked', forbidden: true },
      { id: NO_FILES_CHANNEL, name: 'no-files', deny: FakePermission.AttachFiles },
    ],
    ...opts,
  });
}

beforeEach(async () => {
  await start();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await fake.close();
  expect(fake.errors).toEqual([]);
});

describe('fake Discord: happy paths with the real discord.js client', () => {
  it('records a message with an embed and a PNG attachment, including the file bytes', async () => {
    const rest = restClient();
    const body = {
      content: 'New monthly export record',
      embeds: [
        { title: 'Exports: record month', description: '€1.2bn', fields: [{ name: 'Month', value: '2025-05' }] },
      ],
      attachments: [{ id: 0, description: 'chart' }],
      allowed_mentions: { parse: [] },
    };
    const sent = (await rest.post(Routes.channelMessages(CHANNEL), {
      body,
      files: [{ name: 'chart.png', data: PNG }],
    })) as { id: string; attachments: { filename: string; content_type: string; url: string }[] };

    const request = creates()[0];
    expect(request?.headers.authorization).toBe(`Bot ${FAKE_BOT_TOKEN}`);
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.body).toEqual(body);
    expect(request?.files).toHaveLength(1);
    expect(request?.files[0]).toMatchObject({ field: 'files[0]', name: 'chart.png', contentType: 'image/png' });
    expect(request?.files[0]?.bytes.equals(PNG)).toBe(true);

    const stored = fake.messages.get(sent.id);
    expect(stored).toMatchObject({
      channelId: CHANNEL,
      webhookId: null,
      content: body.content,
      embeds: body.embeds,
      allowedMentions: { parse: [] },
    });
    expect(stored?.attachments[0]).toMatchObject({
      filename: 'chart.png',
      contentType: 'image/png',
      size: PNG.length,
      description: 'chart',
    });
    expect(stored?.attachments[0]?.bytes.equals(PNG)).toBe(true);
    expect(sent.attachments[0]).toMatchObject({ filename: 'chart.png', content_type: 'image/png' });
    // The attachment URL points back at the fake and serves the stored bytes.
    const download = await fetch(sent.attachments[0]?.url ?? '');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('updates the stored message on edit and keeps only the attachments listed', async () => {
    const rest = restClient();
    const first = (await rest.post(Routes.channelMessages(CHANNEL), {
      body: { content: 'draft' },
      files: [{ name: 'a.png', data: PNG }],
    })) as { id: string };

    const edited = (await rest.patch(Routes.channelMessage(CHANNEL, first.id), {
      body: { content: 'final', embeds: [{ title: 'Record' }], attachments: [] },
    })) as { id: string; content: string; edited_timestamp: string | null };

    expect(edited).toMatchObject({ id: first.id, content: 'final' });
    expect(edited.edited_timestamp).not.toBeNull();
    expect(fake.messages.size).toBe(1);
    expect(fake.messages.get(first.id)).toMatchObject({
      content: 'final',
      embeds: [{ title: 'Record' }],
      attachments: [],
      editCount: 1,
    });
  });

  it('answers a webhook execute with ?wait=true with the message, and edits it through the webhook', async () => {
    const hook = webhookClient();
    const sent = await hook.send({
      content: 'via webhook',
      embeds: [{ title: 'Hook' }],
      allowedMentions: { parse: [] },
    });

    expect(sent.id).toMatch(/^\d{17,20}$/);
    const request = fake.requests.find((r) => r.route === 'webhook');
    expect(request?.query).toEqual({ wait: 'true' }); // WebhookClient.send always adds it
    expect(request?.headers.authorization).toBeUndefined(); // webhook routes are sent with auth: false
    expect(fake.messages.get(sent.id)).toMatchObject({
      webhookId: FAKE_IDS.webhook,
      channelId: CHANNEL,
      content: 'via webhook',
    });

    await hook.editMessage(sent.id, { content: 'edited via webhook' });
    expect(fake.messages.get(sent.id)?.content).toBe('edited via webhook');
  });

  it('answers a webhook execute without wait with 204 and no body', async () => {
    const rest = restClient();
    const result = await rest.post(Routes.webhook(FAKE_IDS.webhook, FAKE_WEBHOOK_TOKEN), {
      body: { content: 'fire and forget' },
      auth: false,
    });

    expect(result).toBeInstanceOf(ArrayBuffer); // discord.js hands back the empty, non-JSON body
    expect(fake.requests.at(-1)?.status).toBe(204);
    expect(fake.messages.size).toBe(1);
  });

  it('accepts a WebhookClient built from a discord.com webhook URL while still only talking to the fake', async () => {
    const hook = new WebhookClient({ url: fake.discordWebhookUrl() }, { rest: fake.restOptions() });
    clients.push(hook);
    const sent = await hook.send({ content: 'from url' });
    expect(fake.messages.get(sent.id)?.webhookId).toBe(FAKE_IDS.webhook);
  });

  it('returns the bot identity, the channel, guild roles and member so permissions can be computed', async () => {
    const rest = restClient();
    const me = (await rest.get(Routes.user())) as { id: string; bot: boolean };
    const channel = (await rest.get(Routes.channel(NO_FILES_CHANNEL))) as {
      guild_id: string;
      permission_overwrites: { id: string; type: number; deny: string }[];
    };
    const guild = (await rest.get(Routes.guild(channel.guild_id))) as { roles: { id: string; permissions: string }[] };
    const member = (await rest.get(Routes.guildMember(channel.guild_id, me.id))) as { roles: string[] };

    expect(me).toMatchObject({ id: FAKE_IDS.botUser, bot: true });
    expect(guild.roles.map((r) => r.id)).toEqual([FAKE_IDS.guild, ...member.roles]);
    expect(channel.permission_overwrites).toEqual([
      { id: me.id, type: 1, allow: '0', deny: String(FakePermission.AttachFiles) },
    ]);
    expect(fake.permissionsFor(NO_FILES_CHANNEL) & FakePermission.AttachFiles).toBe(0n);
    expect(fake.permissionsFor(NO_FILES_CHANNEL) & FakePermission.SendMessages).toBe(FakePermission.SendMessages);
  });

  it('refuses any request that is not addressed to the fake, before it leaves the process', async () => {
    const rest = new REST({ ...fake.restOptions(), api: 'https://discord.com/api' }).setToken(FAKE_BOT_TOKEN);
    clients.push({ destroy: () => (rest.clearHashSweeper(), rest.clearHandlerSweeper()) });
    const error = await rejection(rest.get(Routes.user()));
    expect(String(error)).toMatch(/refusing non-local request to https:\/\/discord\.com/);
    expect(fake.requests).toEqual([]);
  });

  it('resolves requested(n) when the nth request arrives, counting the requests before the call', async () => {
    const rest = restClient();
    await rest.get(Routes.user());
    let second = false;
    const waiting = fake.requested(2).then(() => (second = true));
    await fake.requested(1);
    expect(second).toBe(false);
    await rest.get(Routes.channel(CHANNEL));
    await waiting;
    expect(fake.requests.map((r) => r.route)).toEqual(['me', 'channel']);
  });
});

describe('fake Discord: validation and access errors', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an over-long embed title', { embeds: [{ title: 't'.repeat(257) }] }, 'embeds[0].title[BASE_TYPE_MAX_LENGTH]'],
    ['over-long content', { content: 'x'.repeat(2001) }, 'content[BASE_TYPE_MAX_LENGTH]'],
    [
      'more than 10 embeds',
      { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) },
      'embeds[BASE_TYPE_MAX_LENGTH]',
    ],
    [
      'an over-long field value',
      { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] },
      'embeds[0].fields[0].value[BASE_TYPE_MAX_LENGTH]',
    ],
    [
      'embeds totalling over 6000 characters',
      { embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] },
      'embeds[MAX_EMBED_SIZE_EXCEEDED]',
    ],
  ];

  it.each(cases)('rejects %s with 400 Invalid Form Body naming the field', async (_label, body, field) => {
    const error = await rejection(restClient().post(Routes.channelMessages(CHANNEL), { body }));

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ status: 400, code: 50035 });
    expect((error as DiscordAPIError).message).toContain(field); // discord.js flattens `errors` into the message
    expect(fake.messages.size).toBe(0);
  });

  it('keeps the raw errors object naming the title field', async () => {
    const error = (await rejection(
      restClient().post(Routes.channelMessages(CHANNEL), { body: { embeds: [{ title: 't'.repeat(300) }] } }),
    )) as DiscordAPIError;
    expect(error.rawError).toMatchObject({
      code: 50035,
      errors: { embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
  });

  it('rejects an empty message with 400 code 50006 as Discord does', async () => {
    const error = await rejection(restClient().post(Routes.channelMessages(CHANNEL), { body: { content: '' } }));
    expect(error).toMatchObject({ status: 400, code: 50006 });
  });

  it('rejects an attachment over 10 MiB with 413 code 40005', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    const error = await rejection(
      restClient().post(Routes.channelMessages(CHANNEL), {
        body: { content: 'big' },
        files: [{ name: 'big.bin', data: big }],
      }),
    );
    expect(error).toMatchObject({ status: 413, code: 40005 });
    expect(fake.messages.size).toBe(0);
  });

  it('answers 401 to a wrong bot token (and discord.js then drops its token)', async () => {
    const rest = restClient({}, 'wrong-token');
    const error = await rejection(rest.get(Routes.channel(CHANNEL)));
    expect(error).toMatchObject({ status: 401, code: 0 });
    // Surprise: on a 401 @discordjs/rest calls setToken(null); further calls fail locally.
    await expect(rest.get(Routes.channel(CHANNEL))).rejects.toThrow(/Expected token to be set/);
  });

  it('answers 404 Unknown Channel for an unknown channel id', async () => {
    const unknown = '1199999999999999999';
    await expect(restClient().get(Routes.channel(unknown))).rejects.toMatchObject({ status: 404, code: 10003 });
    await expect(restClient().post(Routes.channelMessages(unknown), { body: { content: 'x' } })).rejects.toMatchObject({
      status: 404,
      code: 10003,
    });
  });

  it('answers 404 Unknown Webhook for an unknown webhook id', async () => {
    await expect(
      restClient().get(Routes.webhook('1199999999999999998', 'nope'), { auth: false }),
    ).rejects.toMatchObject({ status: 404, code: 10015 });
  });

  it('answers 403 Missing Permissions for a forbidden channel', async () => {
    await expect(
      restClient().post(Routes.channelMessages(FORBIDDEN_CHANNEL), { body: { content: 'x' } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
  });

  it('refuses files but accepts text in a channel without Attach Files', async () => {
    const rest = restClient();
    await expect(
      rest.post(Routes.channelMessages(NO_FILES_CHANNEL), {
        body: { content: 'x' },
        files: [{ name: 'a.png', data: PNG }],
      }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await expect(
      rest.post(Routes.channelMessages(NO_FILES_CHANNEL), { body: { content: 'text only' } }),
    ).resolves.toMatchObject({ content: 'text only' });
  });
});

describe('fake Discord: injected faults as discord.js experiences them', () => {
  it('has a route 429 waited out and retried by discord.js, landing the message exactly once', async () => {
    fake.fail({ kind: '429-route', route: 'create', retryAfterSeconds: 0.05 });
    await restClient().post(Routes.channelMessages(CHANNEL), { body: { content: 'once' } });

    expect(creates().map((r) => r.status)).toEqual([429, 200]);
    expect(fake.messages.size).toBe(1);
  });

  it('has a global 429 waited out and retried by discord.js, landing the message exactly once', async () => {
    fake.fail({ kind: '429-global', route: 'create', retryAfterSeconds: 0.05 });
    const started = Date.now();
    await restClient().post(Routes.channelMessages(CHANNEL), { body: { content: 'once' } });

    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(creates().map((r) => r.status)).toEqual([429, 200]);
    expect(fake.messages.size).toBe(1);
  });

  it('surfaces a persistent 500 after discord.js made 1 + `retries` attempts (4 with the default retries: 3)', async () => {
    // @discordjs/rest retries 5xx immediately (no back-off) until the attempt counter equals
    // `retries` (default 3), then throws HTTPError. The same counter covers ECONNRESET and timeouts.
    fake.fail({ kind: '500', times: 10, route: 'create' });
    const error = await rejection(restClient().post(Routes.channelMessages(CHANNEL), { body: { content: 'x' } }));

    expect(error).toBeInstanceOf(HTTPError);
    expect(error).toMatchObject({ status: 500 });
    expect(creates()).toHaveLength(4);
    expect(fake.messages.size).toBe(0);
  });

  it('surfaces a 502 on the first attempt when retries is 0', async () => {
    fake.fail({ kind: '502', route: 'create' });
    await expect(
      restClient({ retries: 0 }).post(Routes.channelMessages(CHANNEL), { body: { content: 'x' } }),
    ).rejects.toMatchObject({ status: 502 });
    expect(creates()).toHaveLength(1);
  });

  it('leaves the message stored after reset-after-commit although the client saw an error, and a resend with the same nonce returns that message', async () => {
    const rest = restClient();
    const body = { content: 'exactly once', nonce: 'ew-2025-05-record', enforce_nonce: true };
    // 'fin' = graceful close: undici reports "other side closed", which discord.js does not retry.
    fake.fail({ kind: 'reset-after-commit', route: 'create', hangup: 'fin' });

    const error = await rejection(rest.post(Routes.channelMessages(CHANNEL), { body }));
    expect(String(error)).toMatch(/other side closed/);
    expect(fake.messages.size).toBe(1);
    const [committed] = [...fake.messages.values()];

    const resent = (await rest.post(Routes.channelMessages(CHANNEL), { body })) as { id: string; nonce: string };
    expect(resent.id).toBe(committed?.id);
    expect(resent.nonce).toBe(body.nonce);
    expect(fake.messages.size).toBe(1);
    expect(creates().map((r) => r.status)).toEqual([null, 200]);
  });

  it('gets a reset-after-commit silently retried by discord.js on ECONNRESET, and only the nonce prevents a duplicate', async () => {
    fake.fail({ kind: 'reset-after-commit', route: 'create' }); // default hangup: 'rst'
    await restClient().post(Routes.channelMessages(CHANNEL), { body: { content: 'no nonce' } });
    expect(fake.messages.size).toBe(2); // the duplicate Discord users would see

    fake.clear();
    fake.fail({ kind: 'reset-after-commit', route: 'create' });
    const sent = (await restClient().post(Routes.channelMessages(CHANNEL), {
      body: { content: 'with nonce', nonce: 'n-1', enforce_nonce: true },
    })) as { id: string };
    expect(fake.messages.size).toBe(1);
    expect(fake.messages.has(sent.id)).toBe(true);
    expect(creates()).toHaveLength(2);
  });

  it('surfaces a plain reset as ECONNRESET and stores nothing when retries is 0', async () => {
    fake.fail({ kind: 'reset', route: 'create' });
    const error = await rejection(
      restClient({ retries: 0 }).post(Routes.channelMessages(CHANNEL), { body: { content: 'x' } }),
    );
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect(fake.messages.size).toBe(0);
  });

  it('aborts a slow answer at the discord.js timeout, while the server still commits the message later', async () => {
    fake.fail({ kind: 'slow', route: 'create', delayMs: 300 });
    const error = await rejection(
      restClient({ timeout: 100, retries: 0 }).post(Routes.channelMessages(CHANNEL), { body: { content: 'late' } }),
    );

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(fake.messages.size).toBe(0);
    await fake.settled();
    expect(fake.messages.size).toBe(1);
  });

  it('delivers a slow answer that stays within the timeout', async () => {
    fake.fail({ kind: 'slow', route: 'webhook', delayMs: 100 });
    const started = Date.now();
    const sent = await webhookClient({ timeout: 2000 }).send({ content: 'slow but fine' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(fake.messages.has(sent.id)).toBe(true);
  });

  it('applies faults only to the targeted route and only as many times as asked', async () => {
    fake.fail({ kind: '500', route: 'edit', times: 1 });
    const rest = restClient({ retries: 0 });
    const sent = (await rest.post(Routes.channelMessages(CHANNEL), { body: { content: 'a' } })) as { id: string };
    await expect(
      rest.patch(Routes.channelMessage(CHANNEL, sent.id), { body: { content: 'b' } }),
    ).rejects.toBeInstanceOf(HTTPError);
    await rest.patch(Routes.channelMessage(CHANNEL, sent.id), { body: { content: 'c' } });

    expect(fake.requests.map((r) => `${r.route}:${r.status}`)).toEqual(['create:200', 'edit:500', 'edit:200']);
    expect(fake.pendingFaults()).toEqual([]);
    expect(fake.messages.get(sent.id)?.content).toBe('c');
  });
});
