import { describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxYzAb.config-dump-token-0123456789';
const env = {
  DISCORD_TOKEN: TOKEN,
  DISCORD_CHANNEL_ID: '1100000000000000002',
  METRICS_PORT: '9464',
  SHUTDOWN_TIMEOUT: '45s',
};

describe('exportwatch config', () => {
  it('lists the effective settings, one per line, with the bot token redacted', () => {
    const { status, stdout } = exportwatch(['config'], { env });
    expect(status).toBe(0);
    expect(stdout).not.toContain(TOKEN);
    expect(stdout).toMatch(/^notifier\.kind +discord-bot$/m);
    expect(stdout).toMatch(/^notifier\.token +\[redacted\]$/m);
    expect(stdout).toMatch(/^metrics\.host +127\.0\.0\.1$/m);
    expect(stdout).toMatch(/^shutdownTimeoutMs +45000$/m);
    expect(stdout).toMatch(/^series +3: pk-it-exports, /m);
    expect(stdout).not.toMatch(/secrets/);
  });

  it('prints one JSON object with --json, the webhook URL redacted', () => {
    const hook = `https://discord.com/api/webhooks/1100000000000000009/${'w'.repeat(68)}`;
    const { status, stdout } = exportwatch(['config', '--json'], { env: { DISCORD_WEBHOOK_URL: hook } });
    expect(status).toBe(0);
    expect(stdout).not.toContain('w'.repeat(68));
    expect(JSON.parse(stdout)).toMatchObject({
      notifier: { kind: 'discord-webhook', webhookUrl: '[redacted]' },
      metrics: null,
      schedule: '*/30 * * * *',
    });
  });

  it('exits 2 and names the key when a value is bad', () => {
    const { status, stderr } = exportwatch(['config'], { env: { HEALTH_MAX_TICK_AGE: 'two hours' } });
    expect(status).toBe(2);
    expect(stderr).toMatch(/HEALTH_MAX_TICK_AGE: a duration such as 30s, 15m or 2h/);
  });
});
