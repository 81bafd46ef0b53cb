import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { exportwatchAsync } from '../support/cli.js';
import { FAKE_IDS, FakePermission, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { pngSize } from './helpers.js';

const TOKEN = 'test-bot-token-0123456789';
const NO_FILES = '1100000000000000011';
let fake: FakeDiscord;
let dir: string;

beforeEach(async () => {
  fake = await startFakeDiscord({
    botToken: TOKEN,
    channels: [
      { id: FAKE_IDS.channel, name: 'alerts' },
      { id: NO_FILES, name: 'no-files', deny: FakePermission.AttachFiles },
    ],
  });
  dir = mkdtempSync(join(tmpdir(), 'exportwatch-cli-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  expect(fake.errors).toEqual([]);
});

const bot = (extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_CHANNEL_ID: FAKE_IDS.channel,
  DISCORD_API_URL: fake.url,
  DATABASE_PATH: join(dir, 'ew.db'),
  LOG_LEVEL: 'silent',
  ...extra,
});
const webhook = (url: string) => ({
  DISCORD_WEBHOOK_URL: url,
  DISCORD_API_URL: fake.url,
  DATABASE_PATH: join(dir, 'ew.db'),
  LOG_LEVEL: 'silent',
});

describe('exportwatch doctor', () => {
  it('passes a bot that may post embeds and files in its channel, and sends nothing', async () => {
    const { status, stdout } = await exportwatchAsync(['doctor'], { env: bot() });
    expect(stdout).toMatch(/^✓ config {2,}\S+\/config\/default\.json: 3 series, \d+ sources$/m);
    expect(stdout).toMatch(/^✓ database {2,}\S+\/ew\.db \(created\): 0 alerts, 0 pending, 0 failed$/m);
    expect(stdout).toMatch(/^✓ chart\s+drawn with the shipped font/m);
    expect(stdout).toMatch(/^✓ bot token\s+signed in as exportwatch-test-bot \(1100000000000000003\)$/m);
    expect(stdout).toMatch(
      /^✓ channel 1100000000000000002\s+#alerts \(for default\): View Channel, Send Messages, Embed Links, Attach Files, Read Message History$/m,
    );
    expect(stdout.trim().endsWith('All checks passed.')).toBe(true);
    expect(status).toBe(0);
    expect(fake.messages.size).toBe(0);
  });

  it('fails with what to fix when a series channel denies Attach Files', async () => {
    const { status, stdout } = await exportwatchAsync(['doctor'], {
      env: bot({ DISCORD_SERIES_CHANNELS: `pk-textile-exports=${NO_FILES}` }),
    });
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /^✗ channel 1100000000000000011\s+#no-files \(for pk-textile-exports\): the bot lacks Attach Files$/m,
    );
    expect(stdout).toMatch(
      /fix: in Discord, open #no-files → Edit Channel → Permissions and allow Attach Files for the bot's role$/m,
    );
    expect(stdout.trim().endsWith('1 check failed.')).toBe(true);
  });

  it('fails naming DISCORD_TOKEN when Discord rejects the token, and never prints the token', async () => {
    const wrong = 'wrong-token-wrong-token-0123';
    const { status, stdout, stderr } = await exportwatchAsync(['doctor'], { env: bot({ DISCORD_TOKEN: wrong }) });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^✗ bot token\s+Discord rejected DISCORD_TOKEN \(401 0: 401: Unauthorized\)$/m);
    expect(stdout).toMatch(
      /fix: reset the bot's token in the Discord developer portal \(Bot → Reset Token\) and set DISCORD_TOKEN$/m,
    );
    expect(stdout + stderr).not.toContain(wrong);
  });

  it('fails naming the channel id when the channel does not exist', async () => {
    const { status, stdout } = await exportwatchAsync(['doctor'], {
      env: bot({ DISCORD_CHANNEL_ID: '1199999999999999999' }),
    });
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /^✗ channel 1199999999999999999\s+channel 1199999999999999999 does not exist or the bot is not in its server \(404 10003: Unknown Channel\)$/m,
    );
  });

  it('passes a webhook that exists, and names DISCORD_WEBHOOK_URL when it was deleted', async () => {
    const ok = await exportwatchAsync(['doctor'], { env: webhook(fake.discordWebhookUrl()) });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^✓ webhook\s+"Captain Hook" posts in channel 1100000000000000002$/m);
    const gone = await exportwatchAsync(['doctor'], {
      env: webhook('https://discord.com/api/webhooks/1199999999999999998/abc'),
    });
    expect(gone.status).toBe(1);
    expect(gone.stdout).toMatch(
      /fix: create a new webhook in the channel's Integrations settings and set DISCORD_WEBHOOK_URL$/m,
    );
  });

  it('warns that alerts go to stdout when Discord is not configured', async () => {
    const { status, stdout } = await exportwatchAsync(['doctor'], { env: { DATABASE_PATH: join(dir, 'ew.db') } });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^! discord\s+not configured: alerts are printed to stdout$/m);
    expect(stdout.trim().endsWith('Ready, with 1 warning.')).toBe(true);
  });

  it('exits 2 naming the key when the configuration is invalid', async () => {
    const { status, stdout } = await exportwatchAsync(['doctor'], {
      env: bot({ DISCORD_SERIES_CHANNELS: 'pk-cars=1100000000000000020' }),
    });
    expect(status).toBe(2);
    expect(stdout).toMatch(
      /^✗ config\s+DISCORD_SERIES_CHANNELS: "pk-cars" is not a series in the config file; known series: pk-it-exports, pk-textile-exports, pk-remittances$/m,
    );
  });
});

describe('exportwatch notify-test', () => {
  it('posts a test alert marked as such, with its chart, and stores no alert', async () => {
    const { status, stdout } = await exportwatchAsync(['notify-test'], { env: bot() });
    expect(status).toBe(0);
    const [message] = [...fake.messages.values()];
    expect(stdout).toBe(`Posted a test alert (message ${message?.id}) through discord-bot.\n`);
    expect(message?.embeds[0]).toMatchObject({
      title: '[TEST] New monthly record: Pakistan IT exports',
      color: 0x64748b,
      footer: { text: 'TEST · pk-it-exports · December 2025 · exportwatch' },
    });
    expect(message?.embeds[0]?.description).toContain(
      'This is a test message from `exportwatch notify-test`, not a new record.',
    );
    expect(message?.attachments.map((a) => a.filename)).toEqual(['pk-it-exports-2025-12.png']);
    const store = createSqliteStore(join(dir, 'ew.db'));
    expect(await store.alerts()).toEqual([]);
    await store.close();
  });

  it('exits 1 with what to fix when Discord refuses it', async () => {
    const { status, stderr } = await exportwatchAsync(['notify-test'], {
      env: bot({ DISCORD_CHANNEL_ID: '1199999999999999999' }),
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^exportwatch notify-test: not posted: channel 1199999999999999999 does not exist .*: check DISCORD_CHANNEL_ID/m,
    );
  });
});

describe('exportwatch chart', () => {
  it('writes the chart of a series from the database history', async () => {
    const out = join(dir, 'chart.png');
    const { status, stdout } = await exportwatchAsync(['chart', 'pk-it-exports', '--out', out], {
      env: { DATABASE_PATH: join(dir, 'ew.db'), LOG_LEVEL: 'silent' },
    });
    expect(status).toBe(0);
    const size = pngSize(readFileSync(out));
    expect(stdout).toBe(
      `Wrote ${out} (${size?.width}×${size?.height}, ${Math.round(readFileSync(out).length / 1024)} KB): Pakistan IT exports, $437 million in December 2025, previous record $386 million in October 2025.\n`,
    );
  });

  it('draws a chosen month against the record before it', async () => {
    const out = join(dir, 'apr.png');
    const { status, stdout } = await exportwatchAsync(['chart', 'pk-it-exports', '--month', '2024-04', '--out', out], {
      env: { DATABASE_PATH: join(dir, 'ew.db'), LOG_LEVEL: 'silent' },
    });
    expect(status).toBe(0);
    expect(stdout).toContain(
      'Pakistan IT exports, $310 million in April 2024, previous record $306 million in March 2024.',
    );
  });

  it('exits 2 for a series the config does not track, and 1 for a series with no history', async () => {
    const env = { DATABASE_PATH: join(dir, 'ew.db'), LOG_LEVEL: 'silent' };
    const unknown = await exportwatchAsync(['chart', 'pk-cars', '--out', join(dir, 'x.png')], { env });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'exportwatch chart: unknown series "pk-cars"; the config tracks: pk-it-exports, pk-textile-exports, pk-remittances\n',
    );
    const empty = await exportwatchAsync(['chart', 'pk-remittances', '--out', join(dir, 'x.png')], { env });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(
      /^exportwatch chart: pk-remittances has no history in .*ew\.db; run `exportwatch run` or load history first\n$/,
    );
  });
});
