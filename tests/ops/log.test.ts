/** Secrets never reach a log line, whatever shape they are logged in. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, loadConfig } from '../../src/config.js';
import { createLogger, redact } from '../../src/log.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxYzAb.secret-bot-token-value-0123456789';
const HOOK_TOKEN = 'hK9-webhook-token_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ01';
const WEBHOOK_URL = `https://discord.com/api/webhooks/1100000000000000009/${HOOK_TOKEN}`;

function capture(secrets: Parameters<typeof createLogger>[0]['secrets'] = [TOKEN, WEBHOOK_URL]) {
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

  it('carry no control characters from logged text, which a terminal reading the log would obey', () => {
    const { log, text } = capture();
    log.warn({ title: 'record\u001b]0;owned\u0007 \u009b2J', err: new Error('bad\u001b[31m page') }, 'title\u001b[2J');
    const line = JSON.parse(text());
    expect(line).toMatchObject({ msg: 'title[2J', title: 'record]0;owned 2J', err: { message: 'bad[31m page' } });
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

describe('database passwords', () => {
  const logWith = (url: string) => capture(loadConfig({ DATABASE_URL: url }).secrets);

  it.each([
    ['in the user part', 'postgres://exportwatch:pw-user-part-0123456789@db:5432/ew', ['pw-user-part-0123456789']],
    ['as ?password=', 'postgres://exportwatch@db:5432/ew?password=pw-query-0123456789', ['pw-query-0123456789']],
    [
      'as sslpassword=',
      'postgres://exportwatch@db:5432/ew?sslmode=verify-full&sslpassword=pw-ssl-0123456789',
      ['pw-ssl-0123456789'],
    ],
    [
      'percent-encoded',
      'postgres://exportwatch:pw%40encoded%2Fsecret-0123@db:5432/ew',
      ['pw%40encoded%2Fsecret-0123', 'pw@encoded/secret-0123'],
    ],
  ])('never reach a line when given %s, in the URL or alone', (_how, url, forms) => {
    const { log, text } = logWith(url);
    log.error({ err: new Error(`cannot reach ${url}`) }, `cannot reach ${url}`);
    // A driver message may quote the password decoded, without the URL around it.
    log.error(`authentication with "${forms.at(-1)}" failed`);
    for (const form of forms) expect(text()).not.toContain(form);
  });

  it('hide a short password where URLs and password= settings show it, and leave the same letters elsewhere alone', () => {
    const { log, text } = logWith('postgres://ew:abc@db:5432/ew?sslpassword=xyz');
    log.info('abc def xyz: cannot reach postgres://ew:abc@db:5432/ew?sslpassword=xyz');
    expect(JSON.parse(text()).msg).toBe(
      'abc def xyz: cannot reach postgres://ew:[redacted]@db:5432/ew?sslpassword=[redacted]',
    );
  });

  it("leave words that merely occur inside a secret alone: the docs' example DATABASE_URL", () => {
    const { log, text } = logWith('postgres://exportwatch:exportwatch@db.internal:5432/exportwatch');
    log.info(
      { lease: 'exportwatch-tick:2025-03-01T00:30', databasePath: './data/exportwatch.db', ua: DEFAULTS.userAgent },
      'leased',
    );
    expect(JSON.parse(text())).toMatchObject({
      lease: 'exportwatch-tick:2025-03-01T00:30',
      databasePath: './data/exportwatch.db',
      ua: DEFAULTS.userAgent,
    });
  });
});
