import type { APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeMarkdown, safeUrl } from '../../src/notify/discord/escape.js';
import { DISCORD_LIMITS, fitEmbed, limitProblems } from '../../src/notify/discord/limits.js';
import { noticeContent } from '../../src/notify/discord/notices.js';
import { FAKE_IDS } from '../support/fake-discord/index.js';
import { createWorld, type World } from '../support/world/index.js';
import { APRIL_2024, NOTIFYING } from './helpers.js';

let world: World;
afterEach(async () => {
  await world?.close();
  expect(world?.discord.errors ?? []).toEqual([]);
});

const points = (text: string | undefined): number => Array.from(text ?? '').length;

/** Every text of a stored message against Discord's limits. */
function expectWithinLimits(message: { content: string; embeds: APIEmbed[] }): void {
  expect(points(message.content)).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  let total = 0;
  for (const e of message.embeds) {
    expect(points(e.title)).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(points(e.description)).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(points(f.name)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(points(f.value)).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    total +=
      points(e.title) +
      points(e.description) +
      points(e.footer?.text) +
      (e.fields ?? []).reduce((n, f) => n + points(f.name) + points(f.value), 0);
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

describe('Discord limits with over-long input from the web and the config', () => {
  it('posts an alert whose headline, outlet and URL are thousands of characters long, cut with an ellipsis', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({
      ...APRIL_2024,
      source: {
        url: `https://propakistani.pk/${'long-path/'.repeat(600)}`,
        outlet: `Outlet ${'O'.repeat(3000)}`,
        title: `Record ${'headline '.repeat(800)}`,
      },
    });

    expect(await world.bot().send(world.view(alert))).toMatchObject({ status: 'sent' });

    const message = [...world.discord.messages.values()][0]!;
    expectWithinLimits(message);
    const source = message.embeds[0]?.fields?.find((f) => f.name === 'Source')?.value ?? '';
    // 80 characters of outlet, 140 of headline, and no link: the URL is too long to be one.
    expect(source).toMatch(/^\*\*Outlet O{72}…\*\* · Record (?:headline )+[a-z]*…$/);
    expect(message.embeds[0]?.url).toBeUndefined();
  });

  it('posts an alert with 300 sources, listing those that fit and counting the rest', async () => {
    world = await createWorld(NOTIFYING);
    let alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/0' } });
    for (let i = 1; i < 300; i++)
      alert = await world.report({
        ...APRIL_2024,
        source: {
          url: `https://example.com/${i}`,
          outlet: `Outlet ${i}`,
          title: `Headline number ${i} about the record`,
        },
      });

    expect(await world.bot().send(world.view(alert))).toMatchObject({ status: 'sent' });

    const message = [...world.discord.messages.values()][0]!;
    expectWithinLimits(message);
    const field = message.embeds[0]?.fields?.find((f) => f.name === 'Sources (300)')?.value ?? '';
    const listed = field.split('\n').filter((l) => l.startsWith('**')).length;
    expect(listed).toBeGreaterThan(5);
    expect(field.endsWith(`…and ${300 - listed} more`)).toBe(true);
  });

  it('cuts a series name longer than the 256-character title limit', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    await world.bot().send({ ...world.view(alert), seriesName: 'S'.repeat(1000) });
    const message = [...world.discord.messages.values()][0]!;
    expect(points(message.embeds[0]?.title)).toBe(DISCORD_LIMITS.title);
    expect(message.embeds[0]?.title?.endsWith('S…')).toBe(true);
    expectWithinLimits(message);
  });

  it('posts the alert without its chart when the chart is over the attachment size limit', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a' } });
    expect(await world.bot({ maxAttachmentBytes: 10_000 }).send(world.view(alert))).toMatchObject({ status: 'sent' });
    const message = [...world.discord.messages.values()][0]!;
    expect(message.attachments).toEqual([]);
    expect(message.embeds[0]?.image).toBeUndefined();
    expect(
      world.logLines().some((l) => l.msg === 'chart larger than the attachment limit: alert sent without it'),
    ).toBe(true);
  });

  it('cuts a notice to the 2,000-character content limit', async () => {
    world = await createWorld(NOTIFYING);
    await world.bot().sendNotice({
      kind: 'source-disabled',
      sourceId: 'dawn-business',
      outlet: 'Dawn',
      detail: 'HTTP 503 '.repeat(2000),
    });
    const message = [...world.discord.messages.values()][0]!;
    expect(points(message.content)).toBe(DISCORD_LIMITS.content);
  });

  const tooBig: Array<[string, APIEmbed, RegExp]> = [
    ['a title over 256', { title: 't'.repeat(300) }, /title is 300 characters; Discord allows 256/],
    [
      'a description over 4,096',
      { description: 'd'.repeat(5000) },
      /description is 5000 characters; Discord allows 4096/,
    ],
    [
      'a field value over 1,024',
      { fields: [{ name: 'n', value: 'v'.repeat(2000) }] },
      /fields\[0\]\.value is 2000 characters; Discord allows 1024/,
    ],
    [
      'more than 25 fields',
      { fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v' })) },
      /30 fields; Discord allows 25/,
    ],
    [
      'more than 6,000 characters in all',
      {
        description: 'd'.repeat(4000),
        fields: [
          { name: 'a', value: 'v'.repeat(1024) },
          { name: 'b', value: 'v'.repeat(1024) },
        ],
      },
      /embeds total 6050 characters; Discord allows 6000/,
    ],
  ];

  it.each(tooBig)('names %s as a problem, and fits it to the limits', (_label, embed, problem) => {
    expect(limitProblems({ embeds: [embed] }).join('\n')).toMatch(problem);
    expect(limitProblems({ embeds: [fitEmbed(embed)] })).toEqual([]);
  });

  it('names over-long content and an over-size file as problems', () => {
    expect(limitProblems({ content: 'c'.repeat(2001) })).toEqual(['content is 2001 characters; Discord allows 2000']);
    expect(limitProblems({}, [{ name: 'chart.png', data: Buffer.alloc(DISCORD_LIMITS.attachmentBytes + 1) }])).toEqual([
      `file chart.png is ${DISCORD_LIMITS.attachmentBytes + 1} bytes; the limit is ${DISCORD_LIMITS.attachmentBytes}`,
    ]);
  });
});

describe('mentions and markdown in scraped headlines', () => {
  const INJECTION = `@everyone @here <@&${FAKE_IDS.botRole}> <@${FAKE_IDS.botUser}> <#${FAKE_IDS.channel}> **bold** [click](https://evil.example/x) \`code\` ||spoiler||`;

  it('pings no one and renders the headline as literal text', async () => {
    world = await createWorld(NOTIFYING);
    const alert = await world.report({
      ...APRIL_2024,
      source: { url: 'https://propakistani.pk/a', outlet: '@everyone News', title: INJECTION },
    });

    await world.bot().send(world.view(alert));

    const message = [...world.discord.messages.values()][0]!;
    expect(message.allowedMentions).toEqual({ parse: [] });
    const text = JSON.stringify(message.embeds);
    for (const ping of [
      '@everyone',
      '@here',
      `<@&${FAKE_IDS.botRole}>`,
      `<@${FAKE_IDS.botUser}>`,
      `<#${FAKE_IDS.channel}>`,
    ])
      expect(text).not.toContain(ping);
    const source = message.embeds[0]?.fields?.find((f) => f.name === 'Source')?.value ?? '';
    expect(source).toContain('\\*\\*bold\\*\\* \\[click\\](https:\u200b//evil.example/x) \\`code\\`');
    expect(source).toMatch(/\]\(https:\/\/propakistani\.pk\/a\)$/); // the only link is the article's
  });

  it('allows only the configured role to be pinged, whatever the headline mentions', async () => {
    world = await createWorld(NOTIFYING);
    const role = '1100000000000000077';
    const alert = await world.report({ ...APRIL_2024, source: { url: 'https://propakistani.pk/a', title: INJECTION } });
    await world.webhook({ roleId: role }).send(world.view(alert));
    expect([...world.discord.messages.values()][0]?.allowedMentions).toEqual({ parse: [], roles: [role] });
  });

  it('pings no one with a notice whose detail mentions everyone', async () => {
    world = await createWorld(NOTIFYING);
    await world
      .bot()
      .sendNotice({ kind: 'source-disabled', sourceId: 'x', outlet: '<@&1>', detail: '@everyone page moved' });
    const message = [...world.discord.messages.values()][0]!;
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.content).not.toMatch(/@everyone|<@&1>/);
  });

  it.each([
    ['@everyone', '@\u200beveryone'],
    ['<@&123456789012345678>', '<\u200b@\u200b&123456789012345678>'],
    ['# Heading', '\\# Heading'],
    ['> quote', '\\> quote'],
    ['1. list', '1\\. list'],
    ['a_b*c~d`e|f', 'a\\_b\\*c\\~d\\`e\\|f'],
    ['two\nlines\u202eRTL', 'two linesRTL'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)', null],
    ['https://user:pass@example.com/', null],
    ['https://example.com/a_(b)', 'https://example.com/a_%28b%29'],
    ['not a url', null],
  ])('links %j as %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('styles a notice as one plain line without web markdown', () => {
    expect(
      noticeContent({
        kind: 'source-disabled',
        sourceId: 'dawn-business',
        outlet: 'Dawn',
        detail: '5 failures in a row: HTTP 503 *Service Unavailable*',
      }),
    ).toBe('⏸️ Source paused: Dawn (`dawn-business`) · 5 failures in a row: HTTP 503 \\*Service Unavailable\\*');
  });
});
