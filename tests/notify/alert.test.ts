import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS } from '../support/fake-discord/index.js';
import { createWorld, type World } from '../support/world/index.js';
import { APRIL_2024, NOTIFYING, pngSize } from './helpers.js';

const ROLE = '1100000000000000077';
const TEXTILE_CHANNEL = '1100000000000000020';

let world: World;
afterEach(async () => {
  await world?.close();
  expect(world?.discord.errors ?? []).toEqual([]);
});

function onlyMessage() {
  const messages = [...world.discord.messages.values()];
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('a record alert as Discord receives it', () => {
  it('shows value, month, margin over the previous record, year-on-year change, the source and the series', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({
      ...APRIL_2024,
      source: {
        url: 'https://propakistani.pk/2024/05/18/it-exports-record/',
        outlet: 'ProPakistani',
        title: "Pakistan's IT exports hit record $310 million in April",
        published: '2024-05-18',
      },
    });

    const outcome = await world.bot().send(world.view(alert));

    const message = onlyMessage();
    expect(outcome).toEqual({ status: 'sent', messageId: message.id });
    const embed = message.embeds[0]!;
    expect(embed.title).toBe('New monthly record: Pakistan IT exports');
    expect(embed.description).toBe(
      '**$310 million in April 2024**, the highest month on record.\n+$4 million (+1.3%) over the previous record: $306 million in March 2024.',
    );
    expect(embed.fields).toEqual([
      { name: 'Year on year', value: '+62.3% on Apr 2023 ($191 million)', inline: true },
      { name: 'Reported', value: '18 May 2024 by ProPakistani', inline: true },
      {
        name: 'Source',
        value:
          "**ProPakistani** · [Pakistan's IT exports hit record $310 million in April](https://propakistani.pk/2024/05/18/it-exports-record/)",
        inline: false,
      },
    ]);
    expect(embed.url).toBe('https://propakistani.pk/2024/05/18/it-exports-record/');
    expect(embed.footer?.text).toBe('pk-it-exports · April 2024 · exportwatch');
    expect(embed.timestamp).toBe(alert.createdAt);
    expect(embed.color).toBe(0x15803d);
  });

  it('adds the fiscal-year-to-date total when every month of the fiscal year so far is known', async () => {
    world = await createWorld({ ...NOTIFYING, seed: { upTo: '2025-11' } });
    const alert = await world.report({
      month: '2025-12',
      value: 437_000_000,
      previous: { month: '2025-10', value: 386_000_000 },
      source: { url: 'https://www.brecorder.com/news/1' },
    });

    await world.bot().send(world.view(alert));

    // Jul–Dec 2025: 354 + 337 + 366 + 386 + 356 + 437 = 2,236 million.
    expect(onlyMessage().embeds[0]?.fields).toContainEqual({
      name: 'FY2025-26 to date',
      value: '$2.24 billion (Jul 2025 – Dec 2025)',
      inline: true,
    });
  });

  it('leaves the fiscal-year total out when a month of the fiscal year is missing from the history', async () => {
    world = await createWorld(NOTIFYING); // September 2023 is not in the seed
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    await world.bot().send(world.view(alert));
    expect(onlyMessage().embeds[0]?.fields?.map((f) => f.name)).not.toContain('FY2023-24 to date');
  });

  it('attaches the chart as a PNG shown inside the embed, with a description for screen readers', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });

    await world.bot().send(world.view(alert));

    const message = onlyMessage();
    expect(message.attachments).toHaveLength(1);
    const chart = message.attachments[0]!;
    expect(chart).toMatchObject({ filename: 'pk-it-exports-2024-04.png', contentType: 'image/png' });
    expect(pngSize(chart.bytes)).toEqual({ width: expect.any(Number), height: expect.any(Number) });
    expect(pngSize(chart.bytes)!.width).toBeGreaterThanOrEqual(1200);
    expect(chart.description).toBe(
      'Bar chart of Pakistan IT exports, monthly, the last 24 months; the record $310M in Apr 2024 is highlighted, above the previous record of $306M in Mar 2024.',
    );
    expect(message.embeds[0]?.image?.url).toBe('attachment://pk-it-exports-2024-04.png');
  });

  it('says the record is unconfirmed, in amber, when the history is incomplete', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({
      month: '2024-04',
      value: 310_000_000,
      previous: null,
      historyIncomplete: true,
      source: { url: 'https://propakistani.pk/a' },
    });
    await world.bot().send(world.view(alert));
    const embed = onlyMessage().embeds[0]!;
    expect(embed.color).toBe(0xd97706);
    expect(embed.description).toContain('The history held here is incomplete');
  });

  it('lists the most authoritative outlet first: the State Bank, then newspapers of record, then the rest', async () => {
    world = await createWorld(NOTIFYING);
    await world.report({
      ...APRIL_2024,
      source: { url: 'https://propakistani.pk/a', outlet: 'ProPakistani', published: '2024-05-17' },
    });
    await world.report({
      ...APRIL_2024,
      source: { url: 'https://www.dawn.com/news/1', outlet: 'Dawn', published: '2024-05-18' },
    });
    const alert = await world.report({
      ...APRIL_2024,
      source: {
        url: 'https://www.sbp.org.pk/press/2024/05.htm',
        outlet: 'State Bank of Pakistan',
        published: '2024-05-18',
      },
    });

    await world.bot().send(world.view(alert));

    const sources = onlyMessage().embeds[0]?.fields?.find((f) => f.name === 'Sources (3)')?.value ?? '';
    expect(sources.split('\n').map((l) => /^\*\*([^*]+)\*\*/.exec(l)?.[1])).toEqual([
      'State Bank of Pakistan',
      'Dawn',
      'ProPakistani',
    ]);
    // "Reported" is the earliest report, whoever it was.
    expect(onlyMessage().embeds[0]?.fields).toContainEqual({
      name: 'Reported',
      value: '17 May 2024 by ProPakistani',
      inline: true,
    });
  });

  it('sends every bot alert with a nonce and enforce_nonce, and pings no one', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    await world.bot().send(world.view(alert));
    const create = world.discord.requests.find((r) => r.route === 'create');
    expect(create?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect((create?.body as { nonce: string }).nonce).toMatch(/^[0-9a-f]{25}$/);
    expect(onlyMessage().content).toBe('');
  });

  it('mentions the configured role, and only that role may be pinged', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    await world.bot({ roleId: ROLE }).send(world.view(alert));
    const message = onlyMessage();
    expect(message.content).toBe(`<@&${ROLE}>`);
    expect(message.allowedMentions).toEqual({ parse: [], roles: [ROLE] });
  });

  it('posts each series in its own channel when channels per series are configured', async () => {
    world = await createWorld({
      ...NOTIFYING,
      discord: {
        channels: [
          { id: FAKE_IDS.channel, name: 'alerts' },
          { id: TEXTILE_CHANNEL, name: 'textiles' },
        ],
      },
    });
    const itExports = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    const textile = await world.report({
      series: 'pk-textile-exports',
      month: '2024-04',
      value: 1_700_000_000,
      previous: null,
      historyIncomplete: true,
      source: { url: 'https://propakistani.pk/t' },
    });
    const bot = world.bot({ channels: { 'pk-textile-exports': TEXTILE_CHANNEL } });

    await bot.send(world.view(itExports));
    await bot.send(world.view(textile));

    const byChannel = [...world.discord.messages.values()].map((m) => [m.channelId, m.embeds[0]?.footer?.text]);
    expect(byChannel).toEqual([
      [FAKE_IDS.channel, 'pk-it-exports · April 2024 · exportwatch'],
      [TEXTILE_CHANNEL, 'pk-textile-exports · April 2024 · exportwatch'],
    ]);
  });
});

describe('a record alert through a webhook', () => {
  it('posts with ?wait=true and no Authorization, and the outbox records the message id Discord answered with', async () => {
    world = await createWorld(NOTIFYING);
    await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });

    const summary = await world.deliver(world.webhook());

    const message = onlyMessage();
    expect(summary).toEqual({ sent: 1, edited: 0, failed: 0, retrying: 0 });
    const request = world.discord.requests.find((r) => r.route === 'webhook');
    expect(request?.query).toEqual({ wait: 'true' });
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).not.toHaveProperty('nonce');
    expect(message).toMatchObject({ webhookId: FAKE_IDS.webhook, allowedMentions: { parse: [] } });
    expect(message.attachments.map((a) => a.filename)).toEqual(['pk-it-exports-2024-04.png']);
    expect((await world.store.alerts())[0]).toMatchObject({ status: 'sent', messageId: message.id });
  });
});

describe('when a later outlet reports the same record', () => {
  for (const mode of ['bot', 'webhook'] as const) {
    it(`edits the posted ${mode} message to add the outlet, keeping one chart`, async () => {
      world = await createWorld(NOTIFYING);
      const notifier = mode === 'bot' ? world.bot() : world.webhook();
      await world.report({
        ...APRIL_2024,
        source: { url: 'https://propakistani.pk/a', outlet: 'ProPakistani', title: 'IT exports at record high' },
      });
      await world.deliver(notifier);
      const posted = onlyMessage();

      const extended = await world.report({
        ...APRIL_2024,
        source: {
          url: 'https://www.brecorder.com/news/40303',
          outlet: 'Business Recorder',
          title: 'IT exports rise to $310m',
        },
      });
      const outcome = await notifier.edit(world.view(extended), posted.id);

      const edited = onlyMessage();
      expect(outcome).toEqual({ status: 'sent', messageId: posted.id });
      expect(edited.id).toBe(posted.id);
      expect(edited.editCount).toBe(1);
      const sources = edited.embeds[0]?.fields?.find((f) => f.name === 'Sources (2)')?.value;
      expect(sources).toBe(
        '**Business Recorder** · [IT exports rise to $310m](https://www.brecorder.com/news/40303)\n**ProPakistani** · [IT exports at record high](https://propakistani.pk/a)',
      );
      expect(edited.attachments.map((a) => a.filename)).toEqual(['pk-it-exports-2024-04.png']);
      expect(edited.embeds[0]?.image?.url).toBe('attachment://pk-it-exports-2024-04.png');
    });
  }
});
