import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

const BOT = { DISCORD_TOKEN: 'x'.repeat(40), DISCORD_CHANNEL_ID: '1100000000000000002' };

describe('the Discord part of the configuration', () => {
  it('reads a channel per series and a role to mention', () => {
    const config = loadConfig({
      ...BOT,
      DISCORD_SERIES_CHANNELS: ' pk-textile-exports = 1100000000000000020 , pk-remittances=1100000000000000021,',
      DISCORD_ROLE_ID: '1100000000000000077',
    });
    expect(config.notifier).toMatchObject({
      kind: 'discord-bot',
      channelId: '1100000000000000002',
      roleId: '1100000000000000077',
      channels: { 'pk-textile-exports': '1100000000000000020', 'pk-remittances': '1100000000000000021' },
    });
  });

  it.each([
    [
      { ...BOT, DISCORD_SERIES_CHANNELS: 'pk-cars=1100000000000000020' },
      'DISCORD_SERIES_CHANNELS: "pk-cars" is not a series in the config file; known series: pk-it-exports, pk-textile-exports, pk-remittances',
    ],
    [
      { ...BOT, DISCORD_SERIES_CHANNELS: 'pk-remittances:1100000000000000020' },
      'DISCORD_SERIES_CHANNELS: "pk-remittances:1100000000000000020" is not series=channel-id, like pk-textile-exports=123456789012345678',
    ],
    [
      { ...BOT, DISCORD_SERIES_CHANNELS: 'pk-remittances=1100000000000000020,pk-remittances=1100000000000000021' },
      'DISCORD_SERIES_CHANNELS: series "pk-remittances" is given two channels',
    ],
    [
      {
        DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1100000000000000005/abc',
        DISCORD_SERIES_CHANNELS: 'pk-remittances=1100000000000000020',
      },
      'DISCORD_SERIES_CHANNELS: needs bot mode',
    ],
    [{ ...BOT, DISCORD_ROLE_ID: 'analysts' }, 'DISCORD_ROLE_ID: a Discord snowflake id'],
  ])('refuses %j naming the key', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('keeps the webhook token itself among the secrets redacted from logs', () => {
    const token = 'T0k3n-abcdefghijklmnopqrstuvwxyz';
    expect(
      loadConfig({ DISCORD_WEBHOOK_URL: `https://discord.com/api/webhooks/1100000000000000005/${token}` }).secrets,
    ).toContain(token);
  });
});
