/** Secrets never reach a log line, whatever shape they are logged in. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/log.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxYzAb.secret-bot-token-value-0123456789';
const HOOK_TOKEN = 'hK9-webhook-token_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ01';
const WEBHOOK_URL = `https://discord.com/api/webhooks/1100000000000000009/${HOOK_TOKEN}`;

function capture(secrets: string[] = [TOKEN, WEBHOOK_URL]) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger({ level: 'info', secrets, destination, pretty: false });
  return { log, lines, text: () => lines.join('\n') };
}

describe('log lines', () => {
  it('are one JSON object per line with level, time and message', () => {
    const { log, lines } = capture();
    log.info({ sources: 3 }, 'tick finished');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 30,
      msg: 'tick finished',
      sources: 3,
      time: expect.any(Number),
    });
  });

  it('never contain the bot token, in the message, an error, its cause or its own fields', () => {
    const { log, text } = capture();
    const cause = new Error(`401 for Authorization: Bot ${TOKEN}`);
    const error = Object.assign(new Error(`request with ${TOKEN} failed`, { cause }), {
      requestHeaders: { auth: `Bot ${TOKEN}` },
      status: 401,
    });
    log.error({ err: error, other: new AggregateError([new Error(TOKEN)], 'many') }, `failed with ${TOKEN}`);

    expect(text()).not.toContain(TOKEN);
    const line = JSON.parse(text());
    expect(line.msg).toBe('failed with [redacted]');
    expect(line.err).toMatchObject({
      type: 'Error',
      message: 'request with [redacted] failed',
      status: 401,
      cause: { message: '401 for Authorization: Bot [redacted]' },
    });
    expect(line.other.errors[0].message).toBe('[redacted]');
  });

  it('never contain the webhook token, also when it appears without the configured host', () => {
    const { log, text } = capture();
    // discord.js names the URL it called, which is DISCORD_API_URL + /webhooks/<id>/<token>.
    log.warn(
      { url: `http://127.0.0.1:9000/api/v10/webhooks/1100000000000000009/${HOOK_TOKEN}?wait=true` },
      'delivery failed',
    );
    log.warn(`posting to ${WEBHOOK_URL} failed`);
    expect(text()).not.toContain(HOOK_TOKEN);
    expect(text()).toContain('/webhooks/1100000000000000009/[redacted]?wait=true');
    expect(JSON.parse(text().split('\n')[1]!).msg).toBe('posting to [redacted] failed');
  });

  it('never contain a secret bound into a child logger', () => {
    const { log, text } = capture();
    log.child({ endpoint: WEBHOOK_URL }).info('posting');
    expect(text()).not.toContain(HOOK_TOKEN);
  });

  it('mask values under secret-named keys even when they are not configured secrets', () => {
    const { log, text } = capture([]);
    log.info(
      {
        headers: { Authorization: 'Bot some-other-token' },
        notifier: { token: 'not-configured-token' },
        DISCORD_WEBHOOK_URL: 'https://x.test/hook',
      },
      'dump',
    );
    const line = JSON.parse(text());
    expect(line.headers.Authorization).toBe('[redacted]');
    expect(line.notifier.token).toBe('[redacted]');
    expect(line.DISCORD_WEBHOOK_URL).toBe('[redacted]');
  });

  it('survive circular and very deep values without leaking what lies below', () => {
    const { log, text } = capture();
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    let deep: Record<string, unknown> = { leaf: TOKEN };
    for (let i = 0; i < 20; i++) deep = { deeper: deep };
    log.info({ loop, deep }, 'shapes');
    expect(text()).not.toContain(TOKEN);
    expect(JSON.parse(text()).loop.self).toBe('[circular]');
  });
});

describe('redact (config dumps)', () => {
  it('leaves ordinary values alone and short secrets unapplied', () => {
    expect(redact({ schedule: '*/30 * * * *', n: 3, ok: true, none: null }, ['abc'])).toEqual({
      schedule: '*/30 * * * *',
      n: 3,
      ok: true,
      none: null,
    });
  });
});
